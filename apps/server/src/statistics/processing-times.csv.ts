// The processing-time report as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads ä and ö),
// semicolons between fields and a decimal comma (as Excel expects with Finnish regional settings), CRLF line ends
// (RFC 4180), a header row in the asked language. One row per month, then per half-year, then the whole range.
// Shares are percentages with one decimal; an empty field where nothing was decided.
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { ProcessingTimeFigures, ProcessingTimeStatistics } from './processing-times.ts';

const BOM = '\uFEFF';

const columns = [
  'period',
  'from',
  'to',
  'decided',
  'decidedLate',
  'lateShare',
  'decidedLateAdjusted',
  'lateAdjustedShare',
  'withInformationRequest',
  'informationRequestShare',
  'informationRequests',
  'applicationsWithSeveralRequests',
  'medianWorkingDays',
  'rectificationsDecided',
  'closedAsDuplicate',
] as const;

function decimal(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits).replace('.', ',');
}

const percent = (value: number | null) => decimal(value === null ? null : value * 100, 1);

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function figureFields(figures: ProcessingTimeFigures): string[] {
  return [
    String(figures.decided),
    String(figures.decidedLate),
    percent(figures.lateShare),
    String(figures.decidedLateAdjusted),
    percent(figures.lateAdjustedShare),
    String(figures.withInformationRequest),
    percent(figures.informationRequestShare),
    String(figures.informationRequests),
    String(figures.applicationsWithSeveralRequests),
    figures.medianWorkingDays === null
      ? ''
      : decimal(figures.medianWorkingDays, Number.isInteger(figures.medianWorkingDays) ? 0 : 1),
    String(figures.rectificationsDecided),
    String(figures.closedAsDuplicate),
  ];
}

export function processingTimesCsv(statistics: ProcessingTimeStatistics, language: Language): string {
  const header = columns.map((column) => translate(language, `statistics.csv.${column}`));
  const rows: string[][] = [header];
  for (const month of statistics.months)
    rows.push([month.month, month.month, month.month, ...figureFields(month)]);
  for (const half of statistics.halfYears)
    rows.push([half.period, half.from, half.to, ...figureFields(half)]);
  rows.push([
    translate(language, 'statistics.csv.total'),
    statistics.from,
    statistics.to,
    ...figureFields(statistics.total),
  ]);
  return `${BOM}${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

export function processingTimesCsvFileName(statistics: ProcessingTimeStatistics): string {
  return `processing-times-${statistics.from}_${statistics.to}.csv`;
}
