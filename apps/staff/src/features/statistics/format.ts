// Numbers of the statistics page in the user's language: counts with grouping, shares as per cent with one decimal,
// medians with at most one decimal, months as "huhtikuu 2026" or "4/2026".

import type { Language } from '@tuki/i18n';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

/** A share 0–1 as per cent: `60,0 %` (fi, sv), `60.0%` (en). */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A share 0–1 as a per-cent number without the sign (for texts that add it): `60,0`. */
export function formatPercentNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value * 100);
}

export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
}

/** `2026-04` → `4/2026`, short enough for a chart's axis. */
export function shortMonth(month: string): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}
