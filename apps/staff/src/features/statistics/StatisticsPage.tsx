// The processing-time statistics (/statistics) for supervisors, loaded when first visited: the period, the chart
// of decisions per month with the late share, the table with every figure, and the CSV file for a spreadsheet.
// Other staff see that the page is not for them.

import type { StaffSession } from '@tuki/api-client';
import { formatMonthInText, LoadingIndicator, Notice, useDocumentTitle, useLanguage, useT } from '@tuki/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isSupervisor } from '../session/index.ts';
import { PeriodForm } from './PeriodForm.tsx';
import { StatisticsChart } from './StatisticsChart.tsx';
import { StatisticsTable } from './StatisticsTable.tsx';
import { csvUrl, type Period, periodFromSearch, useProcessingTimeStatistics } from './statistics-api.ts';
import './statistics.css';

export function StatisticsPage({ session }: { session: StaffSession }) {
  if (!isSupervisor(session.staffUser.roles)) return <NotAllowed />;
  return <Statistics />;
}

function Statistics() {
  const t = useT();
  const { language } = useLanguage();
  useDocumentTitle(t('statistics.pageTitle'));
  const [search, setSearch] = useSearchParams();
  const [now] = useState(() => new Date());
  const period = periodFromSearch(search, now);
  const statistics = useProcessingTimeStatistics(period);
  const choose = (next: Period) => setSearch({ from: next.from, to: next.to }, { replace: true });
  const data = statistics.data;

  return (
    <>
      <h1>{t('statistics.title')}</h1>
      <p className="tuki-lead">{t('statistics.intro')}</p>
      <PeriodForm period={period} onChange={choose} />
      <p role="status" className="statistics-showing" data-testid="statistics-showing">
        {statistics.isFetching
          ? null
          : t('statistics.period.showing', {
              from: formatMonthInText(period.from, language),
              to: formatMonthInText(period.to, language),
            })}
      </p>
      {statistics.isPending ? <LoadingIndicator /> : null}
      {statistics.isError && !data ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('statistics.loadFailed')}
        </Notice>
      ) : null}
      {data ? (
        <>
          <section aria-labelledby="statistics-chart-heading" className="tuki-section">
            <h2 id="statistics-chart-heading">{t('statistics.chart.heading')}</h2>
            <StatisticsChart statistics={data} />
          </section>
          <StatisticsTable statistics={data} />
          <p>
            <a href={csvUrl(period, language)} download data-testid="statistics-csv">
              {t('statistics.download')}
            </a>
          </p>
        </>
      ) : null}
      <section aria-labelledby="statistics-definitions-heading" className="tuki-section">
        <h2 id="statistics-definitions-heading">{t('statistics.definitions.heading')}</h2>
        <ul>
          <li>{t('statistics.definitions.late')}</li>
          <li>{t('statistics.definitions.informationRequest')}</li>
          <li>{t('statistics.definitions.lateAdjusted')}</li>
          <li>{t('statistics.definitions.closedAsDuplicate')}</li>
        </ul>
      </section>
    </>
  );
}

function NotAllowed() {
  const t = useT();
  useDocumentTitle(t('statistics.forbiddenTitle'));
  return (
    <>
      <h1>{t('statistics.forbiddenTitle')}</h1>
      <Notice type="error" label={t('statistics.forbiddenTitle')} testId="statistics-forbidden">
        {t('statistics.forbidden')}
      </Notice>
    </>
  );
}
