// What the other parts use of attachments/ (the layer rules let them import it only through this file).
export { type AttachmentView, attachmentSchema, presentAttachment } from './attachment.presenter.ts';
export {
  type AttachmentRow,
  type AttachmentTable,
  deleteAttachmentRows,
  listAttachmentRows,
  moveWaitingFilesToApplication,
  servableScanStatuses,
} from './attachments.repository.ts';
export { createFileStorage } from './storage/create-file-storage.ts';
export type { FileStorage } from './storage/file-storage.ts';
export { removeStoredFiles } from './stored-file-removal.ts';
