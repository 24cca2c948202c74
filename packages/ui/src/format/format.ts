// How both web apps show and read money, dates, months, times and file sizes. Money is typed in euros with a comma
// or a dot (675,50) and kept as integer cents; dates are typed d.m.yyyy and kept as YYYY-MM-DD; months are YYYY-MM.
// Dates and times are shown in Finland's time, d.m.yyyy in every language.

import type { Language } from '@tuki/i18n';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The largest sum the API accepts (100 000 000 cents). */
export const MAX_CENTS = 100_000_000;

/** A refusal says why: not a sum at all (`format`), or a sum over MAX_CENTS (`tooLarge`). */
export type ParsedEuros =
  | { ok: true; cents: number | undefined }
  | { ok: false; reason: 'format' | 'tooLarge' };

/** The whole euros and the decimals of a sum without spaces, or undefined when it is not one. */
function eurosAndDecimals(compact: string): { euros: string; decimals: string } | undefined {
  const plain = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (plain) return { euros: plain[1] ?? '', decimals: plain[2] ?? '' };
  // Thousands grouped with the other separator, as each language shows sums: 1.234,56 or 1,234.56. Without
  // decimals one group is ambiguous (1,234 is 1.234 in Finnish), so only 1,234,567 or 1.234.567 are taken.
  const grouped = /^(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  if (!grouped) return undefined;
  const [, whole = '', group = '', decimalSeparator, decimals = ''] = grouped;
  const groups = whole.split(group).length - 1;
  if (decimalSeparator === group || (decimalSeparator === undefined && groups < 2)) return undefined;
  return { euros: whole.split(group).join(''), decimals };
}

/**
 * Reads a sum of euros as typed: `675,50`, `675.5`, `1 234`, `1234,00 €`, `1.234,56`, `1,234.56`. Empty text is no
 * sum (cents undefined). Thousands separators may be spaces, or the separator the decimals do not use; the decimal
 * separator is a comma or a dot with at most two decimals.
 */
export function parseEuros(text: string): ParsedEuros {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^€|(€|e|eur|euroa?)$/gi, '');
  if (compact === '') return { ok: true, cents: undefined };
  const sum = eurosAndDecimals(compact);
  if (!sum) return { ok: false, reason: 'format' };
  const cents = Number(sum.euros) * 100 + Number(sum.decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, reason: 'tooLarge' };
  return { ok: true, cents };
}

const decimalSeparator: Record<Language, string> = { fi: ',', sv: ',', en: '.' };

/** A sum of cents for an input field: `675,50` (fi, sv) or `675.50` (en); whole euros without decimals. */
export function formatEurosForInput(cents: number | undefined, language: Language): string {
  if (cents === undefined) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}${decimalSeparator[language]}${String(rest).padStart(2, '0')}`;
}

/** A sum for reading: `1 234,50 €` (fi, sv) or `€1,234.50` (en). */
export function formatEuros(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** `31.1.2015` (also `31.01.2015`) → `2015-01-31`; undefined when the text is not such a real date. */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2015-01-31` → `31.1.2015`; any other text is returned as it is (what the user typed); undefined → ''. */
export function formatDate(value: string | undefined): string {
  if (value === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : value;
}

/** What a date field keeps: the ISO date when the text is one, otherwise the text itself (at most 10 characters). */
export function dateFieldValue(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return parseDate(trimmed) ?? trimmed.slice(0, 10);
}

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date (d.m.yyyy) and time (hh.mm in fi and sv, hh:mm in en) of an instant in Finland. */
export function helsinkiDateAndTime(
  instant: Date | string,
  language: Language,
): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of helsinkiParts.formatToParts(typeof instant === 'string' ? new Date(instant) : instant)) {
    parts[part.type] = part.value;
  }
  const separator = language === 'en' ? ':' : '.';
  return {
    date: `${Number(parts.day)}.${Number(parts.month)}.${parts.year}`,
    time: `${parts.hour}${separator}${parts.minute}`,
  };
}

/**
 * `2026-06` → `Kesäkuu 2026`, `Juni 2026`, `June 2026`: a month standing on its own (a table cell, a list item, a
 * choice), with a capital first letter. Inside a sentence (a caption, a text with `{month}`) use
 * `formatMonthInText`: Finnish and Swedish write month names in lower case there.
 */
export function formatMonth(month: string, language: Language): string {
  const text = formatMonthInText(month, language);
  return text.charAt(0).toLocaleUpperCase(locales[language]) + text.slice(1);
}

/**
 * `2026-06` → `kesäkuu 2026` (fi), `juni 2026` (sv) or `June 2026` (en): a month inside a sentence. Finnish and
 * Swedish month names are lower case whatever the browser's locale data says.
 */
export function formatMonthInText(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const text = new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
  return language === 'en' ? text : text.toLocaleLowerCase(locales[language]);
}

/** The month `offset` months from `month` (YYYY-MM). */
export function addMonths(month: string, offset: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const sizeUnits: Record<Language, [string, string, string]> = {
  fi: ['t', 'kt', 'Mt'],
  sv: ['B', 'kB', 'MB'],
  en: ['B', 'KB', 'MB'],
};

/** `820 t`, `12 kt`, `1,4 Mt` (fi) and the like. */
export function formatFileSize(bytes: number, language: Language): string {
  const [b, kb, mb] = sizeUnits[language];
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} ${b}`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} ${kb}`;
  return `${number(bytes / (1024 * 1024), 1)} ${mb}`;
}
