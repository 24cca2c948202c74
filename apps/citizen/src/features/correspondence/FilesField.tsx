// Files for an answer or a message: uploaded at once with the same progress, cancel and retry as the application's
// attachments (useUploads), then waiting, visible only to the client, until sent with the answer or message by
// their ids. A waiting file can be removed (deleteApplicationAttachment) until then.

import { MAX_ATTACHMENTS_PER_MESSAGE } from '@tuki/domain';
import { useApi, useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant, Fieldset, IconCrossCircle } from 'hds-react';
import { useCallback, useState } from 'react';
import {
  type Attachment,
  type AttachmentCategory,
  deleteApplicationAttachment,
  FileDetails,
  FileInput,
  MAX_FILE_BYTES,
  MAX_FILES,
  UploadRow,
  useUploads,
} from '../application/index.ts';

const maxMegabytes = Math.round(MAX_FILE_BYTES / (1024 * 1024));

export interface WaitingFiles {
  applicationId: string;
  category: AttachmentCategory;
  waiting: Attachment[];
  uploads: ReturnType<typeof useUploads>;
  removing: string | undefined;
  removeFailed: string | undefined;
  remove: (attachment: Attachment) => Promise<void>;
  /** After a send: the files went with it, and the failures of earlier files are forgotten. */
  clear: () => void;
  announcement: string;
  uploading: boolean;
}

export function useWaitingFiles(applicationId: string, category: AttachmentCategory): WaitingFiles {
  const t = useT();
  const api = useApi();
  const [waiting, setWaiting] = useState<Attachment[]>([]);
  const [removing, setRemoving] = useState<string | undefined>();
  const [removeFailed, setRemoveFailed] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const uploads = useUploads({
    applicationId,
    // useUploads counts against the application's limit; a message or an answer takes at most 20 files.
    attachmentCount: MAX_FILES - MAX_ATTACHMENTS_PER_MESSAGE + waiting.length,
    onUploaded: (attachment) => {
      setWaiting((current) => [...current, attachment]);
      setAnnouncement(t('application.attachments.uploaded', { name: attachment.fileName }));
    },
  });
  const remove = useCallback(
    async (attachment: Attachment) => {
      setRemoving(attachment.id);
      setRemoveFailed(undefined);
      try {
        await deleteApplicationAttachment(api, applicationId, attachment.id);
        setWaiting((current) => current.filter((candidate) => candidate.id !== attachment.id));
        setAnnouncement(t('citizenCorrespondence.files.removed', { name: attachment.fileName }));
      } catch {
        setRemoveFailed(attachment.id);
      } finally {
        setRemoving(undefined);
      }
    },
    [api, applicationId, t],
  );
  const { clearFailed } = uploads;
  const clear = useCallback(() => {
    setWaiting([]);
    clearFailed();
  }, [clearFailed]);
  return {
    applicationId,
    category,
    waiting,
    uploads,
    removing,
    removeFailed,
    remove,
    clear,
    announcement,
    uploading: uploads.items.some((item) => item.state === 'uploading'),
  };
}

export function FilesField({
  idPrefix,
  files,
  headingLevel,
}: {
  idPrefix: string;
  files: WaitingFiles;
  headingLevel: 3 | 4 | 5;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = useT();
  const inputId = `${idPrefix}-files`;
  const tooMany = t('citizenCorrespondence.files.tooMany', { max: MAX_ATTACHMENTS_PER_MESSAGE });
  return (
    <Fieldset heading={t('citizenCorrespondence.files.legend')} className="tuki-files-field">
      <p id={`${inputId}-help`} className="tuki-hint">
        {t('citizenCorrespondence.files.help', { maxMegabytes, max: MAX_ATTACHMENTS_PER_MESSAGE })}
      </p>
      <p role="status" className="tuki-visually-hidden">
        {files.announcement}
      </p>
      <div className="tuki-dropzone">
        <FileInput
          id={inputId}
          buttonText={t('citizenCorrespondence.files.choose')}
          onFiles={(chosen) => files.uploads.addFiles(files.category, chosen)}
        />
      </div>
      {files.uploads.items.length > 0 ? (
        <ul className="tuki-upload-list">
          {files.uploads.items.map((item) => (
            <li key={item.key}>
              <UploadRow
                item={item}
                onCancel={files.uploads.cancel}
                onRetry={files.uploads.retry}
                onDismiss={files.uploads.dismiss}
                texts={{ tooMany, notDraft: t('citizenCorrespondence.files.notAccepted') }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {files.waiting.length > 0 ? (
        <>
          <Heading className="tuki-waiting-heading">
            {t('citizenCorrespondence.files.waitingHeading')}
          </Heading>
          <ul className="tuki-attachment-list" data-testid={`${idPrefix}-waiting`}>
            {files.waiting.map((attachment) => (
              <li key={attachment.id}>
                <FileDetails file={attachment} downloadable={false} />
                <Button
                  type="button"
                  variant={ButtonVariant.Supplementary}
                  size={ButtonSize.Small}
                  iconStart={<IconCrossCircle aria-hidden />}
                  disabled={files.removing === attachment.id}
                  aria-label={t('citizenCorrespondence.files.removeNamed', { name: attachment.fileName })}
                  onClick={() => void files.remove(attachment)}
                >
                  {t('citizenCorrespondence.files.remove')}
                </Button>
                {files.removeFailed === attachment.id ? (
                  <p className="tuki-upload-error-text" role="alert">
                    {t('citizenCorrespondence.files.removeFailed')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Fieldset>
  );
}

/** The id of the file input of a FilesField, for the error summary's links. */
export const filesInputId = (idPrefix: string) => `${idPrefix}-files`;
