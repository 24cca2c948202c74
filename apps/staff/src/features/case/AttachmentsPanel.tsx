// The attachments of the case: each can be downloaded, and images and PDFs can be shown inline on the page
// (an <img>, or the browser's PDF viewer in an <iframe>), except a PDF with active content, which is only offered
// as a download, with a warning. Every download and view is audited by the server.

import { type AttachmentCategory, isAttachmentCategory } from '@tuki/domain';
import { formatFileSize, useLanguage, useT } from '@tuki/ui';
import {
  Button,
  ButtonSize,
  ButtonVariant,
  IconAlertCircle,
  IconDownload,
  IconEye,
  IconEyeCrossed,
} from 'hds-react';
import { useState } from 'react';
import { attachmentUrl, type CaseAttachment } from './api.ts';
import { CasePanel } from './CasePanel.tsx';
import { RetentionNote } from './decision/DeliveryPayments.tsx';

const servable = ['clean', 'unscanned'];
const categoryOf = (value: string): AttachmentCategory => (isAttachmentCategory(value) ? value : 'other');

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'image/heif': 'HEIF',
  'image/webp': 'WebP',
};
/** What the browser can show inline (HEIC/HEIF it cannot). */
const viewable = (mediaType: string) =>
  ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'].includes(mediaType);

export function AttachmentsPanel({ attachments }: { attachments: readonly CaseAttachment[] }) {
  const t = useT();
  return (
    <CasePanel name="attachments" heading={t('caseWork.attachments.heading')}>
      {attachments.length === 0 ? (
        <p>{t('caseWork.attachments.none')}</p>
      ) : (
        <ul className="staff-attachments">
          {attachments.map((attachment) => (
            <AttachmentItem key={attachment.id} attachment={attachment} />
          ))}
        </ul>
      )}
    </CasePanel>
  );
}

function AttachmentItem({ attachment }: { attachment: CaseAttachment }) {
  const t = useT();
  const { language } = useLanguage();
  const [shown, setShown] = useState(false);
  const name = attachment.fileName;
  const canServe = servable.includes(attachment.scanStatus);
  const hasActiveContent = attachment.activeContent.length > 0;
  const previewId = `preview-${attachment.id}`;
  return (
    <li className="staff-attachment" data-testid="attachment">
      <div className="staff-attachment-head">
        <span className="staff-attachment-name">{name}</span>
        <span className="staff-attachment-meta">
          {t(`application.attachments.categories.${categoryOf(attachment.category)}.title`)}
          {' – '}
          {typeNames[attachment.mediaType] ?? attachment.mediaType},{' '}
          {formatFileSize(attachment.sizeBytes, language)}
        </span>
      </div>
      <RetentionNote retention={attachment.retention} />
      {hasActiveContent ? (
        <p className="staff-attachment-warning" data-testid="active-content-warning">
          <IconAlertCircle aria-hidden />
          {t('caseWork.attachments.activeContent')}
        </p>
      ) : null}
      {canServe ? (
        <div className="staff-actions">
          {viewable(attachment.mediaType) && !hasActiveContent ? (
            <Button
              size={ButtonSize.Small}
              variant={ButtonVariant.Secondary}
              iconStart={shown ? <IconEyeCrossed aria-hidden /> : <IconEye aria-hidden />}
              aria-expanded={shown}
              aria-controls={shown ? previewId : undefined}
              onClick={() => setShown(!shown)}
            >
              {shown ? t('caseWork.attachments.hide', { name }) : t('caseWork.attachments.show', { name })}
            </Button>
          ) : null}
          <a className="staff-download" href={attachmentUrl(attachment.id)} download={name}>
            <IconDownload aria-hidden />
            {t('caseWork.attachments.download', { name })}
          </a>
        </div>
      ) : (
        <p>{t('caseWork.attachments.notServable')}</p>
      )}
      {shown && canServe && !hasActiveContent ? (
        <div id={previewId} className="staff-preview">
          {attachment.mediaType === 'application/pdf' ? (
            <iframe
              src={attachmentUrl(attachment.id, true)}
              title={t('caseWork.attachments.preview', { name })}
              className="staff-preview-pdf"
            />
          ) : (
            <img src={attachmentUrl(attachment.id, true)} alt={t('caseWork.attachments.preview', { name })} />
          )}
        </div>
      ) : null}
    </li>
  );
}
