// Internal notes of a case (listApplicationNotes, addApplicationNote): for the handling roles only, never shown to
// the applicant. Reads and writes are audited with the applicant as the subject.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requireStaff } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { auditContext } from '../http/plugins/session.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { type ApplicationNote, addApplicationNote, listApplicationNotes, NOTE_MAX_LENGTH } from './notes.ts';
import { handlingRoles, type StaffActor } from './staff-actor.ts';
import { staffNameSchema } from './staff-application.presenter.ts';

const tags = ['case handling'];
const rule = access.staff(handlingRoles);
const params = z.object({ applicationId: z.uuid() });

const noteSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    author: staffNameSchema,
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicationNote' });

const noteListSchema = z.object({ items: z.array(noteSchema) }).meta({ id: 'ApplicationNoteList' });

const newNoteSchema = z
  .object({
    body: z
      .string()
      .trim()
      .min(1)
      .max(NOTE_MAX_LENGTH)
      .describe(`The note's text: 1 to ${NOTE_MAX_LENGTH} characters after trimming`),
  })
  .meta({ id: 'NewApplicationNote' });

const notFoundResponse = {
  404: problemSchema.describe('No such application (drafts are not shown to staff)'),
};

function actorOf(request: FastifyRequest): StaffActor {
  return { staffUser: requireStaff(request).staffUser, audit: auditContext(request) };
}

const present = (note: ApplicationNote) => ({
  id: note.id,
  applicationId: note.applicationId,
  author: note.author,
  body: note.body,
  createdAt: note.createdAt.toISOString(),
});

export async function applicationNotesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const path = '/api/v1/applications/:applicationId/notes';

  api.get(
    path,
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
    async (request, reply) => {
      const notes = await listApplicationNotes(
        db,
        actorOf(request),
        request.params.applicationId,
        clock.now(),
      );
      reply.header('cache-control', 'no-store');
      return { items: notes.map(present) };
    },
  );

  api.post(
    path,
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
        actorOf(request),
        { applicationId: request.params.applicationId, body: request.body.body },
        clock.now(),
      );
      reply.code(201).header('cache-control', 'no-store');
      return present(note);
    },
  );
}
