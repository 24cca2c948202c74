// Step 10: attachments by category: the general ones always, those of a declared cost (electricity, insurance, the
// sauna fee, a detached house's costs) when it is declared. A plain file input per category (the phone may offer its camera), drag and
// drop, several files at once; a progress bar, cancel and retry per file; errors in the user's language; the
// files already sent with their name, size and type, and a button to delete each.

import { useQueryClient } from '@tanstack/react-query';
import { attachmentCategoriesAsked } from '@tuki/domain';
import { useApi, useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant, IconCrossCircle, IconError } from 'hds-react';
import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { type Attachment, deleteApplicationAttachment, myApplicationQueryKey } from '../api/applications.ts';
import { type AttachmentCategory, attachmentCategories, MAX_FILE_BYTES, MAX_FILES } from '../api/upload.ts';
import type { SummaryItem } from '../form/error-summary.tsx';
import { useDraft } from '../form/form-context.tsx';
import { StepForm } from '../form/StepForm.tsx';
import { FileDetails, FileInput } from './file-parts.tsx';
import { UploadRow } from './UploadRow.tsx';
import { type UploadItem, useUploads } from './useUploads.ts';

const maxMegabytes = Math.round(MAX_FILE_BYTES / (1024 * 1024));

export function AttachmentsStep() {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const { applicationId, application, content } = useDraft();
  const [announcement, setAnnouncement] = useState('');
  const [removedInfected, setRemovedInfected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<string | undefined>();
  const [deleteFailed, setDeleteFailed] = useState<string | undefined>();
  const attachments = application.attachments;
  // The general categories, those of the costs declared, and any category that already has a file (a cost
  // removed later keeps its files in sight, so that they can be deleted).
  const asked = new Set<AttachmentCategory>(attachmentCategoriesAsked(content));
  const categories = attachmentCategories.filter(
    (category) => asked.has(category) || attachments.some((attachment) => attachment.category === category),
  );

  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(applicationId) }),
    [applicationId, queryClient],
  );

  const uploads = useUploads({
    applicationId,
    attachmentCount: attachments.length,
    onUploaded: (attachment) => {
      setAnnouncement(t('application.attachments.uploaded', { name: attachment.fileName }));
      void refresh();
    },
  });

  // While the virus scan is pending, look again every few seconds; a file found infected is removed by the server.
  const pending = attachments.filter((attachment) => attachment.scanStatus === 'pending');
  const pendingNames = useRef(new Map<string, string>());
  useEffect(() => {
    const before = pendingNames.current;
    const infected: string[] = [];
    for (const [id, name] of before) {
      const now = attachments.find((attachment) => attachment.id === id);
      if (!now || now.scanStatus === 'infected') infected.push(name);
    }
    if (infected.length > 0) {
      setRemovedInfected((current) => [...current, ...infected]);
      setAnnouncement(t('upload.infected'));
    }
    pendingNames.current = new Map(pending.map((attachment) => [attachment.id, attachment.fileName]));
  }, [attachments, pending, t]);
  useEffect(() => {
    if (pending.length === 0) return;
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [pending.length, refresh]);

  const remove = async (attachment: Attachment) => {
    setDeleting(attachment.id);
    setDeleteFailed(undefined);
    try {
      await deleteApplicationAttachment(api, applicationId, attachment.id);
      setAnnouncement(t('application.attachments.deleted', { name: attachment.fileName }));
      await refresh();
    } catch {
      setDeleteFailed(attachment.id);
    } finally {
      setDeleting(undefined);
    }
  };

  const blockingIssues = (): SummaryItem[] => {
    const sending = uploads.items.find((item) => item.state === 'uploading');
    return sending
      ? [{ fieldId: `${sending.key}-cancel`, text: t('application.attachments.stillUploading') }]
      : [];
  };

  return (
    <StepForm step="attachments" blockingIssues={blockingIssues}>
      <p>{t('application.attachments.allowed', { maxMegabytes, max: MAX_FILES })}</p>
      <p role="status" className="tuki-visually-hidden">
        {announcement}
      </p>
      {removedInfected.length > 0 ? (
        <div className="tuki-upload-error" role="alert">
          <IconError aria-hidden />
          <p>
            {t('upload.infected')} ({removedInfected.join(', ')})
          </p>
        </div>
      ) : null}
      {categories.map((category) => (
        <CategorySection
          key={category}
          category={category}
          attachments={attachments.filter((attachment) => attachment.category === category)}
          uploads={uploads.items.filter((item) => item.category === category)}
          onFiles={(files) => uploads.addFiles(category, files)}
          onCancel={uploads.cancel}
          onRetry={uploads.retry}
          onDismiss={uploads.dismiss}
          onDelete={(attachment) => void remove(attachment)}
          deleting={deleting}
          deleteFailed={deleteFailed}
        />
      ))}
    </StepForm>
  );
}

function CategorySection({
  category,
  attachments,
  uploads,
  onFiles,
  onCancel,
  onRetry,
  onDismiss,
  onDelete,
  deleting,
  deleteFailed,
}: {
  category: AttachmentCategory;
  attachments: readonly Attachment[];
  uploads: readonly UploadItem[];
  onFiles: (files: File[]) => void;
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
  onDelete: (attachment: Attachment) => void;
  deleting: string | undefined;
  deleteFailed: string | undefined;
}) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const inputId = `attachments-${category}`;
  const headingId = `attachments-${category}-heading`;
  const title = t(`application.attachments.categories.${category}.title`);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section aria-labelledby={headingId} className="tuki-attachment-category">
      <h2 id={headingId}>{title}</h2>
      <p id={`${inputId}-help`}>{t(`application.attachments.categories.${category}.help`)}</p>
      {/* Dropping files is an extra for mouse users; the file input inside is the way for everyone else. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target, not a control */}
      <div
        className={`tuki-dropzone${dragging ? ' tuki-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <FileInput
          id={inputId}
          buttonText={t('application.attachments.choose')}
          ariaLabel={`${t('application.attachments.choose')}: ${title}`}
          onFiles={onFiles}
        />
        <span className="tuki-dropzone-hint">{t('application.attachments.dropHere')}</span>
      </div>

      {uploads.length > 0 ? (
        <ul className="tuki-upload-list">
          {uploads.map((item) => (
            <li key={item.key}>
              <UploadRow item={item} onCancel={onCancel} onRetry={onRetry} onDismiss={onDismiss} />
            </li>
          ))}
        </ul>
      ) : null}

      {attachments.length > 0 ? (
        <>
          <h3 className="tuki-attachment-list-heading">
            {t('application.attachments.sentHeading', { category: title })}
          </h3>
          <ul className="tuki-attachment-list">
            {attachments.map((attachment) => (
              <li key={attachment.id}>
                <FileDetails
                  file={attachment}
                  note={
                    attachment.scanStatus === 'pending' ? t('application.attachments.scanning') : undefined
                  }
                />
                <Button
                  type="button"
                  variant={ButtonVariant.Supplementary}
                  size={ButtonSize.Small}
                  iconStart={<IconCrossCircle aria-hidden />}
                  disabled={deleting === attachment.id}
                  aria-label={t('application.attachments.deleteNamed', { name: attachment.fileName })}
                  onClick={() => onDelete(attachment)}
                >
                  {t('application.attachments.delete')}
                </Button>
                {deleteFailed === attachment.id ? (
                  <p className="tuki-upload-error-text">{t('application.attachments.deleteFailed')}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
