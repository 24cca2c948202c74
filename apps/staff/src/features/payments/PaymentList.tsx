// The decisions' payments, newest first, filtered by status (by default those waiting for a batch): amount, payee,
// reference, due date, status (with the bank's reason code of a rejection) and the link to the decision's case for
// those who handle cases. The filter is kept in the URL (?status=).

import { formatDate, formatEuros, LoadingIndicator, Notice, useLanguage, useT } from '@tuki/ui';
import { RadioButton, SelectionGroup } from 'hds-react';
import { Link, useSearchParams } from 'react-router';
import { ShowMoreButton } from '../common/ShowMoreButton.tsx';
import { StaffTable } from '../common/StaffTable.tsx';
import { type PaymentStatus, paymentStatuses } from './payment-rules.ts';
import { usePayments } from './payments-api.ts';

type Filter = PaymentStatus | 'all';

export function PaymentList({ opensCases }: { opensCases: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('status');
  const filter: Filter =
    asked === 'all' || paymentStatuses.includes(asked as PaymentStatus) ? (asked as Filter) : 'proposed';
  const payments = usePayments(filter === 'all' ? {} : { status: filter });
  const items = payments.data?.pages.flatMap((page) => page.items);
  const choose = (next: Filter) => setSearch({ status: next }, { replace: true });

  return (
    <section aria-labelledby="payments-list-heading" className="tuki-section">
      <h2 id="payments-list-heading">{t('payments.list.heading')}</h2>
      <SelectionGroup label={t('payments.list.filter')} direction="horizontal" className="payments-filter">
        {(['all', ...paymentStatuses] as const).map((option) => (
          <RadioButton
            key={option}
            id={`payment-status-${option}`}
            name="payment-status"
            value={option}
            label={option === 'all' ? t('payments.list.all') : t(`payments.list.status.${option}`)}
            checked={filter === option}
            onChange={() => choose(option)}
          />
        ))}
      </SelectionGroup>
      {payments.isPending ? <LoadingIndicator /> : null}
      {payments.isError && !payments.data ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('payments.list.loadFailed')}
        </Notice>
      ) : null}
      <StaffTable
        testId="payment-table"
        texts="payments.list.table"
        columns={['amount', 'payee', 'reference', 'dueDate', 'status', 'decision']}
        rows={items}
        empty={t('payments.list.none')}
      >
        {(payment) => {
          const amount = formatEuros(payment.amountCents, language);
          return (
            <tr key={payment.id} data-testid="payment-row" data-payment-id={payment.id}>
              <td className="payments-money">{amount}</td>
              <th scope="row">{payment.payeeName}</th>
              <td>{payment.remittance}</td>
              <td>
                <time dateTime={payment.dueDate}>{formatDate(payment.dueDate)}</time>
              </td>
              <td>
                {payment.status === 'rejected' && payment.rejectionCode
                  ? t('payments.list.rejectedWith', { code: payment.rejectionCode })
                  : t(`payments.list.status.${payment.status}`)}
              </td>
              <td>
                {opensCases ? (
                  <Link to={`/applications/${payment.applicationId}`}>
                    {t('payments.list.openDecision')}
                    <span className="tuki-visually-hidden">
                      {`, ${t('payments.list.openDecisionContext', { payee: payment.payeeName, amount })}`}
                    </span>
                  </Link>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          );
        }}
      </StaffTable>
      <ShowMoreButton query={payments} label={t('payments.list.showMore')} />
    </section>
  );
}
