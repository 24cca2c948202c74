// The staff side of applications: listApplications (the work queue), getApplication (the whole case),
// assignApplication, setApplicationUrgency, the case's internal notes (listApplicationNotes, addApplicationNote: never shown to the
// applicant), getRelatedCases (possible duplicates and the client's history) and closeApplicationAsDuplicate.
// Only the handling roles (handler, social worker, supervisor) may call them; some reads API clients too.

import { applicationStatuses, helsinkiDate } from '@tuki/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApplicationStatusValue } from '../db/schema.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { decodeCursor, nextCursor, pageQuery } from '../http/cursor.ts';
import { applicationChange, ifMatchHeaders, staleApplication } from '../http/etag.ts';
import { badRequest, commonErrorResponses, problemSchema } from '../http/problem.ts';
import { presentRelatedCases, relatedCasesSchema } from './duplicates.presenter.ts';
import { closeAsDuplicate, getRelatedCases } from './duplicates.ts';
import { newNoteSchema, noteListSchema, noteSchema, presentNote } from './note.presenter.ts';
import { addApplicationNote, listApplicationNotes } from './notes.ts';
import { type AssigneeFilter, type CaseReader, listQueue, positionAfter } from './queue.ts';
import { handlingRoles } from './staff-actor.ts';
import {
  presentQueueItem,
  presentStaffApplication,
  queuePageSchema,
  staffApplicationSchema,
} from './staff-application.presenter.ts';
import { assignApplication, getStaffCase, type StaffCase } from './staff-case.ts';
import { MAX_URGENCY_REASON, setUrgency } from './urgency.ts';

const BASE = '/api/v1/applications';
const tags = ['case handling'];
const rule = access.staff(handlingRoles);
/** The reads are open to API clients with applications:read as well. */
const readRule = access.staff(handlingRoles, { scopes: ['applications:read'] });

const params = z.object({ applicationId: z.uuid() });
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

const notFoundResponse = {
  404: problemSchema.describe('No such application (drafts are not shown to staff)'),
};
/** The answers of a change of the case: the case with its new ETag, or why not. */
const changeResponses = (conflict: string) => ({
  200: staffApplicationSchema,
  ...commonErrorResponses,
  ...notFoundResponse,
  409: problemSchema.describe(conflict),
  ...staleApplication,
});
const ETAG_NOTE = 'The response carries the application’s ETag; send it back in If-Match with a change.';

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
    BASE,
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
        tags,
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
      const page = await listQueue(
        db,
        request.caseReader(),
        {
          ...(statuses ? { statuses } : {}),
          ...(assignee ? { assignee } : {}),
          ...(overdue !== undefined ? { overdue } : {}),
          ...(urgent !== undefined ? { urgent } : {}),
          ...(possibleDuplicate !== undefined ? { possibleDuplicate } : {}),
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
    `${BASE}/:applicationId`,
    {
      config: { access: readRule },
      schema: {
        operationId: 'getApplication',
        summary: 'The whole case: content, status history, attachments, assignee and who has opened it',
        description: `The read is audited. API clients with the scope applications:read may call it. ${ETAG_NOTE}`,
        tags,
        params,
        response: { 200: staffApplicationSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request, reply) => {
      const reader = request.caseReader();
      return present(
        reply,
        await getStaffCase(db, reader, request.params.applicationId, clock.now()),
        reader,
      );
    },
  );

  api.post(
    `${BASE}/:applicationId/assignment`,
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
        tags,
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
    `${BASE}/:applicationId/urgency`,
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
        tags,
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

  api.get(
    `${BASE}/:applicationId/related-cases`,
    {
      config: { access: readRule },
      schema: {
        operationId: 'getRelatedCases',
        summary: 'The case’s possible duplicates and the client’s and spouse’s earlier cases and decisions',
        description:
          'Every application shown is audited as a read of its person’s data (`application.related_read`). API ' +
          'clients with the scope applications:read may call it.',
        tags,
        params,
        response: { 200: relatedCasesSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request) =>
      presentRelatedCases(
        await getRelatedCases(db, request.caseReader(), request.params.applicationId, clock.now()),
      ),
  );

  api.post(
    `${BASE}/:applicationId/close-as-duplicate`,
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
        tags,
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

  const notes = `${BASE}/:applicationId/notes`;
  api.get(
    notes,
    {
      config: { access: rule },
      schema: {
        operationId: 'listApplicationNotes',
        summary: "The case's internal notes, oldest first (never shown to the applicant)",
        description: 'The read is audited with the applicant as the subject.',
        tags,
        params,
        response: { 200: noteListSchema, ...commonErrorResponses, ...notFoundResponse },
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
        tags,
        params,
        body: newNoteSchema,
        response: { 201: noteSchema, ...commonErrorResponses, ...notFoundResponse },
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
