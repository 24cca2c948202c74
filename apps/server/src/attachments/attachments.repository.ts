// SQL for attachments. A citizen's queries filter by the owner, so another person's attachment is simply not found.

import type { AttachmentCategory } from '@tuki/domain';
import type { ColumnType, Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ApplicationStatusValue } from '../db/schema.ts';
import type { ActiveContentKind } from './inspection/pdf-inspector.ts';

export { type AttachmentCategory, attachmentCategories } from '@tuki/domain';

export const scanStatuses = ['pending', 'clean', 'infected', 'failed', 'unscanned'] as const;
export type ScanStatus = (typeof scanStatuses)[number];

/** Only these are ever served: scanned clean, or kept unscanned on a server without a virus scanner. */
export const servableScanStatuses: readonly ScanStatus[] = ['clean', 'unscanned'];

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AttachmentTable {
  id: string;
  application_id: string;
  person_id: string;
  category: AttachmentCategory;
  file_name: string;
  media_type: string;
  /** bigint in SQL, read as a number (see database.ts). */
  size_bytes: number;
  sha256: string;
  storage_key: string;
  scan_status: ScanStatus;
  uploaded_at: Timestamp;
  /** application: added to a draft; correspondence: added after sending, for an answer or a message (0009). */
  purpose: ColumnType<AttachmentPurpose, AttachmentPurpose | undefined, AttachmentPurpose>;
  uploaded_by_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
  information_request_id: ColumnType<string | null, string | null | undefined, string | null>;
  message_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The active content found in a PDF (0027): such a file is only ever served as a download. */
  active_content: ColumnType<ActiveContentKind[], ActiveContentKind[] | undefined, ActiveContentKind[]>;
}

export type AttachmentPurpose = 'application' | 'correspondence';

export interface StoredFileRemovalTable {
  storage_key: string;
  requested_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type AttachmentRow = Selectable<AttachmentTable>;

const withAttachmentTables = (db: Db) =>
  db.withTables<{ attachment: AttachmentTable; stored_file_removal: StoredFileRemovalTable }>();

export async function insertAttachment(db: Db, row: AttachmentRow): Promise<void> {
  await withAttachmentTables(db).insertInto('attachment').values(row).execute();
}

/**
 * What an upload counts against its limit: the application's own files while a draft, or the uploader's
 * correspondence files not yet sent with an answer or a message.
 */
export async function countAttachmentsOfApplication(
  db: Db,
  applicationId: string,
  scope: { purpose: 'application' } | { purpose: 'correspondence'; staffId: string | null },
): Promise<number> {
  let query = withAttachmentTables(db)
    .selectFrom('attachment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', applicationId)
    .where('purpose', '=', scope.purpose);
  if (scope.purpose === 'correspondence') {
    query = query
      .where('information_request_id', 'is', null)
      .where('message_id', 'is', null)
      .where('uploaded_by_staff_id', scope.staffId === null ? 'is' : '=', scope.staffId);
  }
  const result = await query.executeTakeFirst();
  return Number(result?.n ?? 0);
}

/** The attachments of an application, oldest first. */
export async function listAttachmentRows(db: Db, applicationId: string): Promise<AttachmentRow[]> {
  return withAttachmentTables(db)
    .selectFrom('attachment')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('purpose', '=', 'application')
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/**
 * The attachment with the status of its application, as staff may see it: never of a draft (checked by the
 * caller), and a client's correspondence file only once it has been sent with an answer or a message.
 */
export async function findAttachmentWithApplicationStatus(
  db: Db,
  attachmentId: string,
): Promise<(AttachmentRow & { application_status: ApplicationStatusValue }) | undefined> {
  return withAttachmentTables(db)
    .selectFrom('attachment')
    .innerJoin('application', 'application.id', 'attachment.application_id')
    .selectAll('attachment')
    .select('application.status as application_status')
    .where('attachment.id', '=', attachmentId)
    .where((eb) =>
      eb.or([
        eb('attachment.purpose', '=', 'application'),
        eb('attachment.uploaded_by_staff_id', 'is not', null),
        eb('attachment.information_request_id', 'is not', null),
        eb('attachment.message_id', 'is not', null),
      ]),
    )
    .executeTakeFirst();
}

/**
 * The attachment, when it belongs to the person: their own uploads, and files staff sent them in a message (a
 * file staff have uploaded but not yet sent is not theirs to see).
 */
export async function findAttachmentOfPerson(
  db: Db,
  attachmentId: string,
  personId: string,
): Promise<AttachmentRow | undefined> {
  return withAttachmentTables(db)
    .selectFrom('attachment')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('person_id', '=', personId)
    .where((eb) => eb.or([eb('uploaded_by_staff_id', 'is', null), eb('message_id', 'is not', null)]))
    .executeTakeFirst();
}

/**
 * Deletes attachment rows and, in the same transaction, records their stored files for removal: the bytes are
 * deleted only after the transaction has committed (removePendingStoredFiles).
 */
export async function deleteAttachmentRows(
  db: Db,
  where: { attachmentId: string } | { applicationIds: string[] },
): Promise<string[]> {
  const tables = withAttachmentTables(db);
  if ('applicationIds' in where && where.applicationIds.length === 0) return [];
  const deleted = await tables
    .deleteFrom('attachment')
    .where((eb) =>
      'attachmentId' in where
        ? eb('id', '=', where.attachmentId)
        : eb('application_id', 'in', where.applicationIds),
    )
    .returning('storage_key')
    .execute();
  const keys = deleted.map((row) => row.storage_key);
  if (keys.length > 0) {
    await tables
      .insertInto('stored_file_removal')
      .values(keys.map((storage_key) => ({ storage_key })))
      .onConflict((oc) => oc.column('storage_key').doNothing())
      .execute();
  }
  return keys;
}

export async function listStoredFileRemovals(db: Db, limit: number): Promise<string[]> {
  const rows = await withAttachmentTables(db)
    .selectFrom('stored_file_removal')
    .select('storage_key')
    .orderBy('requested_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.storage_key);
}

export async function forgetStoredFileRemoval(db: Db, storageKey: string): Promise<void> {
  await withAttachmentTables(db)
    .deleteFrom('stored_file_removal')
    .where('storage_key', '=', storageKey)
    .execute();
}

/**
 * Adding or removing an attachment is work on the draft: it moves the draft's last-changed time (from which its
 * deletion date is counted) but not its version, so the form's ETag stays valid.
 */
export async function touchApplication(db: Db, applicationId: string, now: Date): Promise<void> {
  await db.updateTable('application').set({ updated_at: now }).where('id', '=', applicationId).execute();
}

/**
 * Moves the person's correspondence files that wait on one application (uploaded, not yet sent) to another as its
 * own files; returns the ids of those moved.
 */
export async function moveWaitingFilesToApplication(
  db: Db,
  move: {
    attachmentIds: readonly string[];
    fromApplicationId: string;
    toApplicationId: string;
    personId: string;
  },
): Promise<{ id: string }[]> {
  return withAttachmentTables(db)
    .updateTable('attachment')
    .set({ application_id: move.toApplicationId, purpose: 'application' })
    .where('id', 'in', [...move.attachmentIds])
    .where('application_id', '=', move.fromApplicationId)
    .where('person_id', '=', move.personId)
    .where('purpose', '=', 'correspondence')
    .where('information_request_id', 'is', null)
    .where('message_id', 'is', null)
    .where('uploaded_by_staff_id', 'is', null)
    .returning('id')
    .execute();
}
