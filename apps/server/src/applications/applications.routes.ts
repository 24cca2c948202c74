// Applications over HTTP, both halves of a case in one file.
// The citizen's own applications (myApplicationsRoutes): listMyApplications, createApplicationDraft,
// getMyApplication, updateApplicationDraft, submitApplication, withdrawApplication, and checkMyApplicationDuplicates
// (the warning before sending). The commands find only the person's own rows.
// The staff side (staffApplicationsRoutes): listApplications (the work queue), getApplication (the whole case),
// assignApplication, setApplicationUrgency, the case's internal notes (listApplicationNotes, addApplicationNote:
// never shown to the applicant), getRelatedCases (possible duplicates and the client's history) and
// closeApplicationAsDuplicate. Only the handling roles (handler, social worker, supervisor) may call them; some reads
// API clients too.
// Handlers stay thin: validate (schemas) → authorize (config.access, and the case action table) → command → present.
import { applicationStatuses, attentionReasons, attentionResolutions, helsinkiDate } from '@tuki/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApplicationStatusValue } from '../db/schema.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { afterCreated, decodeCursor, nextCreatedCursor, nextCursor, pageQuery } from '../http/cursor.ts';
import { applicationChange, ifMatchHeader, ifMatchHeaders, staleApplication } from '../http/etag.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { userLanguage } from '../http/language.ts';
import { badRequest, commonErrorResponses, problemSchema } from '../http/problem.ts';
import { readRetentionRules } from '../retention/index.ts';
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
import { MAX_ATTENTION_NOTE, resolveAttention } from './attention.ts';
import { createApplicationDraft, updateApplicationDraft } from './draft-commands.ts';
import { duplicateWarningSchema, presentRelatedCases, relatedCasesSchema } from './duplicates.presenter.ts';
import { checkMyDuplicates, closeAsDuplicate, getRelatedCases } from './duplicates.ts';
import { newNoteSchema, noteListSchema, noteSchema, presentNote } from './note.presenter.ts';
import { addApplicationNote, listApplicationNotes } from './notes.ts';
import { type AssigneeFilter, type CaseReader, listQueue, positionAfter } from './queue.ts';
import { getMyApplication, listMyApplications, recordApplicationRead } from './read-applications.ts';
import { handlingRoles } from './staff-actor.ts';
import {
  presentQueueItem,
  presentStaffApplication,
  queuePageSchema,
  staffApplicationSchema,
  withDocumentRetention,
} from './staff-application.presenter.ts';
import { assignApplication, getStaffCase, type StaffCase } from './staff-case.ts';
import { submitApplication } from './submit-application.ts';
import { MAX_URGENCY_REASON, setUrgency } from './urgency.ts';
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

const CASES = '/api/v1/applications';
const caseTags = ['case handling'];
const rule = access.staff(handlingRoles);
/** The reads are open to API clients with applications:read as well. */
const readRule = access.staff(handlingRoles, { scopes: ['applications:read'] });

const cursorSchema = z.object({ dueDate: z.iso.date(), submittedAt: z.iso.datetime(), id: z.uuid() });
const booleanQuery = z.enum(['true', 'false']).optional();

const queueQuery = z.object({
  status: z
    .union([z.string().max(200), z.array(z.string().max(200)).max(10)])
    .optional()
    .describe(
      'Only these statuses: repeat the parameter or give a comma-separated list. Absent: the open ones ' +
        '(submitted, in_processing, waiting_for_information), the work queue — or, with `q`, every status',
    ),
  assignee: z.string().max(100).optional().describe('`me`, `unassigned`, or a staff user id; absent: anyone'),
  overdue: booleanQuery.describe('true: only those past their due date without a decision'),
  urgent: booleanQuery.describe('true: only urgent applications'),
  needsAttention: booleanQuery.describe(
    'true: only those needing attention after their decision (a letter returned to the sender, a payment the bank ' +
      'rejected); without `status` every status',
  ),
  possibleDuplicate: booleanQuery.describe(
    'true: only possible duplicates (another open or decided application of the same person or family, by the ' +
      'spouse’s identity code, for the same month)',
  ),
  q: z
    .string()
    .max(100)
    .optional()
    .describe(
      'A reference number (exact or its beginning), a name, or a personal identity code: the person’s applications ' +
        'and those that name the code as the spouse’s (a search by code is audited)',
    ),
  ...pageQuery,
});

