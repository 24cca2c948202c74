// The parts that the application's attachments and the files of an answer or a message share: the file input with
// its button, and a file's name, type and size.

import { formatFileSize, useLanguage } from '@tuki/ui';
import { IconUpload } from 'hds-react';
import { type Attachment, attachmentDownloadUrl } from '../api/applications.ts';
import { acceptAttribute } from '../api/upload.ts';
import { fileTypeName } from './file-type.ts';

/**
 * A file input for several files of the accepted types (the phone may offer its camera), shown as a button that
 * says `buttonText`; `onFiles` gets the chosen files.
 */
export function FileInput({
  id,
  buttonText,
  ariaLabel,
  onFiles,
}: {
  id: string;
  buttonText: string;
  ariaLabel?: string;
  onFiles: (files: File[]) => void;
}) {
  return (
    <>
      <input
        id={id}
        className="tuki-file-input"
        type="file"
        multiple
        accept={acceptAttribute}
        aria-label={ariaLabel}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="tuki-file-button">
        <IconUpload aria-hidden />
        <span>{buttonText}</span>
      </label>
    </>
  );
}

/**
 * A file's name (a link that downloads it, when `downloadable`), then its type and size, and `note` after them
 * (e.g. that it is still being scanned).
 */
export function FileDetails({
  file,
  downloadable = true,
  note,
}: {
  file: Pick<Attachment, 'id' | 'fileName' | 'mediaType' | 'sizeBytes'>;
  downloadable?: boolean;
  note?: string | undefined;
}) {
  const { language } = useLanguage();
  return (
    <>
      <span className="tuki-attachment-name">
        {downloadable ? (
          <a href={attachmentDownloadUrl(file.id)} download={file.fileName}>
            {file.fileName}
          </a>
        ) : (
          file.fileName
        )}
      </span>
      <span className="tuki-attachment-meta">
        {fileTypeName(file.mediaType)}, {formatFileSize(file.sizeBytes, language)}
        {note ? ` – ${note}` : ''}
      </span>
    </>
  );
}
