// One file being sent (progress bar and cancel) or one that failed (the reason in the user's language, retry and
// dismiss): shared by the attachments step and the correspondence forms.

import { formatFileSize, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant, IconCross, IconError } from 'hds-react';
import {
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_IMAGE_MEGAPIXELS,
  MAX_INFLATED_MEGABYTES,
  type UploadFailure,
} from '../api/upload.ts';
import { isRetryable, type UploadItem } from './useUploads.ts';

const maxMegabytes = Math.round(MAX_FILE_BYTES / (1024 * 1024));

/** Texts of failures that differ where the row is used. */
export interface UploadFailureTexts {
  tooMany?: string;
  /** A 409 other than "too many": the application takes no more files. */
  notDraft?: string;
}

/** The failure in the user's language: always a text of ours, never the server's `detail` (which may be English). */
export function failureText(
  t: ReturnType<typeof useT>,
  failure: UploadFailure | undefined,
  texts: UploadFailureTexts = {},
): string {
  switch (failure) {
    case 'tooLarge':
      return t('upload.tooLarge', { maxMegabytes });
    case 'unsupportedType':
      return t('upload.unsupportedType');
    case 'empty':
      return t('upload.empty');
    case 'infected':
      return t('upload.infected');
    case 'tooManyPixels':
      return t('upload.tooManyPixels', { maxMegapixels: MAX_IMAGE_MEGAPIXELS });
    case 'inflatesTooMuch':
      return t('upload.inflatesTooMuch', { maxMegabytes: MAX_INFLATED_MEGABYTES });
    case 'tooMany':
      return texts.tooMany ?? t('upload.tooMany', { max: MAX_FILES });
    case 'aborted':
      return t('application.attachments.cancelled');
    case 'sessionExpired':
      return t('errors.sessionExpired');
    case 'interrupted':
      return t('upload.interrupted');
    case 'notDraft':
      return texts.notDraft ?? t('application.locked.body');
    case 'scannerUnavailable':
      return t('upload.scannerUnavailable');
    default:
      return t('upload.failed');
  }
}

export function UploadRow({
  item,
  onCancel,
  onRetry,
  onDismiss,
  texts,
}: {
  item: UploadItem;
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
  /** Texts of failures that differ where the row is used. */
  texts?: UploadFailureTexts;
}) {
  const t = useT();
  const { language } = useLanguage();
  const name = item.file.name;
  if (item.state === 'uploading') {
    return (
      <div className="tuki-upload">
        <label htmlFor={`${item.key}-progress`} className="tuki-upload-label">
          {t('application.attachments.uploading', { name })}
        </label>
        <div className="tuki-upload-progress">
          <progress id={`${item.key}-progress`} max={100} value={item.percent}>
            {item.percent} %
          </progress>
          <span aria-hidden>{item.percent} %</span>
        </div>
        <Button
          id={`${item.key}-cancel`}
          type="button"
          variant={ButtonVariant.Supplementary}
          size={ButtonSize.Small}
          iconStart={<IconCross aria-hidden />}
          aria-label={t('application.attachments.cancelNamed', { name })}
          onClick={() => onCancel(item.key)}
        >
          {t('application.attachments.cancel')}
        </Button>
      </div>
    );
  }
  return (
    <div className="tuki-upload tuki-upload--failed" role="alert">
      <p className="tuki-upload-error-text">
        <IconError aria-hidden />
        <span>
          <strong>
            {name} ({formatFileSize(item.file.size, language)})
          </strong>
          : {failureText(t, item.failure, texts)}
        </span>
      </p>
      <div className="tuki-upload-actions">
        {isRetryable(item.failure) ? (
          <Button
            type="button"
            variant={ButtonVariant.Secondary}
            size={ButtonSize.Small}
            aria-label={t('application.attachments.retryNamed', { name })}
            onClick={() => onRetry(item.key)}
          >
            {t('application.attachments.retry')}
          </Button>
        ) : null}
        <Button
          type="button"
          variant={ButtonVariant.Supplementary}
          size={ButtonSize.Small}
          iconStart={<IconCross aria-hidden />}
          aria-label={t('application.attachments.dismissNamed', { name })}
          onClick={() => onDismiss(item.key)}
        >
          {t('application.attachments.dismiss')}
        </Button>
      </div>
    </div>
  );
}