const caseNotFound = {
  404: problemSchema.describe('No such application (drafts are not shown to staff)'),
};
/** The answers of a change of the case: the case with its new ETag, or why not. */
const changeResponses = (conflict: string) => ({
  200: staffApplicationSchema,
  ...commonErrorResponses,
  ...caseNotFound,
  409: problemSchema.describe(conflict),
  ...staleApplication,
});

function parseStatuses(value: string | string[] | undefined): ApplicationStatusValue[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const known: readonly string[] = applicationStatuses;
  const unknown = parts.filter((part) => !known.includes(part));
  if (unknown.length > 0) {
    throw badRequest('Unknown status.', [
      { path: 'query.status', message: `must be one of: ${applicationStatuses.join(', ')}` },
    ]);
  }
  return parts as ApplicationStatusValue[];
}

function parseAssignee(value: string | undefined): AssigneeFilter | undefined {
  if (value === undefined || value === '' || value === 'anyone') return undefined;
  if (value === 'me') return { kind: 'me' };
  if (value === 'unassigned') return { kind: 'unassigned' };
  if (z.uuid().safeParse(value).success) return { kind: 'staff', id: value };
  throw badRequest('Unknown assignee.', [
    { path: 'query.assignee', message: 'must be me, unassigned or a staff user id' },
  ]);
}

const booleanOf = (value: 'true' | 'false' | undefined) =>
  value === undefined ? undefined : value === 'true';

