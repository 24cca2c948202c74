// Who the calculation covers and how the housing costs were divided, beside the result (TTL 3 §).

import { useLanguage, useT } from '@tuki/ui';
import { useId } from 'react';
import { type CalculationResult, formatEuros } from './format.ts';
import { type IncomeType, incomeTypeOptions } from './useCalculationDraft.ts';

type CalculationFamily = NonNullable<CalculationResult['family']>;

/**
 * Who the calculation covers and how the housing costs were divided (TTL 3 §): the family, the other residents,
 * the division, and the other residents' incomes that were not counted. In words, not by colour.
 */
export function FamilySummary({
  family,
  names,
  stale = false,
}: {
  family: CalculationFamily;
  names: Map<string, string>;
  stale?: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = useId();
  const name = (id: string) => names.get(id) ?? id;
  const { housingDivision: division } = family;
  const euros = (cents: number) => formatEuros(cents, language);
  const uncounted = family.uncountedIncomes ?? [];
  return (
    <section
      aria-labelledby={headingId}
      className={`staff-calculation-family${stale ? ' staff-calculation-family--stale' : ''}`}
      data-testid="calculation-family"
    >
      <h4 id={headingId}>{t('calculator.editor.familyHeading')}</h4>
      <dl>
        <div>
          <dt>{t('calculator.editor.familyMembers')}</dt>
          <dd>
            <ul>
              {family.memberIds.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('calculator.editor.otherResidents')}</dt>
          <dd>
            {family.otherResidentIds.length === 0 ? (
              t('calculator.editor.noOtherResidents')
            ) : (
              <ul>
                {family.otherResidentIds.map((id) => (
                  <li key={id}>{name(id)}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="staff-calculation-family-wide">
          <dt>{t('calculator.editor.housingDivision')}</dt>
          <dd>
            {t(`calculator.editor.division.${division.method}`, {
              total: euros(division.totalCostsCents),
              share: euros(division.familyShareCents),
              residents: family.residents,
              family: family.memberIds.length,
            })}
          </dd>
        </div>
      </dl>
      {uncounted.length > 0 ? (
        <div className="staff-calculation-uncounted" data-testid="calculation-uncounted">
          <h5>{t('calculator.editor.uncountedHeading')}</h5>
          <p>{t('calculator.editor.uncountedExplanation')}</p>
          <ul>
            {uncounted.map((income, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a result's incomes are fixed and never reordered
              <li key={`${income.memberId}-${income.type}-${index}`}>
                {t('calculator.editor.uncountedIncome', {
                  name: name(income.memberId),
                  type: incomeTypeOptions.includes(income.type as IncomeType)
                    ? t(`calculation.lines.income.${income.type as IncomeType}`)
                    : income.type,
                  amount: euros(income.amountCents),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
