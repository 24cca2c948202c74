// Attachment rows → the API's Attachment (the schema lives beside getMyApplication in applications/attachments-hook).
import type { AttachmentView } from '../applications/attachments-hook.ts';
import type { AttachmentRow } from './attachments.repository.ts';

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
