// Where the applications meet the attachments: getMyApplication lists them through here, and deleting expired
// drafts tells the attachments first. The attachments module fills in these bodies.
import {
  type AttachmentView,
  attachmentSchema,
  deleteAttachmentRows,
  listAttachmentRows,
  presentAttachment,
} from '../attachments/index.ts';
import type { Db } from '../db/database.ts';

export { type AttachmentView, attachmentSchema };

/** The attachments of an application, oldest first. */
export async function listAttachmentsOfApplication(db: Db, applicationId: string): Promise<AttachmentView[]> {
  return (await listAttachmentRows(db, applicationId)).map(presentAttachment);
}

/**
 * Runs in the transaction that deletes these applications (expired drafts), before the rows go: the place to
 * remove attachment rows and schedule the removal of their stored bytes.
 */
export async function beforeApplicationsDeleted(db: Db, applicationIds: string[]): Promise<void> {
  // The files are queued in stored_file_removal and deleted after the commit by housekeeping.
  await deleteAttachmentRows(db, { applicationIds });
}
