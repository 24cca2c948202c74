// The API's view of a case's internal notes.
import { z } from 'zod';
import { type ApplicationNote, NOTE_MAX_LENGTH } from './notes.ts';
import { staffNameSchema } from './staff-application.presenter.ts';

export const noteSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    author: staffNameSchema,
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicationNote' });

export const noteListSchema = z.object({ items: z.array(noteSchema) }).meta({ id: 'ApplicationNoteList' });

export const newNoteSchema = z
  .object({
    body: z
      .string()
      .trim()
      .min(1)
      .max(NOTE_MAX_LENGTH)
      .describe(`The note's text: 1 to ${NOTE_MAX_LENGTH} characters after trimming`),
  })
  .meta({ id: 'NewApplicationNote' });

export const presentNote = (note: ApplicationNote) => ({
  id: note.id,
  applicationId: note.applicationId,
  author: note.author,
  body: note.body,
  createdAt: note.createdAt.toISOString(),
});
