// The processing times as a table: a row per month, then per half-year and the total; counts and shares
// right-aligned, shares as per cent. It is also the data the chart shows.

import { formatMonth, formatMonthInText, useLanguage, useT } from '@tuki/ui';
import { formatCount, formatDecimal, formatShare } from './format.ts';
import type { Figures, ProcessingTimeStatistics } from './statistics-api.ts';

export function StatisticsTable({ statistics }: { statistics: ProcessingTimeStatistics }) {
  const t = useT();
  const { language } = useLanguage();
  const none = t('statistics.table.none');
  const count = (value: number) => formatCount(value, language);
  const shareText = (value: number | null) => (value === null ? none : formatShare(value, language));
  const cells = (figures: Figures) => (
    <>
      <td className="statistics-number">{count(figures.decided)}</td>
      <td className="statistics-number">{count(figures.decidedLate)}</td>
      <td className="statistics-number">{shareText(figures.lateShare)}</td>
      <td className="statistics-number">{count(figures.withInformationRequest)}</td>
      <td className="statistics-number">{shareText(figures.informationRequestShare)}</td>
      <td className="statistics-number">{count(figures.decidedLateAdjusted)}</td>
      <td className="statistics-number">{shareText(figures.lateAdjustedShare)}</td>
      <td className="statistics-number">
        {figures.medianWorkingDays === null ? none : formatDecimal(figures.medianWorkingDays, language)}
      </td>
      <td className="statistics-number">{count(figures.rectificationsDecided)}</td>
    </>
  );
  const range = {
    from: formatMonthInText(statistics.from, language),
    to: formatMonthInText(statistics.to, language),
  };
  return (
    <div className="staff-table-wrapper">
      <table className="staff-table statistics-table" data-testid="statistics-table">
        <caption>{t('statistics.table.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.table.month')}</th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.decided')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.decidedLate')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.lateShare')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.withInformationRequest')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.informationRequestShare')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.decidedLateAdjusted')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.lateAdjustedShare')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.medianWorkingDays')}
            </th>
            <th scope="col" className="statistics-number">
              {t('statistics.table.rectificationsDecided')}
            </th>
          </tr>
        </thead>
        <tbody>
          {statistics.months.map((month) => (
            <tr key={month.month} data-testid="statistics-month-row">
              <th scope="row">{formatMonth(month.month, language)}</th>
              {cells(month)}
            </tr>
          ))}
        </tbody>
        <tbody className="statistics-summary">
          {statistics.halfYears.map((half) => (
            <tr key={half.period} data-testid="statistics-half-year-row">
              <th scope="row">
                {t('statistics.table.halfYear', { period: half.period })}
                {half.complete ? null : ` ${t('statistics.table.partial')}`}
              </th>
              {cells(half)}
            </tr>
          ))}
          <tr data-testid="statistics-total-row">
            <th scope="row">{t('statistics.table.total')}</th>
            {cells(statistics.total)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
