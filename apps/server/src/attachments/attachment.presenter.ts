// Attachment rows → the API's Attachment (listed by getMyApplication through applications/attachments-hook).
import { z } from 'zod';
import { documentRetentionSchema } from '../shared/document-retention.ts';
import { type AttachmentRow, attachmentCategories, scanStatuses } from './attachments.repository.ts';
import { activeContentKinds } from './inspection/pdf-inspector.ts';

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
    retention: documentRetentionSchema
      .optional()
      .describe('Its record type, publicity and retention (in the staff’s view of a case)'),
  })
  .meta({ id: 'Attachment' });

export type AttachmentView = z.infer<typeof attachmentSchema>;

export function presentAttachment(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    category: row.category,
    scanStatus: row.scan_status,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    activeContent: row.active_content ?? [],
  };
}
