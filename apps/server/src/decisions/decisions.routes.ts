// Decisions: decideApplication (staff, If-Match), downloadDecisionDocument (the client their own; staff with a
// handling role), listDecisionReasons (the reusable reasons in fi/sv/en for the decision form), and
// requestRectification (the client, against their own decision).

import { helsinkiDate, isLanguage, languages } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { calculationInputSchema } from '@tuki/rules';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles, myApplicationSchema, presentMyApplication } from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import { paymentCommitmentKinds } from '../db/column-types.ts';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import { type AppContext, letterRenderingOf } from '../http/context.ts';
import { dispositionQuery, pdfResponse, sendPdf } from '../http/downloads.ts';
import { ifMatchHeaders, staleApplication } from '../http/etag.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { userLanguage } from '../http/language.ts';
import { auditContext } from '../http/plugins/session.ts';
import {
  commonErrorResponses,
  forbidden,
  HttpProblem,
  notFound,
  problemSchema,
  unauthorized,
} from '../http/problem.ts';
import { planLetterDelivery } from '../letter-delivery/index.ts';
import { entityTag } from '../shared/versions.ts';
import { downloadPaymentCommitment } from './commitments.ts';
import { decideApplication } from './decide.ts';
import { decisionOutcomeSchema, decisionSchema, presentDecision } from './decision.presenter.ts';
import {
  findDecisionDocument,
  findDecisionSubject,
  listDecisionsOfApplication,
} from './decisions.repository.ts';
import { renderLetterNow, renderLetterOf } from './pending-letters.ts';
import { reasonTemplateIds } from './reasons.ts';
import { requestRectification } from './rectification.ts';

const staffRule = access.staff(handlingRoles);

/** When to ask again for a letter that could not be rendered on demand (the job tries again meanwhile). */
const LETTER_RETRY_AFTER_SECONDS = 30;

const decideBody = z
  .object({
    outcome: decisionOutcomeSchema,
    calculation: calculationInputSchema
      .nullable()
      .describe('The calculation input; the server calculates with the parameters in force for its month'),
    reasoning: z
      .string()
      .max(10_000)
      .describe('The decision-maker’s own words; paragraphs separated by a blank line'),
    reasonTemplates: z
      .array(z.enum(reasonTemplateIds))
      .max(reasonTemplateIds.length)
      .default([])
      .describe(
        'Reusable reasons (listDecisionReasons), printed in the client’s language before the own words',
      ),
    legalProvisions: z
      .array(z.string().min(1).max(200))
      .max(20)
      .default([])
      .describe('Provisions to add to those of the calculation'),
    paymentDate: z.iso.date().optional().describe('When the amount is paid; default the next working day'),
    rentToLandlord: z
      .object({
        name: z.string().trim().min(1).max(140).describe('The landlord, as the payee of the rent'),
        iban: z
          .string()
          .max(50)
          .describe('The landlord’s account (IBAN); normalised, 422 `invalid-iban` if not valid'),
        bic: z.string().max(20).optional().describe('The landlord’s bank (BIC), optional'),
      })
      .optional()
      .describe(
        'Pay the rent part straight to the landlord: the housing lines of the calculation (at most the amount ' +
          'granted) go to the landlord’s account, the rest to the client’s. Not on a rejection',
      ),
    commitments: z
      .array(
        z
          .object({
            kind: z
              .enum(paymentCommitmentKinds)
              .describe('What it is for: rent deposit, rent, medicines, other'),
            payeeName: z.string().trim().min(1).max(140).describe('The payee, e.g. a landlord or a pharmacy'),
            payeeLanguage: z.enum(languages).describe('The language of the payee’s document'),
            covers: z.string().trim().max(500).default('').describe('What it covers, in more detail'),
            maxAmountCents: z.number().int().min(1).max(100_000_000).describe('The most the city pays'),
            validFrom: z.iso.date(),
            validTo: z.iso.date().describe('On or after validFrom'),
          })
          .meta({ id: 'PaymentCommitmentRequest' }),
      )
      .max(20)
      .optional()
      .describe(
        'Payment commitments (maksusitoumus) the decision gives: each gets a number and a document for the payee; ' +
          'no bank payment follows. Not on a rejection',
      ),
  })
  .meta({ id: 'DecideApplicationRequest' });

