// The client's and the spouse's other cases, newest first: reference number (a link to the case), whose, month,
// kind, status, and the latest decision's outcome and amount. The server audits every case it lists.

import { formatEuros, formatMonth, useLanguage, useT } from '@tuki/ui';
import { Link } from 'react-router';
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
      {history && history.length === 0 ? <p>{t('caseWork.clientHistory.none')}</p> : null}
      {history && history.length > 0 ? (
        <div className="staff-table-wrapper">
          <table className="staff-table" data-testid="client-history-table">
            <caption>{t('caseWork.clientHistory.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseWork.clientHistory.referenceNumber')}</th>
                <th scope="col">{t('caseWork.clientHistory.person')}</th>
                <th scope="col">{t('caseWork.clientHistory.month')}</th>
                <th scope="col">{t('caseWork.clientHistory.kind')}</th>
                <th scope="col">{t('caseWork.clientHistory.status')}</th>
                <th scope="col">{t('caseWork.clientHistory.outcome')}</th>
                <th scope="col" className="staff-number">
                  {t('caseWork.clientHistory.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
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
                  <td>
                    {entry.month ? formatMonth(entry.month, language) : t('caseWork.clientHistory.noMonth')}
                  </td>
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
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </CasePanel>
  );
}
