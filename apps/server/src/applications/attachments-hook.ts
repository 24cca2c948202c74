// Where the applications meet the attachments: getMyApplication lists them through here, and deleting expired
// drafts tells the attachments first. The attachments module fills in these bodies.
import { z } from 'zod';
import { presentAttachment } from '../attachments/attachment.presenter.ts';
import {
  attachmentCategories,
  deleteAttachmentRows,
  listAttachmentRows,
  scanStatuses,
} from '../attachments/attachments.repository.ts';
import { activeContentKinds } from '../attachments/inspection/pdf-inspector.ts';
import type { Db } from '../db/database.ts';

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string().describe('The sanitised file name'),
    mediaType: z.string().describe('Sniffed from the content, e.g. application/pdf'),
    sizeBytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    category: z.enum(attachmentCategories).describe('What the file shows'),
    scanStatus: z
      .enum(scanStatuses)
      .describe(
        'clean: scanned, no malware; unscanned: this server has no virus scanner configured; pending, failed and ' +
          'infected files are never served (infected ones are deleted at upload)',
      ),
    uploadedAt: z.iso.datetime(),
    activeContent: z
      .array(z.enum(activeContentKinds))
      .describe(
        'Active content found in a PDF at upload (JavaScript, actions run on opening, launching programs, embedded ' +
          'files, XFA forms, form submission, rich media; uninspectable: an object stream that could not be read). ' +
          'Empty for a clean file. A file with any is never shown inline, only downloaded.',
      ),
  })
  .meta({ id: 'Attachment' });

export type AttachmentView = z.infer<typeof attachmentSchema>;

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
