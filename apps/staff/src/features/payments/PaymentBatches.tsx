// The payment batches, newest first: "Propose today's batch" (confirmed in a dialog), and for the payment approver
// "Approve" on a proposed batch and "Download the payment file" on an approved or exported one. A batch the user
// proposed, or one the server refused because it pays the user's own decision, says why it is not theirs to
// approve instead of offering the button. Results and refusals are told in one polite live region.

import type { StaffSession } from '@tuki/api-client';
import { isApiProblem } from '@tuki/api-client';
import { formatDate, formatEuros, LoadingIndicator, Notice, useLanguage, useT } from '@tuki/ui';
import { DangerDialog } from '@tuki/ui/dialog';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useRef, useState } from 'react';
import { ShowMoreButton } from '../common/ShowMoreButton.tsx';
import { StaffTable } from '../common/StaffTable.tsx';
import { approvesPayments, helsinkiToday, isOutcomeUnknown, problemCode } from './payment-rules.ts';
import {
  type PaymentBatch,
  useApprovePaymentBatch,
  useDownloadPaymentFile,
  usePaymentBatches,
  useProposePaymentBatch,
} from './payments-api.ts';

type Message = { kind: 'success' | 'error'; title?: string; text: string };

export function PaymentBatches({ staffUser }: { staffUser: StaffSession['staffUser'] }) {
  const t = useT();
  const { language } = useLanguage();
  const approver = approvesPayments(staffUser.roles);
  const batches = usePaymentBatches();
  const propose = useProposePaymentBatch();
  const approve = useApprovePaymentBatch();
  const download = useDownloadPaymentFile();
  const [dialogOpen, setDialogOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [today] = useState(() => helsinkiToday());
  const [message, setMessage] = useState<Message | null>(null);
  /** Batches the server refused to let this user approve, as it pays a decision they made. */
  const [ownDecisions, setOwnDecisions] = useState<ReadonlySet<string>>(new Set());
  const items = batches.data?.pages.flatMap((page) => page.items);
  const busy = propose.isPending || approve.isPending || download.isPending;
  const money = (cents: number) => formatEuros(cents, language);
  const context = (batch: PaymentBatch) =>
    t('payments.batches.rowContext', {
      date: formatDate(batch.executionDate),
      sum: money(batch.controlSumCents),
    });

  const confirmProposal = () => {
    if (propose.isPending) return;
    setMessage(null);
    propose.mutate(today, {
      onSuccess: (batch) => {
        setDialogOpen(false);
        setMessage({
          kind: 'success',
          text: t('payments.batches.proposed', { count: batch.payments, sum: money(batch.controlSumCents) }),
        });
      },
      onError: (error) => {
        setDialogOpen(false);
        const code = problemCode(error);
        setMessage(
          code === 'nothing-to-pay'
            ? {
                kind: 'error',
                title: t('payments.batches.nothingToPayTitle'),
                text: t('payments.batches.nothingToPay', { date: formatDate(today) }),
              }
            : {
                kind: 'error',
                title: t('payments.batches.proposeFailedTitle'),
                text: isOutcomeUnknown(error)
                  ? t('payments.batches.unknownOutcome')
                  : t('payments.batches.proposeFailed'),
              },
        );
      },
    });
  };

  const approveBatch = (batch: PaymentBatch) => {
    if (busy) return;
    setMessage(null);
    approve.mutate(batch, {
      onSuccess: () =>
        setMessage({
          kind: 'success',
          text: t('payments.batches.approved', { date: formatDate(batch.executionDate) }),
        }),
      onError: (error) => {
        const code = problemCode(error);
        if (code === 'cannot-approve-own-decision') setOwnDecisions((ids) => new Set([...ids, batch.id]));
        setMessage({
          kind: 'error',
          title: t('payments.batches.approveFailedTitle'),
          text:
            code === 'cannot-approve-own-batch'
              ? t('payments.batches.ownBatch')
              : code === 'cannot-approve-own-decision'
                ? t('payments.batches.ownDecision')
                : code === 'payment-batch-not-proposed'
                  ? t('payments.batches.notProposed')
                  : isApiProblem(error) && error.detail
                    ? error.detail
                    : t('payments.batches.approveFailed'),
        });
      },
    });
  };

  const downloadFile = (batch: PaymentBatch) => {
    if (busy) return;
    setMessage(null);
    download.mutate(batch, {
      onSuccess: (file) => setMessage({ kind: 'success', text: t('payments.batches.downloaded', { file }) }),
      onError: (error) =>
        setMessage({
          kind: 'error',
          title: t('payments.batches.downloadFailedTitle'),
          text:
            problemCode(error) === 'payments-not-configured'
              ? t('payments.batches.notConfigured')
              : isApiProblem(error) && error.detail
                ? error.detail
                : t('payments.batches.downloadFailed'),
        }),
    });
  };

  const actions = (batch: PaymentBatch) => {
    if (batch.status !== 'proposed') {
      if (!approver) return null;
      return (
        <Button
          size={ButtonSize.Small}
          variant={ButtonVariant.Secondary}
          aria-disabled={busy}
          aria-label={`${t('payments.batches.download')}, ${context(batch)}`}
          onClick={() => downloadFile(batch)}
          data-testid="download-payment-file"
        >
          {t('payments.batches.download')}
        </Button>
      );
    }
    if (!approver) return <span>{t('payments.batches.waitsForApprover')}</span>;
    if (batch.createdBy === staffUser.id)
      return <span data-testid="not-approvable">{t('payments.batches.ownBatch')}</span>;
    if (ownDecisions.has(batch.id))
      return <span data-testid="not-approvable">{t('payments.batches.ownDecision')}</span>;
    return (
      <Button
        size={ButtonSize.Small}
        variant={ButtonVariant.Primary}
        aria-disabled={busy}
        aria-label={`${t('payments.batches.approve')}, ${context(batch)}`}
        onClick={() => approveBatch(batch)}
        data-testid="approve-payment-batch"
      >
        {t('payments.batches.approve')}
      </Button>
    );
  };

  return (
    <section aria-labelledby="payment-batches-heading" className="tuki-section">
      <h2 id="payment-batches-heading">{t('payments.batches.heading')}</h2>
      <Button
        id="propose-payment-batch"
        ref={openerRef}
        variant={ButtonVariant.Primary}
        onClick={() => setDialogOpen(true)}
        data-testid="propose-payment-batch"
      >
        {t('payments.batches.propose')}
      </Button>
      <DangerDialog
        id="propose-payment-batch-dialog"
        title={t('payments.batches.dialogTitle')}
        body={t('payments.batches.dialogBody', { date: formatDate(today) })}
        isOpen={dialogOpen}
        close={() => setDialogOpen(false)}
        openerRef={openerRef}
        actions={
          <>
            <Button
              variant={ButtonVariant.Primary}
              aria-disabled={propose.isPending}
              onClick={confirmProposal}
              data-testid="confirm-payment-batch"
            >
              {t('payments.batches.confirm')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setDialogOpen(false)}>
              {t('payments.batches.cancel')}
            </Button>
          </>
        }
      />
      <div role="status" aria-live="polite" className="payments-status" data-testid="payment-batch-status">
        {propose.isPending ? <p>{t('payments.batches.proposing')}</p> : null}
        {approve.isPending ? <p>{t('payments.batches.approving')}</p> : null}
        {download.isPending ? <p>{t('payments.batches.downloading')}</p> : null}
        {!busy && message ? (
          <p className={message.kind === 'error' ? 'payments-error' : 'payments-success'}>
            {message.title ? <strong>{message.title}: </strong> : null}
            {message.text}
          </p>
        ) : null}
      </div>
      {batches.isPending ? <LoadingIndicator /> : null}
      {batches.isError && !batches.data ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('payments.batches.loadFailed')}
        </Notice>
      ) : null}
      <StaffTable
        testId="payment-batch-table"
        texts="payments.batches.table"
        columns={['executionDate', 'payments', 'sum', 'status', 'maker', 'approver', 'actions']}
        rows={items}
        empty={t('payments.batches.none')}
      >
        {(batch) => (
          <tr key={batch.id} data-testid="payment-batch-row" data-batch-id={batch.id}>
            <th scope="row">
              <time dateTime={batch.executionDate}>{formatDate(batch.executionDate)}</time>
            </th>
            <td>{batch.payments}</td>
            <td className="payments-money">{money(batch.controlSumCents)}</td>
            <td>{t(`payments.batches.status.${batch.status}`)}</td>
            <td>{batch.createdBy === null ? t('payments.batches.systemMaker') : batch.createdByName}</td>
            <td>{batch.approvedByName ?? '–'}</td>
            <td className="payments-actions">{actions(batch)}</td>
          </tr>
        )}
      </StaffTable>
      <ShowMoreButton query={batches} label={t('payments.batches.showMore')} />
    </section>
  );
}
