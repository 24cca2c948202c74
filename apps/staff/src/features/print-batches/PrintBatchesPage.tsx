// The mailing page (/print) for the handling roles: how many decision letters wait to be mailed on paper, the
// button that makes the day's print batch (one PDF, the letters marked mailed), the new batch's download link, and
// the earlier batches. Progress, the result and refusals are told in one polite live region, with the letters left
// waiting because their recipient has no name or postal address.

import { isApiProblem } from '@tuki/api-client';
import {
  formatFileSize,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { PrintBatchList } from './PrintBatchList.tsx';
import {
  isNothingToPrint,
  isOutcomeUnknown,
  isRecipientIncomplete,
  useCreatePrintBatch,
  usePrintQueue,
} from './print-batches-api.ts';
import './print-batches.css';

export function PrintBatchesPage() {
  const t = useT();
  const { language } = useLanguage();
  useDocumentTitle(t('printBatches.pageTitle'));
  const queue = usePrintQueue();
  const create = useCreatePrintBatch();

  const makeBatch = () => {
    // aria-disabled rather than disabled while working, so that the focus stays on the button.
    if (create.isPending) return;
    create.mutate();
  };

  const created = create.data;
  const error = create.error;
  const errorText = !error
    ? ''
    : isRecipientIncomplete(error) && isApiProblem(error)
      ? // The server's text, in this page's language (Accept-Language), names the letters.
        (error.detail ?? t('printBatches.failed'))
      : isNothingToPrint(error)
        ? t('printBatches.nothingToPrint')
        : isOutcomeUnknown(error)
          ? t('printBatches.unknownOutcome')
          : t('printBatches.failed');
  const errorTitle =
    error && isNothingToPrint(error)
      ? t('printBatches.nothingToPrintTitle')
      : error && isRecipientIncomplete(error)
        ? t('staffCorrespondence.recipient.heldBackTitle')
        : t('printBatches.failedTitle');
  const heldBack = created?.heldBack ?? [];

  return (
    <>
      <h1>{t('printBatches.title')}</h1>
      <p className="tuki-lead">{t('printBatches.intro')}</p>
      <p>{t('printBatches.duplex')}</p>

      <section aria-labelledby="print-queue-heading" className="tuki-section print-queue">
        <h2 id="print-queue-heading">{t('printBatches.queueHeading')}</h2>
        {queue.isPending ? <LoadingIndicator /> : null}
        {queue.isError && !queue.data ? (
          <Notice type="error" label={t('errors.unexpectedTitle')}>
            {t('printBatches.loadFailed')}
          </Notice>
        ) : null}
        {queue.data ? (
          <>
            <p className="print-queue-count" data-testid="print-queue-count">
              {t('printBatches.waiting', { count: queue.data.waiting })}
            </p>
            <p>
              {queue.data.oldestDecidedAt
                ? t('printBatches.oldest', {
                    dateTime: t('common.dateTime', helsinkiDateAndTime(queue.data.oldestDecidedAt, language)),
                  })
                : t('printBatches.noneWaiting')}
            </p>
          </>
        ) : null}
        <Button
          id="make-print-batch"
          variant={ButtonVariant.Primary}
          className="print-batch-button"
          aria-disabled={create.isPending}
          onClick={makeBatch}
          data-testid="make-print-batch"
        >
          {t('printBatches.create')}
        </Button>
        <div role="status" aria-live="polite" className="print-status" data-testid="print-status">
          {create.isPending ? <p>{t('printBatches.creating')}</p> : null}
          {!create.isPending && created ? (
            <p>{t('printBatches.created', { count: created.letters, pages: created.pages })}</p>
          ) : null}
          {!create.isPending && heldBack.length > 0 ? (
            <p className="print-error" data-testid="print-held-back">
              <strong>{t('staffCorrespondence.recipient.heldBackTitle')}:</strong>{' '}
              {t('staffCorrespondence.recipient.heldBack', {
                letters: heldBack
                  .map((letter) =>
                    t('staffCorrespondence.recipient.letter', {
                      reference: letter.referenceNumber ?? letter.decisionId,
                      missing: letter.missing
                        .map((part) => t(`staffCorrespondence.recipient.parts.${part}`))
                        .join(', '),
                    }),
                  )
                  .join('; '),
              })}
            </p>
          ) : null}
          {!create.isPending && error ? (
            <p className="print-error">
              <strong>{errorTitle}:</strong> {errorText}
            </p>
          ) : null}
        </div>
        {created && !create.isPending ? (
          <section aria-labelledby="print-result-heading" className="print-result" data-testid="print-result">
            <h3 id="print-result-heading">{t('printBatches.resultHeading')}</h3>
            <p>
              <a href={created.documentUrl} download data-testid="print-result-download">
                {t('printBatches.download', { size: formatFileSize(created.sizeBytes, language) })}
              </a>
            </p>
          </section>
        ) : null}
      </section>

      <PrintBatchList />
    </>
  );
}
