// Formatting of amounts and dates for the letters. Integer arithmetic only, no Intl: the output must not depend
// on the ICU data of the Node build.

import { type IsoDate, type Language, parseIsoDate } from '@tuki/domain';

/** No-break space: between digit groups and before '€', so an amount never breaks across lines. */
export const NBSP = '\u00a0';
/** The minus of negative amounts: the en dash (U+2013), the usual substitute, because the shipped Noto Sans has
 * no U+2212 minus sign (and PDF/UA and PDF/A refuse text the font cannot show). */
export const MINUS = '\u2013';

function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Euros from cents: '1 234,56 €' in Finnish and Swedish (no-break spaces), '€1,234.56' in English;
 * negative amounts with a dash as the minus: '–150,00 €', '–€150.00'.
 */
export function formatEuros(cents: number, language: Language): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`amount must be an integer number of cents: ${cents}`);
  const sign = cents < 0 ? MINUS : '';
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100));
  const centsPart = String(absolute % 100).padStart(2, '0');
  if (language === 'en') return `${sign}€${groupThousands(euros, ',')}.${centsPart}`;
  return `${sign}${groupThousands(euros, NBSP)},${centsPart}${NBSP}€`;
}

const monthNames: Record<Language, readonly string[]> = {
  fi: [
    'tammikuu',
    'helmikuu',
    'maaliskuu',
    'huhtikuu',
    'toukokuu',
    'kesäkuu',
    'heinäkuu',
    'elokuu',
    'syyskuu',
    'lokakuu',
    'marraskuu',
    'joulukuu',
  ],
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function monthName(month: number, language: Language): string {
  const name = monthNames[language][month - 1];
  if (name === undefined) throw new RangeError(`no month ${month}`);
  return name;
}

/** '25.11.2026' in Finnish and Swedish, '25 November 2026' in English. */
export function formatDate(date: IsoDate, language: Language): string {
  const { year, month, day } = parseIsoDate(date);
  if (language === 'en') return `${day} ${monthName(month, 'en')} ${year}`;
  return `${day}.${month}.${year}`;
}

/** 'YYYY-MM' → 'marraskuu 2026', 'november 2026', 'November 2026'. */
export function formatMonth(yearMonth: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (match === null) throw new RangeError(`month must be YYYY-MM: ${yearMonth}`);
  return `${monthName(Number(match[2]), language)} ${match[1]}`;
}

/** Fills `{name}` placeholders of a letter text; an unknown name is left as it is. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The page frame every letter document shares: its language, region and the header at the top right. */
export interface DocumentFrame {
  lang: string;
  region: string | null;
  header: { organisation: string; unit: string; documentType: string; lines: string[] };
}

export function documentFrame(
  language: Language,
  head: { organisation: string; unit: string },
  documentType: string,
  lines: string[],
): DocumentFrame {
  return {
    lang: language,
    region: language === 'en' ? null : 'FI',
    header: { organisation: head.organisation, unit: head.unit, documentType, lines },
  };
}
