// The citizen's own applications: listMyApplications, createApplicationDraft, getMyApplication,
// updateApplicationDraft, submitApplication, withdrawApplication, and checkMyApplicationDuplicates (the warning
// before sending). Handlers stay thin: validate (schemas) → authorize (config.access, and the commands find only
// the person's own rows) → command → present.
import { helsinkiDate } from '@tuki/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { afterCreated, nextCreatedCursor, pageQuery } from '../http/cursor.ts';
import { applicationChange, ifMatchHeader, ifMatchHeaders, staleApplication } from '../http/etag.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { userLanguage } from '../http/language.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { entityTag } from '../shared/versions.ts';
import {
  applicationContentApiSchema,
  applicationSummaryPageSchema,
  formKindSchema,
  myApplicationSchema,
  presentApplicationSummary,
  presentMyApplication,
} from './application.presenter.ts';
import type { ApplicationCase } from './application-case.ts';
import { createApplicationDraft, updateApplicationDraft } from './draft-commands.ts';
import { duplicateWarningSchema } from './duplicates.presenter.ts';
import { checkMyDuplicates } from './duplicates.ts';
import { getMyApplication, listMyApplications, recordApplicationRead } from './read-applications.ts';
import { submitApplication } from './submit-application.ts';
import { withdrawApplication } from './withdraw-application.ts';

const BASE = '/api/v1/my/applications';
const tags = ['applications'];

const params = z.object({ applicationId: z.uuid() });
const submitHeaders = z
  .object({
    'if-match': ifMatchHeader,
    'idempotency-key': idempotencyKeyHeader,
    'accept-language': z
      .string()
      .max(500)
      .optional()
      .describe('fi, sv or en for the messages of a refusal; else the person’s preferred language'),
  })
  .loose();

const notFoundResponse = { 404: problemSchema.describe('No such application of yours') };
const changeErrorResponses = {
  ...commonErrorResponses,
  ...notFoundResponse,
  409: problemSchema.describe('Not allowed in the application’s current status'),
  ...staleApplication,
};

const ETAG_NOTE = 'The response carries the application’s ETag; send it back in If-Match with a change.';

function present(reply: FastifyReply, found: ApplicationCase, now: Date) {
  reply.etag(found.row);
  return presentMyApplication(found, helsinkiDate(now));
}

export async function myApplicationsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'listMyApplications',
        summary: 'The signed-in person’s applications, newest first',
        tags,
        querystring: z.object(pageQuery),
        response: { 200: applicationSummaryPageSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { rows, hasMore } = await listMyApplications(
        db,
        request.citizen(),
        { limit: request.query.limit, ...afterCreated(request.query.cursor) },
        clock.now(),
      );
      return {
        items: rows.map(presentApplicationSummary),
        nextCursor: nextCreatedCursor(hasMore, rows, (row) => row.created_at),
      };
    },
  );

  api.post(
    BASE,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'createApplicationDraft',
        summary: 'Start an application: a draft prefilled from the person record',
        description: ETAG_NOTE,
        tags,
        headers: z.object({ 'idempotency-key': idempotencyKeyHeader }).loose(),
        body: z
          .object({ kind: formKindSchema.default('basic') })
          .meta({ id: 'CreateApplicationDraftRequest', description: 'Send {} for a basic application' }),
        response: {
          201: myApplicationSchema,
          ...commonErrorResponses,
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      // With a key, a repeated request (a double click, a retry after a lost answer) gets the same draft back.
      return replyIdempotent(request, reply, context, request.body, async (trx, now) => {
        const created = await createApplicationDraft(trx, request.citizen(), request.body, now);
        const { row } = created;
        return {
          statusCode: 201,
          body: presentMyApplication(created, helsinkiDate(now)),
          headers: { etag: entityTag(row.id, row.version), location: `${BASE}/${row.id}` },
        };
      });
    },
  );

  api.get(
    `${BASE}/:applicationId`,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'getMyApplication',
        summary: 'One of the person’s applications: content, status history, due date, attachments and more',
        description: ETAG_NOTE,
        tags,
        params,
        response: { 200: myApplicationSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await getMyApplication(db, request.citizen(), request.params.applicationId, clock.now()),
        clock.now(),
      ),
  );

  api.put(
    `${BASE}/:applicationId`,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'updateApplicationDraft',
        summary: 'Save the content of a draft (replaces it; partial content is fine)',
        description:
          'The applicant’s name and personal identity code always come from the person record. ' +
          `Only while the application is a draft (else 409). ${ETAG_NOTE}`,
        tags,
        params,
        headers: ifMatchHeaders,
        body: z
          .object({ content: applicationContentApiSchema })
          .meta({ id: 'UpdateApplicationDraftRequest' }),
        response: { 200: myApplicationSchema, ...changeErrorResponses },
      },
    },
    async (request, reply) => {
      const updated = await updateApplicationDraft(
        db,
        request.citizen(),
        {
          ...applicationChange(request),
          content: request.body.content,
        },
        clock.now(),
      );
      return present(reply, updated, clock.now());
    },
  );

  api.post(
    `${BASE}/:applicationId/submit`,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'submitApplication',
        summary:
          'Send the application: checked for completeness, then given a reference number and a due date',
        description:
          '400 lists every missing or invalid field (`errors[].path` under `content.`, a message in the user’s ' +
          'language and a `code`). With an Idempotency-Key, a retry returns the first answer and sends nothing ' +
          `again; the same key for another request is 422. ${ETAG_NOTE}`,
        tags,
        params,
        headers: submitHeaders,
        response: {
          200: myApplicationSchema,
          ...changeErrorResponses,
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      const actor = request.citizen();
      const { applicationId } = request.params;
      const language = userLanguage(request.headers['accept-language'], actor.person.preferred_language);
      return replyIdempotent(
        request,
        reply,
        context,
        { applicationId },
        async (trx, now) => {
          const submitted = await submitApplication(
            trx,
            actor,
            { applicationId, ifMatch: request.headers['if-match'], language },
            now,
          );
          const { row } = submitted;
          return {
            statusCode: 200,
            body: presentMyApplication(submitted, helsinkiDate(now)),
            headers: { etag: entityTag(row.id, row.version) },
          };
        },
        (trx, now) =>
          recordApplicationRead(trx, actor, applicationId, now, { replayOf: 'submitApplication' }),
      );
    },
  );

  api.post(
    `${BASE}/:applicationId/withdraw`,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'withdrawApplication',
        summary: 'Withdraw the application (before a decision)',
        description: ETAG_NOTE,
        tags,
        params,
        headers: ifMatchHeaders,
        response: { 200: myApplicationSchema, ...changeErrorResponses },
      },
    },
    async (request, reply) => {
      const withdrawn = await withdrawApplication(
        db,
        request.citizen(),
        applicationChange(request),
        clock.now(),
      );
      return present(reply, withdrawn, clock.now());
    },
  );

  api.get(
    `${BASE}/:applicationId/possible-duplicates`,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'checkMyApplicationDuplicates',
        summary: 'Before sending: whether you or your spouse already have an application for the same month',
        description:
          'Only a warning: sending still goes through. Your own open or decided applications for the month are ' +
          'listed; of another person’s application you learn only that one exists for the month, and only when it ' +
          'names you as the spouse. The check is audited.',
        tags,
        params,
        response: { 200: duplicateWarningSchema, ...commonErrorResponses, 404: problemSchema },
      },
    },
    async (request) => checkMyDuplicates(db, request.citizen(), request.params.applicationId, clock.now()),
  );
}
