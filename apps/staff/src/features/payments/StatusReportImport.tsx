// The bank's status report (pain.002) for the payment approver: a file field and the button that reads it in. The
// result names the report, says when it had been read in already, counts the payments the bank accepted and
// rejected, and lists the rejected ones with the bank's reasons (and any payment id of the report not in the batch).

import { isApiProblem } from '@tuki/api-client';
import { formatEuros, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { type FormEvent, useRef, useState } from 'react';
import { problemCode } from './payment-rules.ts';
import {
  type ImportedStatusReport,
  type Payment,
  useImportStatusReport,
  usePayments,
} from './payments-api.ts';

export function StatusReportImport() {
  const t = useT();
  const importReport = useImportStatusReport();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');
  const [missingFile, setMissingFile] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (importReport.isPending) return;
    const file = fileRef.current?.files?.[0];
    setMissingFile(!file);
    if (!file) return;
    setFileName(file.name);
    importReport.mutate(file);
  };

  const error = importReport.error;
  const code = problemCode(error);
  const errorText = !error
    ? ''
    : isApiProblem(error, 422)
      ? t('payments.report.notAReport')
      : code === 'payment-batch-not-exported'
        ? t('payments.report.notExported')
        : isApiProblem(error, 413)
          ? t('payments.report.tooLarge')
          : isApiProblem(error) && error.detail
            ? error.detail
            : t('payments.report.failed');

  return (
    <section aria-labelledby="status-report-heading" className="tuki-section">
      <h2 id="status-report-heading">{t('payments.report.heading')}</h2>
      <p>{t('payments.report.intro')}</p>
      <form onSubmit={submit} className="payments-report-form" noValidate>
        <div className="payments-file">
          <label htmlFor="status-report-file">{t('payments.report.file')}</label>
          <input
            id="status-report-file"
            ref={fileRef}
            type="file"
            accept=".xml,application/xml,text/xml"
            aria-invalid={missingFile || undefined}
            aria-describedby={missingFile ? 'status-report-file-error' : undefined}
            onChange={() => setMissingFile(false)}
          />
          {missingFile ? (
            <p id="status-report-file-error" className="payments-field-error">
              {t('payments.report.chooseFirst')}
            </p>
          ) : null}
        </div>
        <Button
          type="submit"
          id="import-status-report"
          variant={ButtonVariant.Primary}
          aria-disabled={importReport.isPending}
          data-testid="import-status-report"
        >
          {t('payments.report.submit')}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="payments-status" data-testid="status-report-status">
        {importReport.isPending ? <p>{t('payments.report.importing')}</p> : null}
        {!importReport.isPending && error ? (
          <p className="payments-error">
            <strong>{t('payments.report.failedTitle')}: </strong>
            {errorText}
          </p>
        ) : null}
        {!importReport.isPending && importReport.data ? (
          <ImportResult report={importReport.data} fileName={fileName} />
        ) : null}
      </div>
    </section>
  );
}

/** The bank's reason of a rejection: its text, which names the code, or the code with the text. */
function bankReason(payment: Payment): string {
  const code = payment.rejectionCode ?? '';
  const text = payment.rejectionReason ?? '';
  return text.includes(code) ? text || '–' : `${code} ${text}`.trim();
}

function ImportResult({ report, fileName }: { report: ImportedStatusReport; fileName: string }) {
  const t = useT();
  const { language } = useLanguage();
  const rejected = usePayments({ batch: report.batchId, status: 'rejected' }, report.rejected > 0);
  const rows = rejected.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="payments-result" data-testid="status-report-result">
      <h3>{t('payments.report.resultHeading', { file: fileName })}</h3>
      {report.alreadyImported ? (
        <p className="payments-already" data-testid="status-report-already">
          {t('payments.report.alreadyImported')}
        </p>
      ) : null}
      <p data-testid="status-report-counts">
        {t('payments.report.counts', {
          accepted: report.accepted,
          rejected: report.rejected,
          pending: report.pending,
        })}
      </p>
      {report.rejected > 0 && rows.length > 0 ? (
        <>
          <h4>{t('payments.report.rejectedHeading')}</h4>
          <ul data-testid="status-report-rejected">
            {rows.map((payment) => (
              <li key={payment.id}>
                {payment.payeeName}, {formatEuros(payment.amountCents, language)}, {payment.remittance}:{' '}
                {t('payments.report.rejectedReason', { reason: bankReason(payment) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.unmatched.length > 0 ? (
        <p>{t('payments.report.unmatched', { ids: report.unmatched.join(', ') })}</p>
      ) : null}
    </div>
  );
}
