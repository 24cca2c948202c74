// The client's and the spouse's other cases, newest first: reference number (a link to the case), whose, month,
// kind, status, and the latest decision's outcome and amount. The server audits every case it lists.

import { formatEuros, formatMonth, useLanguage, useT } from '@tuki/ui';
import { Link } from 'react-router';
import { StaffTable } from '../common/StaffTable.tsx';
import { statusText } from '../common/status.tsx';
import { CasePanel } from './CasePanel.tsx';
import type { RelatedCases } from './duplicates-api.ts';

export function ClientHistoryPanel({
  related,
}: {
  related: { data: RelatedCases | undefined; isError: boolean };
}) {
  const t = useT();
  const { language } = useLanguage();
  const history = related.data?.history;
  return (
    <CasePanel name="client-history" heading={t('caseWork.clientHistory.heading')} testId="client-history">
      {related.isError ? <p>{t('caseWork.duplicates.loadFailed')}</p> : null}
      <StaffTable
        testId="client-history-table"
        caption={t('caseWork.clientHistory.caption')}
        columns={[
          t('caseWork.clientHistory.referenceNumber'),
          t('caseWork.clientHistory.person'),
          t('caseWork.clientHistory.month'),
          t('caseWork.clientHistory.kind'),
          t('caseWork.clientHistory.status'),
          t('caseWork.clientHistory.outcome'),
          { label: t('caseWork.clientHistory.amount'), className: 'staff-number' },
        ]}
        rows={history}
        empty={t('caseWork.clientHistory.none')}
      >
        {(entry) => (
          <tr key={entry.id} data-testid="client-history-row">
            <th scope="row">
              <Link to={`/applications/${entry.id}`}>{entry.referenceNumber ?? entry.id}</Link>
            </th>
            <td>
              {entry.person.firstName} {entry.person.lastName} (
              {entry.whose === 'applicant'
                ? t('caseWork.clientHistory.applicant')
                : t('caseWork.clientHistory.spouse')}
              )
            </td>
            <td>{entry.month ? formatMonth(entry.month, language) : t('caseWork.clientHistory.noMonth')}</td>
            <td>{t(`application.kind.${entry.kind}`)}</td>
            <td>{statusText(t, entry.status)}</td>
            <td>
              {entry.decision
                ? t(`decisions.outcome.${entry.decision.outcome}`)
                : t('caseWork.clientHistory.noDecision')}
            </td>
            <td className="staff-number">
              {entry.decision ? formatEuros(entry.decision.amountCents, language) : ''}
            </td>
          </tr>
        )}
      </StaffTable>
    </CasePanel>
  );
}
