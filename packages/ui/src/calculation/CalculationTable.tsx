// A calculation's result line by line, as both apps show it (the citizen's estimate, the handler's calculation): a
// table with a caption, column headers, the needs and then the resources in their own sections, and the totals in
// its footer. The line's text and its amount are always the first and the last column; the app adds what goes
// between them (the handler's member and legal reference) or after the line's text (the citizen's member name).

import { calculationLineText } from '@tuki/i18n/web';
import type { ReactNode } from 'react';
import { formatEuros, formatMonthInText } from '../format/format.ts';
import { useLanguage, useT } from '../i18n/LanguageProvider.tsx';

/** The kinds of line that are resources (incomes, deductions, assets); every other line is a need. */
export const resourceKinds: readonly string[] = ['income', 'earnedIncomeDeduction', 'assets'];

export interface CalculationTableLine {
  kind: string;
  label: string;
  params?: Readonly<Record<string, unknown>> | undefined;
  memberId?: string | undefined;
  amountCents: number;
}

export interface CalculationTableResult<Line extends CalculationTableLine> {
  month: string;
  lines: readonly Line[];
  totalExpensesCents: number;
  totalIncomeCents: number;
  amountCents: number;
}

/** A column between the line's text and its amount. */
export interface CalculationTableColumn<Line> {
  header: string;
  cell: (line: Line) => ReactNode;
  className?: string;
}

export function CalculationTable<Line extends CalculationTableLine>({
  result,
  columns = [],
  afterLineText,
  testId,
}: {
  result: CalculationTableResult<Line>;
  columns?: readonly CalculationTableColumn<Line>[];
  /** What follows the line's text in its own cell. */
  afterLineText?: (line: Line) => ReactNode;
  testId?: string;
}) {
  const t = useT();
  const { language } = useLanguage();
  const width = columns.length + 2;
  // The totals' row headers span every column but the amount's (no colspan where that is one column).
  const totalSpan = width > 2 ? width - 1 : undefined;
  const rows = (lines: readonly Line[]) =>
    lines.map((line, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a result's lines are fixed and never reordered
      <tr key={`${line.label}-${line.memberId ?? ''}-${index}`}>
        <td>
          {calculationLineText(line, t, language)}
          {afterLineText?.(line)}
        </td>
        {columns.map((column) => (
          <td key={column.header} className={column.className}>
            {column.cell(line)}
          </td>
        ))}
        <td className="tuki-amount">{formatEuros(line.amountCents, language)}</td>
      </tr>
    ));
  const section = (label: string) => (
    <tr className="tuki-calculation-section">
      <th scope="colgroup" colSpan={width}>
        {label}
      </th>
    </tr>
  );
  const total = (label: string, cents: number, className?: string) => (
    <tr className={className}>
      <th scope="row" colSpan={totalSpan}>
        {label}
      </th>
      <td className="tuki-amount">{formatEuros(cents, language)}</td>
    </tr>
  );
  return (
    <table data-testid={testId}>
      <caption>{t('calculation.caption', { month: formatMonthInText(result.month, language) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calculation.columns.line')}</th>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
          <th scope="col" className="tuki-amount">
            {t('calculation.columns.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {section(t('calculation.sections.expenses'))}
        {rows(result.lines.filter((line) => !resourceKinds.includes(line.kind)))}
        {section(t('calculation.sections.resources'))}
        {rows(result.lines.filter((line) => resourceKinds.includes(line.kind)))}
      </tbody>
      <tfoot>
        {total(t('calculation.totals.expenses'), result.totalExpensesCents)}
        {total(t('calculation.totals.resources'), result.totalIncomeCents)}
        {total(t('calculation.totals.amount'), result.amountCents, 'tuki-calculation-total')}
      </tfoot>
    </table>
  );
}
