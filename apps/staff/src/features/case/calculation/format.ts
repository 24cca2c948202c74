// Reading and showing the figures of a calculation: sums typed in euros (675,50) kept as cents, dates typed
// d.m.yyyy kept as YYYY-MM-DD, and a result line's text from its label key and params.

import type { ResponseBody } from '@tuki/api-client';
import { calculationLineText, type Language, type Translator } from '@tuki/i18n/web';
import { formatEuros } from '../../common/format.ts';

export type CalculationResult = ResponseBody<'calculateAssistance'>;
export type CalculationLine = CalculationResult['lines'][number];

const MAX_CENTS = 100_000_000;

/** `675,50`, `675.5`, `1 234`, `1234 €` → cents; '' → 0; undefined when not a sum. */
export function parseEuros(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|e|eur|euroa?)$/i, '');
  if (compact === '') return 0;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents <= MAX_CENTS ? cents : undefined;
}

const decimalSeparator: Record<Language, string> = { fi: ',', sv: ',', en: '.' };

/** Cents for an input field: `675,50` (fi, sv), `675.50` (en), whole euros without decimals. */
export function eurosForInput(cents: number, language: Language): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}${decimalSeparator[language]}${String(rest).padStart(2, '0')}`;
}

/** `2015-01-31` → `31.1.2015`. */
export function dateForInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : iso;
}

/** `31.1.2015` → `2015-01-31`; undefined when not a real date. */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The translated text of a result line (`calculation.lines.<label>`), or the label itself when unknown. */
export function lineText(line: CalculationLine, t: Translator, language: Language): string {
  return calculationLineText(line, t, language);
}

export const resourceKinds: readonly string[] = ['income', 'earnedIncomeDeduction', 'assets'];

export { formatEuros };
