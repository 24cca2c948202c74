// How the staff app shows dates and times: d.m.yyyy and hh.mm (hh:mm in English), in Finland's time.

import type { Language } from '@tuki/i18n';

/** `2026-11-25` → `25.11.2026`; any other text as it is. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : value;
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

/** The date (d.m.yyyy) and time of an instant in Finland, for `common.dateTime`. */
export function helsinkiDateAndTime(instant: string, language: Language): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of helsinkiParts.formatToParts(new Date(instant))) parts[part.type] = part.value;
  const separator = language === 'en' ? ':' : '.';
  return {
    date: `${Number(parts.day)}.${Number(parts.month)}.${parts.year}`,
    time: `${parts.hour}${separator}${parts.minute}`,
  };
}

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A sum of cents: `1 234,50 €` (fi, sv) or `€1,234.50` (en). */
export function formatEuros(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** `2026-06` → `Kesäkuu 2026` and the like. */
export function formatMonth(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const text = new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
  return text.charAt(0).toLocaleUpperCase(locales[language]) + text.slice(1);
}

const sizeUnits: Record<Language, [string, string, string]> = {
  fi: ['t', 'kt', 'Mt'],
  sv: ['B', 'kB', 'MB'],
  en: ['B', 'KB', 'MB'],
};

export function formatFileSize(bytes: number, language: Language): string {
  const [b, kb, mb] = sizeUnits[language];
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} ${b}`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} ${kb}`;
  return `${number(bytes / (1024 * 1024), 1)} ${mb}`;
}
