// Duplicates and the client's history: checkMyApplicationDuplicates (the citizen's warning before sending),
// getRelatedCases (the case view's possible duplicates and history) and closeApplicationAsDuplicate.
import { applicationStatuses, helsinkiDate } from '@tuki/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requireCitizen, requireStaff } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { entityTag, ifMatchHeader } from '../http/etag.ts';
import { auditContext } from '../http/plugins/session.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { applicationKindSchema } from './application.presenter.ts';
import type { HistoryRow, PossibleDuplicateRow } from './duplicates.repository.ts';
import { checkMyDuplicates, closeAsDuplicate, getRelatedCases } from './duplicates.ts';
import type { CaseReader } from './queue.ts';
import { handlingRoles, type StaffActor } from './staff-actor.ts';
import { presentStaffApplication, staffApplicationSchema } from './staff-application.presenter.ts';

const params = z.object({ applicationId: z.uuid() });
const statusSchema = z.enum(applicationStatuses);
const notFoundResponse = {
  404: problemSchema.describe('No such application (drafts are not shown to staff)'),
};

const relatedCaseFields = {
  id: z.uuid(),
  referenceNumber: z.string().nullable(),
  kind: applicationKindSchema,
  status: statusSchema,
  month: z.string().nullable().describe('The month applied for (YYYY-MM)'),
  submittedAt: z.iso.datetime().nullable(),
  person: z
    .object({ personId: z.uuid(), firstName: z.string(), lastName: z.string() })
    .describe('Whose application it is'),
  whose: z
    .enum(['applicant', 'spouse'])
    .describe('applicant: the client of the case viewed; spouse: the spouse (either one naming the other)'),
};

const possibleDuplicateSchema = z
  .object({
    ...relatedCaseFields,
    reasons: z
      .object({
        samePerson: z.boolean(),
        bySpouse: z.boolean().describe('Its applicant is the spouse named in the case viewed'),
        namesApplicantAsSpouse: z.boolean().describe('It names the client of the case viewed as the spouse'),
        sameSpouse: z.boolean().describe('Both name the same spouse'),
      })
      .describe('Why it is a possible duplicate'),
  })
  .meta({ id: 'PossibleDuplicate' });

