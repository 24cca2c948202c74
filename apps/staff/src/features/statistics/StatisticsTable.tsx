// The processing times as a table: a row per month, then per half-year and the total; counts and shares
// right-aligned, shares as per cent. It is also the data the chart shows.

import { formatMonth, formatMonthInText, useLanguage, useT } from '@tuki/ui';
import { type ReactNode, useId } from 'react';
import { formatCount, formatDecimal, formatShare } from './format.ts';
import type { Figures, ProcessingTimeStatistics } from './statistics-api.ts';

/** The number columns, in order: the heading's key under statistics.table and the cell's text. */
type Column = readonly [
  (
    | 'decided'
    | 'decidedLate'
    | 'lateShare'
    | 'withInformationRequest'
    | 'informationRequestShare'
    | 'informationRequests'
    | 'applicationsWithSeveralRequests'
    | 'decidedLateAdjusted'
    | 'lateAdjustedShare'
    | 'medianWorkingDays'
    | 'rectificationsDecided'
    | 'closedAsDuplicate'
  ),
  (figures: Figures) => string,
];

export function StatisticsTable({ statistics }: { statistics: ProcessingTimeStatistics }) {
  const t = useT();
  const { language } = useLanguage();
  const captionId = useId();
  const none = t('statistics.table.none');
  const count = (value: number) => formatCount(value, language);
  const shareText = (value: number | null) => (value === null ? none : formatShare(value, language));
  const columns: readonly Column[] = [
    ['decided', (f) => count(f.decided)],
    ['decidedLate', (f) => count(f.decidedLate)],
    ['lateShare', (f) => shareText(f.lateShare)],
    ['withInformationRequest', (f) => count(f.withInformationRequest)],
    ['informationRequestShare', (f) => shareText(f.informationRequestShare)],
    ['informationRequests', (f) => count(f.informationRequests)],
    ['applicationsWithSeveralRequests', (f) => count(f.applicationsWithSeveralRequests)],
    ['decidedLateAdjusted', (f) => count(f.decidedLateAdjusted)],
    ['lateAdjustedShare', (f) => shareText(f.lateAdjustedShare)],
    [
      'medianWorkingDays',
      (f) => (f.medianWorkingDays === null ? none : formatDecimal(f.medianWorkingDays, language)),
    ],
    ['rectificationsDecided', (f) => count(f.rectificationsDecided)],
    ['closedAsDuplicate', (f) => count(f.closedAsDuplicate)],
  ];
  const row = (key: string, testId: string, label: ReactNode, figures: Figures) => (
    <tr key={key} data-testid={testId}>
      <th scope="row">{label}</th>
      {columns.map(([column, text]) => (
        <td key={column} className="statistics-number">
          {text(figures)}
        </td>
      ))}
    </tr>
  );
  const range = {
    from: formatMonthInText(statistics.from, language),
    to: formatMonthInText(statistics.to, language),
  };
  return (
    // The table may be wider than the page: its scrolling region can be reached and scrolled by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus (WCAG 2.1.1)
    <section className="staff-table-wrapper" aria-labelledby={captionId} tabIndex={0}>
      <table className="staff-table statistics-table" data-testid="statistics-table">
        <caption id={captionId}>{t('statistics.table.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.table.month')}</th>
            {columns.map(([column]) => (
              <th key={column} scope="col" className="statistics-number">
                {t(`statistics.table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statistics.months.map((month) =>
            row(month.month, 'statistics-month-row', formatMonth(month.month, language), month),
          )}
        </tbody>
        <tbody className="statistics-summary">
          {statistics.halfYears.map((half) =>
            row(
              half.period,
              'statistics-half-year-row',
              <>
                {t('statistics.table.halfYear', { period: half.period })}
                {half.complete ? null : ` ${t('statistics.table.partial')}`}
              </>,
              half,
            ),
          )}
          {row('total', 'statistics-total-row', t('statistics.table.total'), statistics.total)}
        </tbody>
      </table>
    </section>
  );
}
