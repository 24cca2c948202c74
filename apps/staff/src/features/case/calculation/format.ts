// Reading and showing the figures of a calculation: sums typed in euros (675,50) kept as cents, dates typed
// d.m.yyyy kept as YYYY-MM-DD. A result line's text is the shared calculation table's (@tuki/ui/calculation).

import type { ResponseBody } from '@tuki/api-client';
import type { Language } from '@tuki/i18n/web';
import { formatDate, formatEuros, formatEurosForInput, parseDate, parseEuros as parseSum } from '@tuki/ui';

export type CalculationResult = ResponseBody<'calculateAssistance'>;

/** `675,50`, `675.5`, `1 234`, `1234 €` → cents; '' → 0; the reason when it is not a sum the service takes. */
export function parseEuros(text: string): number | 'format' | 'tooLarge' {
  const parsed = parseSum(text);
  return parsed.ok ? (parsed.cents ?? 0) : parsed.reason;
}

/** Cents for an input field: `675,50` (fi, sv), `675.50` (en), whole euros without decimals. */
export function eurosForInput(cents: number, language: Language): string {
  return formatEurosForInput(cents, language);
}

/** `2015-01-31` → `31.1.2015`. */
export function dateForInput(iso: string): string {
  return formatDate(iso);
}

export { formatEuros, parseDate };