const historyCaseSchema = z
  .object({
    ...relatedCaseFields,
    decision: z
      .object({
        outcome: z.enum(['approved', 'partially_approved', 'rejected']),
        amountCents: z.number().int(),
        decidedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('The latest decision on it'),
  })
  .meta({ id: 'HistoryCase' });

const relatedCasesSchema = z
  .object({
    possibleDuplicates: z
      .array(possibleDuplicateSchema)
      .describe('Open or decided applications of the same person or family for the same month, oldest first'),
    history: z
      .array(historyCaseSchema)
      .describe('The client’s and the spouse’s other sent cases, newest first (at most 100)'),
  })
  .meta({ id: 'RelatedCases' });

const duplicateWarningSchema = z
  .object({
    month: z.string().nullable().describe('The month of the application (YYYY-MM), null when not yet chosen'),
    ownApplications: z
      .array(z.object({ id: z.uuid(), referenceNumber: z.string().nullable(), status: statusSchema }))
      .describe('Your other open or decided applications for the month'),
    spouseApplication: z
      .boolean()
      .describe(
        'Whether another person has sent an application for the month that names you as the spouse (nothing else ' +
          'of it is shown)',
      ),
  })
  .meta({ id: 'DuplicateWarning' });

function whoseOf(row: { personId: string }, clientId: string): 'applicant' | 'spouse' {
  return row.personId === clientId ? 'applicant' : 'spouse';
}

function presentRelated(row: PossibleDuplicateRow | HistoryRow, clientId: string) {
  return {
    id: row.id,
    referenceNumber: row.referenceNumber,
    kind: row.kind,
    status: row.status,
    month: row.month,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    person: { personId: row.personId, firstName: row.firstName, lastName: row.lastName },
    whose: whoseOf(row, clientId),
  };
}

function readerOf(request: FastifyRequest): CaseReader {
  const principal = request.principal;
  if (principal?.kind === 'client') return { client: principal.client, audit: auditContext(request) };
  return { staffUser: requireStaff(request).staffUser, audit: auditContext(request) };
}

export async function duplicatesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/my/applications/:applicationId/possible-duplicates',
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'checkMyApplicationDuplicates',
        summary: 'Before sending: whether you or your spouse already have an application for the same month',
        description:
          'Only a warning: sending still goes through. Your own open or decided applications for the month are ' +
          'listed; of another person’s application you learn only that one exists for the month, and only when it ' +
          'names you as the spouse. The check is audited.',
        tags: ['applications'],
        params,
        response: { 200: duplicateWarningSchema, ...commonErrorResponses, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = { person: requireCitizen(request).person, audit: auditContext(request) };
      reply.header('cache-control', 'no-store');
      return checkMyDuplicates(db, actor, request.params.applicationId, clock.now());
    },
  );

  api.get(
    '/api/v1/applications/:applicationId/related-cases',
    {
      config: { access: access.staff(handlingRoles, { scopes: ['applications:read'] }) },
      schema: {
        operationId: 'getRelatedCases',
        summary: 'The case’s possible duplicates and the client’s and spouse’s earlier cases and decisions',
        description:
          'Every application shown is audited as a read of its person’s data (`application.related_read`). API ' +
          'clients with the scope applications:read may call it.',
        tags: ['case handling'],
        params,
        response: { 200: relatedCasesSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request, reply) => {
      const related = await getRelatedCases(db, readerOf(request), request.params.applicationId, clock.now());
      const client = { person_id: related.clientPersonId };
      reply.header('cache-control', 'no-store');
      return {
        possibleDuplicates: related.possibleDuplicates.map((row) => ({
          ...presentRelated(row, client.person_id),
          reasons: row.reasons,
        })),
        history: related.history.map((row) => ({
          ...presentRelated(row, client.person_id),
          decision: row.decision
            ? {
                outcome: row.decision.outcome,
                amountCents: row.decision.amountCents,
                decidedAt: row.decision.decidedAt.toISOString(),
              }
            : null,
        })),
      };
    },
  );

  api.post(
    '/api/v1/applications/:applicationId/close-as-duplicate',
    {
      config: { access: access.staff(handlingRoles) },
      schema: {
        operationId: 'closeApplicationAsDuplicate',
        summary: 'Close the application as a duplicate: merged into another application of the same family',
        description:
          'duplicateOf: the id or reference number of one of the application’s possible duplicates (else 400 at ' +
          'duplicateOf). The status becomes closed_as_duplicate (final; from submitted, in_processing or ' +
          'waiting_for_information, else 409); no decision and no letter; the client is sent a short notice. Only ' +
          'the assigned caseworker or a supervisor (403). Refusals in order: 404, 409, 412, 403, 400. The response ' +
          'carries the new ETag.',
        tags: ['case handling'],
        params,
        headers: z.object({ 'if-match': ifMatchHeader }).loose(),
        body: z
          .object({
            duplicateOf: z
              .string()
              .trim()
              .min(1)
              .max(100)
              .describe('The application it is merged into: its id or reference number'),
          })
          .meta({ id: 'CloseAsDuplicateRequest' }),
        response: {
          200: staffApplicationSchema,
          ...commonErrorResponses,
          ...notFoundResponse,
          409: problemSchema.describe('The application is no longer open'),
          412: problemSchema.describe('If-Match names an older version of the application'),
        },
      },
    },
    async (request, reply) => {
      const actor: StaffActor = { staffUser: requireStaff(request).staffUser, audit: auditContext(request) };
      const closed = await closeAsDuplicate(
        db,
        actor,
        {
          applicationId: request.params.applicationId,
          duplicateOf: request.body.duplicateOf,
          ifMatch: request.headers['if-match'],
        },
        clock.now(),
      );
      reply.header('cache-control', 'no-store').header('etag', entityTag(closed.row.id, closed.row.version));
      return presentStaffApplication(closed, helsinkiDate(clock.now()), actor);
    },
  );
}
