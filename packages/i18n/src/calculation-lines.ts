// The text of a line of the rules engine's calculation: its label key translated (`calculation.lines.<label>`)
// with its params formatted — cents as money, basis points as per cent, counts as numbers. One rule for the
// staff app, the citizen app and the decision letter.
import type { Language } from './core.ts';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Param name in the text ← the engine's param holding cents. */
const moneyParams: Readonly<Record<string, string>> = {
  singlePerson: 'singlePersonCents',
  basicAmount: 'basicAmountCents',
  reduced: 'reducedCents',
  claimed: 'claimedCents',
  norm: 'normCents',
  waterAllowance: 'waterAllowanceCents',
  cap: 'capCents',
  totalCosts: 'totalCostsCents',
  homeNorm: 'homeNormCents',
  earned: 'earnedCents',
  max: 'maxCents',
};

/** Param name in the text ← the engine's param and the divisor that makes it the shown number. */
const numberParams: Readonly<Record<string, readonly [string, number]>> = {
  share: ['shareBasisPoints', 100],
  age: ['age', 1],
  ordinal: ['childOrdinal', 1],
  percent: ['percent', 1],
  householdSize: ['householdSize', 1],
  familySize: ['familySize', 1],
  residents: ['residents', 1],
  rate: ['rateBasisPoints', 100],
};

/** The key of a line's text. */
export const calculationLineKey = (label: string) => `calculation.lines.${label}`;

/** A line's params as the placeholders of its text, formatted for the language. */
export function calculationLineParams(
  params: Readonly<Record<string, unknown>> | undefined,
  language: Language,
): Record<string, string> {
  const out: Record<string, string> = {};
  const money = new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' });
  const number = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 });
  for (const [name, source] of Object.entries(moneyParams)) {
    const value = params?.[source];
    if (typeof value === 'number') out[name] = money.format(value / 100);
  }
  for (const [name, [source, divisor]] of Object.entries(numberParams)) {
    const value = params?.[source];
    if (typeof value === 'number') out[name] = number.format(value / divisor);
  }
  return out;
}
