// The calculation of a decision as a table, behind a disclosure (<details>): the needs, then the income and assets,
// each line in words with its amount, and the totals. The letter has the same table with the legal provisions.

import { formatEuros, formatMonthInText, useLanguage, useT } from '@tuki/ui';
import type { Decision } from './api.ts';
import { lineText, resourceKinds } from './line-text.ts';

export function CalculationTable({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  const calculation = decision.calculation;
  if (!calculation) return null;
  const { result } = calculation;
  const needs = result.lines.filter((line) => !resourceKinds.includes(line.kind));
  const resources = result.lines.filter((line) => resourceKinds.includes(line.kind));
  const money = (cents: number) => formatEuros(cents, language);
  const group = (title: string, lines: typeof result.lines, total: string, totalCents: number) => (
    <tbody>
      <tr>
        <th scope="colgroup" colSpan={2} className="tuki-calculation-group">
          {title}
        </th>
      </tr>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a decided calculation never changes
        <tr key={`${line.label}-${line.memberId ?? ''}-${index}`}>
          <td>{lineText(line, t, language)}</td>
          <td className="tuki-amount">{money(line.amountCents)}</td>
        </tr>
      ))}
      <tr className="tuki-calculation-total">
        <th scope="row">{total}</th>
        <td className="tuki-amount">{money(totalCents)}</td>
      </tr>
    </tbody>
  );
  return (
    <details className="tuki-calculation" data-testid="decision-calculation">
      <summary>{t('citizenDecisions.calculation.show')}</summary>
      <div className="tuki-calculation-scroll">
        <table>
          <caption>
            {t('calculation.caption', { month: formatMonthInText(decision.month, language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('citizenDecisions.calculation.line')}</th>
              <th scope="col" className="tuki-amount">
                {t('citizenDecisions.calculation.amount')}
              </th>
            </tr>
          </thead>
          {group(
            t('calculation.sections.expenses'),
            needs,
            t('calculation.totals.expenses'),
            result.totalExpensesCents,
          )}
          {group(
            t('calculation.sections.resources'),
            resources,
            t('calculation.totals.resources'),
            result.totalIncomeCents,
          )}
          <tfoot>
            <tr className="tuki-calculation-result">
              <th scope="row">{t('calculation.totals.amount')}</th>
              <td className="tuki-amount">{money(result.amountCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {result.amountCents === 0 ? <p>{t('calculation.totals.noAssistance')}</p> : null}
    </details>
  );
}
