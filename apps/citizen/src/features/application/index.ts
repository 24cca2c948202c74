// What the other parts use of application/ (the layer rules let them import it only through this file).

export { knownStatus, statusLabelType } from '../common/status.ts';
export { ApplicationLoadFailed } from './ApplicationLoadFailed.tsx';
export {
  type ApplicationSummary,
  type Attachment,
  attachmentDownloadUrl,
  deleteApplicationAttachment,
  type MyApplication,
  myApplicationQueryKey,
  myApplicationsQueryKey,
  useCreateApplicationDraft,
  useMyApplication,
  useMyApplications,
  useWithdrawApplication,
  type VersionedApplication,
} from './api/applications.ts';
export { type AttachmentCategory, acceptAttribute, MAX_FILE_BYTES, MAX_FILES } from './api/upload.ts';
export { FileDetails, FileInput } from './attachments/file-parts.tsx';
export { fileTypeName } from './attachments/file-type.ts';
export { UploadRow } from './attachments/UploadRow.tsx';
export { useUploads } from './attachments/useUploads.ts';
export { NativeSelect } from './fields/NativeSelect.tsx';
export { FormErrorSummary, type SummaryItem } from './form/error-summary.tsx';
export { stepPath } from './form/step-path.ts';
export { selectableMonths } from './selectable-months.ts';
export { ContentSummary } from './summary/ContentSummary.tsx';
