// A decision's letter deliveries and payments in the case view: a compact block each. A letter returned to the
// sender stands out as an error notice; a payment rejected by the bank has its reason.

import { formatDate, formatEuros, Notice, useLanguage, useT } from '@tuki/ui';
import { StatusLabel } from 'hds-react';
import type { StaffApplication } from '../api.ts';
import { deliveryText, paymentText } from './delivery-payments.ts';
import { type DocumentRetention, retentionNote } from './retention.ts';

type Decision = StaffApplication['decisions'][number];

export function DecisionDeliveries({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  if (decision.deliveries.length === 0) return null;
  return (
    <div className="staff-decision-block" data-testid="decision-deliveries">
      <h3>{t('staffSentAndPaid.delivery.heading')}</h3>
      <ul className="staff-plain-list">
        {decision.deliveries.map((delivery, index) => {
          const text = deliveryText(delivery, t, language);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a decision's deliveries keep their order
            <li key={index} data-testid="delivery">
              <p className="staff-delivery-line">
                <span>{text.channel}</span>{' '}
                <StatusLabel type={text.label} data-testid="delivery-status">
                  {text.status}
                </StatusLabel>
              </p>
              {text.steps.length > 0 ? (
                <p className="staff-muted staff-delivery-steps">
                  {text.steps.map((step) => (
                    <span key={step.name}>
                      {step.name} {step.when}
                    </span>
                  ))}
                </p>
              ) : null}
              {text.returned ? (
                <Notice type="error" label={t('staffSentAndPaid.delivery.returnedTitle')} testId="returned">
                  {t('staffSentAndPaid.delivery.returnedBody')}
                </Notice>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function DecisionPayments({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  const payments = decision.payments;
  if (payments === undefined || (payments.length === 0 && decision.amountCents === 0)) return null;
  const headingId = `payments-heading-${decision.id}`;
  return (
    <div className="staff-decision-block" data-testid="decision-payments">
      <h3 id={headingId}>{t('staffSentAndPaid.payments.heading')}</h3>
      {payments.length === 0 ? (
        <p>{t('staffSentAndPaid.payments.none')}</p>
      ) : (
        <table className="staff-payments" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('staffSentAndPaid.payments.payee')}</th>
              <th scope="col" className="staff-amount">
                {t('staffSentAndPaid.payments.amount')}
              </th>
              <th scope="col">{t('staffSentAndPaid.payments.status')}</th>
              <th scope="col">{t('staffSentAndPaid.payments.paidOn')}</th>
            </tr>
          </thead>
          <tbody>
            {payments.map((payment, index) => {
              const text = paymentText(payment, t, language);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a decision's payments keep their order
                <tr key={index} data-testid="payment">
                  <td>{text.payee}</td>
                  <td className="staff-amount">{text.amount}</td>
                  <td>
                    <StatusLabel type={text.label}>{text.state}</StatusLabel>
                    {text.detail ? <span className="staff-payment-detail">{text.detail}</span> : null}
                  </td>
                  <td>{text.paidOn}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The payment commitments of a decision: number, payee, what it covers, the maximum, the validity, the document. */
export function DecisionCommitments({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  const commitments = decision.commitments ?? [];
  if (commitments.length === 0) return null;
  const headingId = `commitments-heading-${decision.id}`;
  return (
    <div className="staff-decision-block" data-testid="decision-commitments">
      <h3 id={headingId}>{t('staffSentAndPaid.commitments.heading')}</h3>
      <table className="staff-payments" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('staffSentAndPaid.commitments.number')}</th>
            <th scope="col">{t('staffSentAndPaid.commitments.payee')}</th>
            <th scope="col">{t('staffSentAndPaid.commitments.what')}</th>
            <th scope="col" className="staff-amount">
              {t('staffSentAndPaid.commitments.max')}
            </th>
            <th scope="col">{t('staffSentAndPaid.commitments.valid')}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => (
            <tr key={commitment.id} data-testid="commitment">
              <td>
                <a
                  href={`${commitment.documentUrl}?disposition=inline`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('staffSentAndPaid.commitments.download', { number: commitment.number })}
                >
                  {commitment.number}
                </a>
              </td>
              <td>{commitment.payeeName}</td>
              <td>
                {t(`staffSentAndPaid.commitments.kinds.${commitment.kind}`)}
                {commitment.covers ? `: ${commitment.covers}` : ''}
              </td>
              <td className="staff-amount">{formatEuros(commitment.maxAmountCents, language)}</td>
              <td>
                {t('staffSentAndPaid.commitments.period', {
                  from: formatDate(commitment.validFrom),
                  to: formatDate(commitment.validTo),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A document's publicity and retention in one line, where the case carries them. */
export function RetentionNote({ retention }: { retention: DocumentRetention | undefined }) {
  const t = useT();
  if (!retention) return null;
  return (
    <p className="staff-muted" data-testid="retention">
      {retentionNote(retention, t)}
    </p>
  );
}