export async function decisionsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rendering = letterRenderingOf(context);

  api.post(
    '/api/v1/applications/:applicationId/decision',
    {
      config: { access: staffRule },
      schema: {
        operationId: 'decideApplication',
        summary: 'Decide the application: outcome, calculation, reasons; the letter is produced',
        description:
          'The server calculates with the rules engine and the parameter set in force for the calculation’s month ' +
          'and keeps both with the decision. An approving decision needs a calculation that gives an amount; a ' +
          'rejection may have one. The application becomes `decided`; the letter (PDF/A-2a and PDF/UA-1, the client’s ' +
          'language) is stored and the client is notified. Only the assigned caseworker or a supervisor may ' +
          'decide. Send If-Match with the application’s ETag.',
        tags: ['case handling'],
        params: z.object({ applicationId: z.uuid() }),
        headers: ifMatchHeaders,
        body: decideBody,
        response: {
          201: decisionSchema,
          ...commonErrorResponses,
          403: problemSchema.describe('Not allowed, or the application is assigned to someone else'),
          404: problemSchema.describe('No such sent application'),
          409: problemSchema.describe(
            'Not in processing: not yet taken, already decided or withdrawn; or `recipient-incomplete`: the ' +
              'recipient’s name or postal address (street, postal code, post office) is missing',
          ),
          ...staleApplication,
          422: problemSchema.describe(
            'The rules cannot calculate this month or household (e.g. no parameters); or `invalid-iban`: the ' +
              'landlord’s IBAN is not valid; or `invalid-payee`: the rent to the landlord or a commitment cannot be ' +
              'given (a rejection, no housing costs in the calculation, a bad BIC, a validity ending before it ' +
              'begins). The fields in `errors`, the texts in the user’s language',
          ),
        },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const { applicationId } = request.params;
      const landlord = request.body.rentToLandlord;
      const made = await inTransaction(db, async (trx) => {
        const result = await decideApplication(
          trx,
          request.staff(),
          {
            applicationId,
            outcome: request.body.outcome,
            calculation: request.body.calculation,
            reasoning: request.body.reasoning,
            reasonTemplates: request.body.reasonTemplates,
            legalProvisions: request.body.legalProvisions,
            paymentDate: request.body.paymentDate,
            ifMatch: request.headers['if-match'],
            language: userLanguage(request.headers['accept-language'], 'fi'),
            rentToLandlord: landlord
              ? { name: landlord.name, iban: landlord.iban, ...(landlord.bic ? { bic: landlord.bic } : {}) }
              : undefined,
            commitments: request.body.commitments ?? [],
          },
          now,
        );
        // With Suomi.fi Messages in use, the letter goes through it once rendered (the outbox job).
        if (context.config.suomifiMessages) await planLetterDelivery(trx, result.decisionId, now);
        return result;
      });
      // The letter, after the commit: the application's row lock is released before rendering. A failure is
      // left to the pending-letter job; until then a download renders the letter on demand.
      try {
        await renderLetterOf(db, made.decisionId, rendering, now);
      } catch (error) {
        request.log.error(
          { err: error, decisionId: made.decisionId },
          'the decision letter could not be rendered: the pending-letter job tries again',
        );
      }
      const decision = (await listDecisionsOfApplication(db, applicationId)).find(
        (record) => record.id === made.decisionId,
      );
      if (!decision) throw new Error('the decision just made was not found');
      reply.code(201).header('location', `/api/v1/decisions/${decision.id}/document`).etag(made.application);
      return presentDecision(decision);
    },
  );

  api.get(
    '/api/v1/decisions/:decisionId/document',
    {
      // Checked first thing in the handler: a signed-in citizen or staff user, or an API client with decisions:read
      // (the declarative rules have no "signed in or client" rule).
      config: { access: access.signedInOrClient(['decisions:read']) },
      schema: {
        operationId: 'downloadDecisionDocument',
        summary: 'The decision letter (PDF)',
        description:
          'The client gets the letters of their own decisions; staff with a handling role any, and API clients ' +
          'with the scope decisions:read. Every download is audited. `disposition=inline` shows it in the browser.',
        tags: ['applications'],
        params: z.object({ decisionId: z.uuid() }),
        querystring: dispositionQuery,
        response: {
          200: pdfResponse('The letter'),
          ...commonErrorResponses,
          404: problemSchema.describe('No such decision (or not yours)'),
          503: problemSchema.describe(
            '`letter-not-ready`: the letter of a decision just made is not ready yet; try again after Retry-After',
          ),
        },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw unauthorized();
      if (principal.kind === 'staff') {
        const roles: readonly string[] = handlingRoles;
        if (!principal.staffUser.roles.some((role) => roles.includes(role))) {
          throw forbidden(`This needs one of the roles: ${handlingRoles.join(', ')}.`);
        }
      }
      const { decisionId } = request.params;
      const subject = await findDecisionSubject(db, decisionId);
      if (!subject || (principal.kind === 'citizen' && subject.personId !== principal.person.id)) {
        throw notFound('There is no such decision.');
      }
      let found = await findDecisionDocument(db, decisionId);
      if (!found) {
        // A decision just made whose letter is not stored yet: rendered now (the job would do it shortly).
        try {
          await renderLetterNow(db, decisionId, rendering, clock.now());
        } catch (error) {
          request.log.error(
            { err: error, decisionId },
            'the decision letter could not be rendered on demand',
          );
        }
        found = await findDecisionDocument(db, decisionId);
        if (!found) {
          reply.header('retry-after', String(LETTER_RETRY_AFTER_SECONDS));
          throw new HttpProblem(503, 'The letter is not ready yet. Try again in a moment.', {
            type: 'letter-not-ready',
          });
        }
      }
      await recordAudit(
        db,
        auditContext(request),
        {
          action: 'decision.document_download',
          subjectPersonId: found.personId,
          objectType: 'decision',
          objectId: request.params.decisionId,
          details: { applicationId: found.applicationId, sha256: found.sha256 },
        },
        clock.now(),
      );
      const name = `decision-${request.params.decisionId.slice(0, 8)}.pdf`;
      return sendPdf(reply as FastifyReply, found.pdf, {
        disposition: request.query.disposition,
        fileName: name,
      });
    },
  );

  api.post(
    '/api/v1/my/decisions/:decisionId/rectification',
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'requestRectification',
        summary: 'Ask for a decision to be rectified (oikaisuvaatimus), with reasons and files',
        description:
          'Within 30 days of being notified of the decision (by mail: from the 7th day after mailing). Upload ' +
          'the files first to the decided application (uploadApplicationAttachment) and send their ids. The ' +
          'request becomes a case of its own (kind `rectification`) in the work queue and is decided like an ' +
          'application. With an Idempotency-Key a retry returns the first answer. Answers with the new case.',
        tags: ['applications'],
        params: z.object({ decisionId: z.uuid() }),
        headers: z
          .object({
            'idempotency-key': idempotencyKeyHeader,
            'accept-language': z.string().max(500).optional(),
          })
          .loose(),
        body: z
          .object({
            reasons: z.string().max(10_000).describe('Why the decision should be changed, and how'),
            attachmentIds: z.array(z.uuid()).max(20).default([]),
          })
          .meta({ id: 'RequestRectificationRequest' }),
        response: {
          201: myApplicationSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such decision of yours'),
          409: problemSchema.describe('Past the deadline, or rectification already requested'),
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      const actor = request.citizen();
      const preferred = isLanguage(actor.person.preferred_language) ? actor.person.preferred_language : 'fi';
      const header = request.headers['accept-language'];
      const language = userLanguage(typeof header === 'string' ? header : undefined, preferred);
      return replyIdempotent(
        request,
        reply,
        context,
        { decisionId: request.params.decisionId, ...request.body },
        async (trx, now) => {
          const found = await requestRectification(
            trx,
            actor,
            {
              decisionId: request.params.decisionId,
              reasons: request.body.reasons,
              attachmentIds: request.body.attachmentIds,
              language,
            },
            now,
          );
          return {
            statusCode: 201,
            body: presentMyApplication(found, helsinkiDate(now)),
            headers: { etag: entityTag(found.row.id, found.row.version) },
          };
        },
      );
    },
  );

  api.get(
    '/api/v1/payment-commitments/:commitmentId/document',
    {
      config: { access: staffRule },
      schema: {
        operationId: 'downloadPaymentCommitment',
        summary: 'A payment commitment’s document for its payee (PDF)',
        description:
          'The payment commitment (maksusitoumus) as a PDF/UA-1 document in the payee’s language: the number, the ' +
          'client, what it covers, the maximum amount, the validity and the invoicing instructions. Staff with a ' +
          'handling role; every download is audited (`payment_commitment.download`). `disposition=inline` shows ' +
          'it in the browser.',
        tags: ['case handling'],
        params: z.object({ commitmentId: z.uuid() }),
        querystring: dispositionQuery,
        response: {
          200: pdfResponse('The payment commitment'),
          ...commonErrorResponses,
          404: problemSchema.describe('No such payment commitment'),
        },
      },
    },
    async (request, reply) => {
      const { pdf, number } = await downloadPaymentCommitment(
        db,
        request.staff(),
        request.params.commitmentId,
        clock.now(),
      );
      return sendPdf(reply as FastifyReply, pdf, {
        disposition: request.query.disposition,
        fileName: `${number}.pdf`,
      });
    },
  );

  api.get(
    '/api/v1/decision-reasons',
    {
      config: { access: staffRule },
      schema: {
        operationId: 'listDecisionReasons',
        summary: 'The reusable reasons of decisions, in every language',
        tags: ['case handling'],
        response: {
          200: z
            .object({
              items: z.array(
                z.object({
                  id: z.enum(reasonTemplateIds),
                  texts: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
                }),
              ),
            })
            .meta({ id: 'DecisionReasons' }),
          ...commonErrorResponses,
        },
      },
    },
    async () => ({
      items: reasonTemplateIds.map((id) => ({
        id,
        texts: Object.fromEntries(
          languages.map((language) => [language, translate(language, `decisions.reasonTemplates.${id}`)]),
        ) as { fi: string; sv: string; en: string },
      })),
    }),
  );
}
