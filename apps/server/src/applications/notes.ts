// Internal notes of a case: staff with a handling role write them on a sent application and read them in the case
// view. They are never part of any citizen endpoint. Every read and every note written is audited with the
// applicant as the subject, in the same transaction.
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../shared/errors.ts';
import {
  findSentApplicationOwner,
  insertApplicationNote,
  listApplicationNoteRows,
} from './applications.repository.ts';
import { requireCasePermission } from './case-permissions.ts';
import type { StaffActor } from './staff-actor.ts';
import type { StaffName } from './staff-case.ts';

/** The longest note, in characters (the database checks it too). */
export const NOTE_MAX_LENGTH = 4000;

export interface ApplicationNote {
  id: string;
  applicationId: string;
  author: StaffName;
  body: string;
  createdAt: Date;
}

/** The sent application (drafts are the citizen's own: 404 like every staff read). */
async function findSentApplication(
  db: Db,
  applicationId: string,
): Promise<Pick<ApplicationRow, 'id' | 'person_id' | 'status' | 'assignee_id'>> {
  const row = await findSentApplicationOwner(db, applicationId);
  if (!row) throw notFound('There is no such application.');
  return row;
}

async function notesOf(db: Db, applicationId: string): Promise<ApplicationNote[]> {
  const rows = await listApplicationNoteRows(db, applicationId);
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.application_id,
    author: { id: row.author_id, firstName: row.first_name, lastName: row.last_name },
    body: row.body,
    createdAt: new Date(row.created_at),
  }));
}

/** The notes of a case, oldest first. */
export async function listApplicationNotes(
  db: Db,
  actor: StaffActor,
  applicationId: string,
  now: Date,
): Promise<ApplicationNote[]> {
  return inTransaction(db, async (trx) => {
    const application = await findSentApplication(trx, applicationId);
    const notes = await notesOf(trx, application.id);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.notes_read',
        subjectPersonId: application.person_id,
        objectType: 'application',
        objectId: application.id,
        details: { count: notes.length },
      },
      now,
    );
    return notes;
  });
}

/** Adds a note (its text already trimmed and checked for length by the route) to a sent application. */
export async function addApplicationNote(
  db: Db,
  actor: StaffActor,
  input: { applicationId: string; body: string },
  now: Date,
): Promise<ApplicationNote> {
  return inTransaction(db, async (trx) => {
    const application = await findSentApplication(trx, input.applicationId);
    requireCasePermission('addNote', application, actor);
    const row = await insertApplicationNote(trx, {
      applicationId: application.id,
      authorId: actor.staffUser.id,
      body: input.body,
      now,
    });
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.note_add',
        subjectPersonId: application.person_id,
        objectType: 'application_note',
        objectId: row.id,
        details: { applicationId: application.id },
      },
      now,
    );
    const { staffUser } = actor;
    return {
      id: row.id,
      applicationId: application.id,
      author: { id: staffUser.id, firstName: staffUser.first_name, lastName: staffUser.last_name },
      body: input.body,
      createdAt: new Date(row.created_at),
    };
  });
}
