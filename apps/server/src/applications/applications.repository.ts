// SQL for applications. Citizens' queries always filter by the owner, so another person's application is
// simply not found (404), never "forbidden".
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserterReturningRow } from '../db/insert-row.ts';
import type { ApplicationRow, ApplicationStatusValue, ApplicationTable, Database } from '../db/schema.ts';

/** The query for one application by its id, for the finders below to narrow. */
function applicationById(db: Db, applicationId: string) {
  return db.selectFrom('application').selectAll().where('id', '=', applicationId);
}

export async function findApplicationOfPerson(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow | undefined> {
  return applicationById(db, applicationId).where('person_id', '=', personId).executeTakeFirst();
}

/** The same, with the row locked until the transaction ends: for changes that depend on its state. */
export async function lockApplicationOfPerson(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow | undefined> {
  return applicationById(db, applicationId).where('person_id', '=', personId).forUpdate().executeTakeFirst();
}

export interface ApplicationPosition {
  createdAt: Date;
  id: string;
}

/** A person's applications, newest first, a page at a time (keyset: after the last row of the previous page). */
export async function listApplicationsOfPerson(
  db: Db,
  personId: string,
  page: { limit: number; after?: ApplicationPosition },
): Promise<{ rows: ApplicationRow[]; hasMore: boolean }> {
  const after = page.after;
  let query = db
    .selectFrom('application')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

export async function insertApplication(
  db: Db,
  values: {
    personId: string;
    kind: ApplicationTable['kind'];
    content: object;
    contentVersion?: number;
    now: Date;
  },
): Promise<ApplicationRow> {
  return db
    .insertInto('application')
    .values({
      person_id: values.personId,
      kind: values.kind,
      status: 'draft',
      content: JSON.stringify(values.content),
      ...(values.contentVersion !== undefined ? { content_version: values.contentVersion } : {}),
      created_at: values.now,
      updated_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ApplicationChanges {
  /** The staff user handling it, or null for none. */
  assigneeId?: string | null;
  status?: ApplicationStatusValue;
  content?: object;
  /** The content version the content was written or checked as (`CONTENT_VERSION` of @tuki/domain). */
  contentVersion?: number;
  referenceNumber?: string;
  urgent?: boolean;
  submittedAt?: Date;
  dueDate?: string;
  /** With the status closed_as_duplicate: the application it was merged into. */
  duplicateOf?: string;
}

/** Applies changes and moves the version on by one (the ETag changes with it). */
export async function updateApplication(
  db: Db,
  applicationId: string,
  changes: ApplicationChanges,
  now: Date,
): Promise<ApplicationRow> {
  return db
    .updateTable('application')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: now,
      ...(changes.assigneeId !== undefined ? { assignee_id: changes.assigneeId } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.content !== undefined ? { content: JSON.stringify(changes.content) } : {}),
      ...(changes.contentVersion !== undefined ? { content_version: changes.contentVersion } : {}),
      ...(changes.referenceNumber !== undefined ? { reference_number: changes.referenceNumber } : {}),
      ...(changes.urgent !== undefined ? { urgent: changes.urgent } : {}),
      ...(changes.submittedAt !== undefined ? { submitted_at: changes.submittedAt } : {}),
      ...(changes.dueDate !== undefined ? { due_date: changes.dueDate } : {}),
      ...(changes.duplicateOf !== undefined ? { duplicate_of: changes.duplicateOf } : {}),
    }))
    .where('id', '=', applicationId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface StatusChange {
  applicationId: string;
  status: ApplicationStatusValue;
  previousStatus: ApplicationStatusValue | null;
  changedAt: Date;
  actor: { type: 'person' | 'staff' | 'api_client' | 'system'; id: string | null };
}

export async function insertStatusHistory(db: Db, change: StatusChange): Promise<void> {
  await db
    .insertInto('application_status_history')
    .values({
      application_id: change.applicationId,
      status: change.status,
      previous_status: change.previousStatus,
      changed_at: change.changedAt,
      actor_type: change.actor.type,
      actor_id: change.actor.id,
    })
    .execute();
}

/** One change of an application's status, as listed in its history. */
export interface StatusHistoryRow {
  status: ApplicationStatusValue;
  changed_at: Date;
}

export async function listStatusHistory(db: Db, applicationId: string): Promise<StatusHistoryRow[]> {
  return db
    .selectFrom('application_status_history')
    .select(['status', 'changed_at'])
    .where('application_id', '=', applicationId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/** The next number of the reference number sequence (never reused, even if the transaction rolls back). */
export async function nextReferenceSequence(db: Db): Promise<number> {
  const result = await sql<{ n: string | number }>`select nextval('application_reference_seq') as n`.execute(
    db,
  );
  const value = result.rows[0]?.n;
  if (value === undefined) throw new Error('the reference number sequence gave nothing');
  return Number(value);
}

/** Drafts unchanged since `changedBefore`, locked; rows another process is deleting are skipped. */
export async function lockExpiredDrafts(
  db: Db,
  changedBefore: Date,
  limit: number,
): Promise<Pick<ApplicationRow, 'id' | 'person_id' | 'updated_at'>[]> {
  return db
    .selectFrom('application')
    .select(['id', 'person_id', 'updated_at'])
    .where('status', '=', 'draft')
    .where('updated_at', '<', changedBefore)
    .orderBy('updated_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function deleteApplications(db: Db, applicationIds: string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await db.deleteFrom('application').where('id', 'in', applicationIds).execute();
}

/** A sent application (never a draft), as staff see it; locked until the transaction ends when `lock` is set. */
export async function findSentApplication(
  db: Db,
  applicationId: string,
  lock: boolean,
): Promise<ApplicationRow | undefined> {
  let query = applicationById(db, applicationId)
    .where('status', '!=', 'draft')
    .where('submitted_at', 'is not', null);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The id and owner of a sent application (never a draft). */
export async function findSentApplicationOwner(
  db: Db,
  applicationId: string,
): Promise<Pick<ApplicationRow, 'id' | 'person_id' | 'status' | 'assignee_id'> | undefined> {
  return db
    .selectFrom('application')
    .select(['id', 'person_id', 'status', 'assignee_id'])
    .where('id', '=', applicationId)
    .where('status', '!=', 'draft')
    .where('submitted_at', 'is not', null)
    .executeTakeFirst();
}

/** The sent applications among the ids, locked in the order of their ids (so two lockers cannot deadlock). */
export async function lockSentApplications(db: Db, applicationIds: string[]): Promise<ApplicationRow[]> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('id', 'in', applicationIds)
    .where('status', '!=', 'draft')
    .where('submitted_at', 'is not', null)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** The owner and reference number of an application that exists (one another application names). */
export async function findApplicationReference(
  db: Db,
  applicationId: string,
): Promise<{ id: string; person_id: string; reference_number: string | null }> {
  return db
    .selectFrom('application')
    .select(['id', 'person_id', 'reference_number'])
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
}

/** The status history with who changed each status, oldest first. */
export async function listStatusHistoryWithActors(
  db: Db,
  applicationId: string,
): Promise<
  Pick<
    Selectable<Database['application_status_history']>,
    'status' | 'changed_at' | 'actor_type' | 'actor_id'
  >[]
> {
  return db
    .selectFrom('application_status_history')
    .select(['status', 'changed_at', 'actor_type', 'actor_id'])
    .where('application_id', '=', applicationId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/** Sets (or clears) the assignee, moving the status on with it when given; the version moves on by one. */
export async function updateAssignee(
  db: Db,
  applicationId: string,
  change: { assigneeId: string | null; status?: 'in_processing' },
  now: Date,
): Promise<ApplicationRow> {
  return updateApplication(db, applicationId, change, now);
}

export interface ApplicationNoteRow {
  id: string;
  application_id: string;
  body: string;
  created_at: Date;
  author_id: string;
  first_name: string;
  last_name: string;
}

/** The internal notes of an application with their authors' names, oldest first. */
export async function listApplicationNoteRows(db: Db, applicationId: string): Promise<ApplicationNoteRow[]> {
  return db
    .selectFrom('application_note')
    .innerJoin('staff_user', 'staff_user.id', 'application_note.author_id')
    .select([
      'application_note.id',
      'application_note.application_id',
      'application_note.body',
      'application_note.created_at',
      'staff_user.id as author_id',
      'staff_user.first_name',
      'staff_user.last_name',
    ])
    .where('application_note.application_id', '=', applicationId)
    .orderBy('application_note.created_at')
    .orderBy('application_note.id')
    .execute();
}

export async function insertApplicationNote(
  db: Db,
  note: { applicationId: string; authorId: string; body: string; now: Date },
): Promise<{ id: string; created_at: Date }> {
  return db
    .insertInto('application_note')
    .values({
      application_id: note.applicationId,
      author_id: note.authorId,
      body: note.body,
      created_at: note.now,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Any application but a draft, locked until the transaction ends. */
export async function lockNonDraftApplication(
  db: Db,
  applicationId: string,
): Promise<ApplicationRow | undefined> {
  return findNonDraftApplication(db, applicationId, true);
}

export const insertApplicationRow = rowInserterReturningRow('application');

/** Any application but a draft; locked until the transaction ends when `lock` is set. */
export async function findNonDraftApplication(
  db: Db,
  applicationId: string,
  lock: boolean,
): Promise<ApplicationRow | undefined> {
  let query = applicationById(db, applicationId).where('status', '!=', 'draft');
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Sets the assignee without a new version (the change that follows moves the version on). */
export async function setAssigneeKeepingVersion(
  db: Db,
  applicationId: string,
  assigneeId: string,
): Promise<void> {
  await db
    .updateTable('application')
    .set({ assignee_id: assigneeId })
    .where('id', '=', applicationId)
    .execute();
}

/** The id of the application's person; undefined when there is no such application. */
export async function findPersonIdOfApplication(db: Db, applicationId: string): Promise<string | undefined> {
  return (
    await db.selectFrom('application').select('person_id').where('id', '=', applicationId).executeTakeFirst()
  )?.person_id;
}
