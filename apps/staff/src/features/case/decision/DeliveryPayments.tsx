// A decision's letter deliveries and payments in the case view: a compact block each. A letter returned to the
// sender stands out as an error notice; a payment rejected by the bank has its reason.

import { Notice, useLanguage, useT } from '@tuki/ui';
import { StatusLabel } from 'hds-react';
import type { StaffApplication } from '../api.ts';
import { deliveryText, paymentText } from './delivery-payments.ts';

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