export async function staffApplicationsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  function present(reply: FastifyReply, found: StaffCase, reader: CaseReader) {
    reply.etag(found.row);
    return presentStaffApplication(found, helsinkiDate(clock.now()), reader);
  }

  api.get(
    CASES,
    {
      config: { access: readRule },
      schema: {
        operationId: 'listApplications',
        summary: 'The work queue: sent applications by due date, with filters, search and counts per filter',
        description:
          'Drafts are never shown. Without a status filter the open applications are listed (the work to do); a ' +
          'search (`q`) without one looks through every status. ' +
          'Sorted by due date, then arrival; the counts are over the same status filter and search. ' +
          'API clients with the scope applications:read may call it (`assignee=me`: 400; a search by personal ' +
          'identity code is audited with the client as the actor).',
        tags: caseTags,
        querystring: queueQuery,
        response: { 200: queuePageSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const query = request.query;
      const after = decodeCursor(query.cursor, cursorSchema);
      const statuses = parseStatuses(query.status);
      const assignee = parseAssignee(query.assignee);
      if (assignee?.kind === 'me' && request.principal?.kind === 'client') {
        throw badRequest('An API client has no applications of its own.', [
          { path: 'query.assignee', message: 'me is for staff users' },
        ]);
      }
      const overdue = booleanOf(query.overdue);
      const urgent = booleanOf(query.urgent);
      const possibleDuplicate = booleanOf(query.possibleDuplicate);
      const needsAttention = booleanOf(query.needsAttention);
      const page = await listQueue(
        db,
        request.caseReader(),
        {
          ...(statuses ? { statuses } : {}),
          ...(assignee ? { assignee } : {}),
          ...(overdue !== undefined ? { overdue } : {}),
          ...(urgent !== undefined ? { urgent } : {}),
          ...(possibleDuplicate !== undefined ? { possibleDuplicate } : {}),
          ...(needsAttention !== undefined ? { needsAttention } : {}),
          ...(query.q !== undefined ? { q: query.q } : {}),
        },
        {
          limit: query.limit,
          ...(after ? { after } : {}),
        },
        clock.now(),
      );
      return {
        items: page.rows.map((row) => presentQueueItem(row, page.today)),
        nextCursor: nextCursor(page.hasMore, page.rows.at(-1), (last) => ({ ...positionAfter(last) })),
        counts: page.counts,
      };
    },
  );

  api.get(
    `${CASES}/:applicationId`,
    {
      config: { access: readRule },
      schema: {
        operationId: 'getApplication',
        summary: 'The whole case: content, status history, attachments, assignee and who has opened it',
        description: `The read is audited. API clients with the scope applications:read may call it. ${ETAG_NOTE}`,
        tags: caseTags,
        params,
        response: { 200: staffApplicationSchema, ...commonErrorResponses, ...caseNotFound },
      },
    },
    async (request, reply) => {
      const reader = request.caseReader();
      const view = present(
        reply,
        await getStaffCase(db, reader, request.params.applicationId, clock.now()),
        reader,
      );
      return withDocumentRetention(view, await readRetentionRules(db));
    },
  );

  api.post(
    `${CASES}/:applicationId/assignment`,
    {
      config: { access: rule },
      schema: {
        operationId: 'assignApplication',
        summary: 'Take the application, give it to a colleague, or release it',
        description:
          'staffId: oneself to take it, a colleague (an active staff user with a handling role, else 400) to give ' +
          'it, null to release it. A handler or social worker may take an unassigned application, release their ' +
          'own or give their own to a colleague; anything else needs a supervisor (403). A sent application ' +
          `moves to in_processing at its first assignment. ${ETAG_NOTE}`,
        tags: caseTags,
        params,
        headers: ifMatchHeaders,
        body: z.object({ staffId: z.uuid().nullable() }).meta({ id: 'AssignApplicationRequest' }),
        response: changeResponses('A decision has been made or the application has been withdrawn'),
      },
    },
    async (request, reply) => {
      const actor = request.staff();
      const assigned = await assignApplication(
        db,
        actor,
        {
          ...applicationChange(request),
          staffId: request.body.staffId,
        },
        clock.now(),
      );
      return present(reply, assigned, actor);
    },
  );

  api.post(
    `${CASES}/:applicationId/urgency`,
    {
      config: { access: rule },
      schema: {
        operationId: 'setApplicationUrgency',
        summary: 'Mark the application urgent or not urgent, with the reason',
        description:
          'TTL 14 a §: an urgent application is decided on the next working day after it arrived (when sent, or ' +
          'the client’s last answer to a request for information), never before the next working day after ' +
          'today; any other on the 7th working day. The decision due date is recomputed; while a request for ' +
          'information is open, the due date it gave is kept if later. Open applications only (409); the ' +
          'assignee, a supervisor, or anyone handling on an unassigned application (403). The reason is ' +
          `audited. Refusals in order: 400, 404, 409, 412, 403. ${ETAG_NOTE}`,
        tags: caseTags,
        params,
        headers: ifMatchHeaders,
        body: z
          .object({
            urgent: z.boolean(),
            reason: z.string().trim().min(1).max(MAX_URGENCY_REASON).describe('Why; kept in the audit log'),
          })
          .meta({ id: 'SetApplicationUrgencyRequest' }),
        response: changeResponses('The application is no longer open'),
      },
    },
    async (request, reply) => {
      const actor = request.staff();
      const changed = await setUrgency(
        db,
        actor,
        { ...applicationChange(request), urgent: request.body.urgent, reason: request.body.reason },
        clock.now(),
      );
      return present(reply, changed, actor);
    },
  );

  api.post(
    `${CASES}/:applicationId/attention-resolutions`,
    {
      config: { access: rule },
      schema: {
        operationId: 'resolveApplicationAttention',
        summary:
          'See to what went wrong after the decision: a letter returned to the sender, a rejected payment',
        description:
          'address_needed (`id`: the letter’s delivery): `resent` records the client’s new postal address and puts ' +
          'the letter back in the local print queue (the next print batch mails it, dated that day), or `handled` ' +
          'with a note. payment_rejected (`id`: the payment): `corrected` records the corrected account number and ' +
          'proposes the payment again for the next batch, with a new end-to-end id, or `handled` with a note. ' +
          'Decided applications only (409); anyone handling cases. Already seen to, or no longer wrong: 409 ' +
          `\`attention-resolved\`. Audited as application.attention_resolve. ${ETAG_NOTE}`,
        tags: caseTags,
        params,
        headers: ifMatchHeaders,
        body: z
          .object({
            reason: z.enum(attentionReasons),
            id: z.uuid().describe('The letter’s delivery (address_needed) or the payment (payment_rejected)'),
            resolution: z.enum(attentionResolutions),
            address: z
              .object({
                streetAddress: z.string().max(200),
                postalCode: z.string().max(10),
                city: z.string().max(100),
              })
              .optional()
              .describe('With `resent`: the new postal address'),
            iban: z
              .string()
              .max(50)
              .optional()
              .describe('With `corrected`: the corrected account number (IBAN)'),
            note: z
              .string()
              .max(MAX_ATTENTION_NOTE)
              .optional()
              .describe('How it was seen to (required with `handled`); kept in the audit log'),
          })
          .meta({ id: 'ResolveApplicationAttentionRequest' }),
        response: changeResponses('The application is not decided, or this has been seen to already'),
      },
    },
    async (request, reply) => {
      const actor = request.staff();
      const body = request.body;
      const changed = await resolveAttention(
        db,
        actor,
        {
          ...applicationChange(request),
          reason: body.reason,
          id: body.id,
          resolution: body.resolution,
          address: body.address,
          iban: body.iban,
          note: body.note,
        },
        clock.now(),
      );
      return present(reply, changed, actor);
    },
  );

  api.get(
    `${CASES}/:applicationId/related-cases`,
    {
      config: { access: readRule },
      schema: {
        operationId: 'getRelatedCases',
        summary: 'The case’s possible duplicates and the client’s and spouse’s earlier cases and decisions',
        description:
          'Every application shown is audited as a read of its person’s data (`application.related_read`). API ' +
          'clients with the scope applications:read may call it.',
        tags: caseTags,
        params,
        response: { 200: relatedCasesSchema, ...commonErrorResponses, ...caseNotFound },
      },
    },
    async (request) =>
      presentRelatedCases(
        await getRelatedCases(db, request.caseReader(), request.params.applicationId, clock.now()),
      ),
  );

  api.post(
    `${CASES}/:applicationId/close-as-duplicate`,
    {
      config: { access: rule },
      schema: {
        operationId: 'closeApplicationAsDuplicate',
        summary: 'Close the application as a duplicate: merged into another application of the same family',
        description:
          'duplicateOf: the id or reference number of one of the application’s possible duplicates (else 400 at ' +
          'duplicateOf). The status becomes closed_as_duplicate (final; from submitted, in_processing or ' +
          'waiting_for_information, else 409); no decision and no letter; the client is sent a short notice. Only ' +
          'the assigned caseworker or a supervisor (403). Refusals in order: 404, 409, 412, 403, 400. The response ' +
          'carries the new ETag.',
        tags: caseTags,
        params,
        headers: ifMatchHeaders,
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
        response: changeResponses('The application is no longer open'),
      },
    },
    async (request, reply) => {
      const actor = request.staff();
      const closed = await closeAsDuplicate(
        db,
        actor,
        {
          ...applicationChange(request),
          duplicateOf: request.body.duplicateOf,
        },
        clock.now(),
      );
      return present(reply, closed, actor);
    },
  );
  await caseNoteRoutes(app, context);
}

async function caseNoteRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  const notes = `${CASES}/:applicationId/notes`;
  api.get(
    notes,
    {
      config: { access: rule },
      schema: {
        operationId: 'listApplicationNotes',
        summary: "The case's internal notes, oldest first (never shown to the applicant)",
        description: 'The read is audited with the applicant as the subject.',
        tags: caseTags,
        params,
        response: { 200: noteListSchema, ...commonErrorResponses, ...caseNotFound },
      },
    },
    async (request) => {
      const found = await listApplicationNotes(
        db,
        request.staff(),
        request.params.applicationId,
        clock.now(),
      );
      return { items: found.map(presentNote) };
    },
  );

  api.post(
    notes,
    {
      config: { access: rule },
      schema: {
        operationId: 'addApplicationNote',
        summary: 'Add an internal note to the case (never shown to the applicant)',
        description: 'Audited with the applicant as the subject.',
        tags: caseTags,
        params,
        body: newNoteSchema,
        response: { 201: noteSchema, ...commonErrorResponses, ...caseNotFound },
      },
    },
    async (request, reply) => {
      const note = await addApplicationNote(
        db,
        request.staff(),
        { applicationId: request.params.applicationId, body: request.body.body },
        clock.now(),
      );
      reply.code(201);
      return presentNote(note);
    },
  );
}
