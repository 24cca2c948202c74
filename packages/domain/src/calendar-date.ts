// Calendar dates as plain 'YYYY-MM-DD' strings.
//
// A calendar date has no time of day and no time zone. All arithmetic here is done on
// "epoch days" (days since 1970-01-01) computed with UTC, so the local time zone of the
// machine and daylight saving time never shift a date by one.

/** A calendar date in the form 'YYYY-MM-DD' (for example '2025-04-20'). */
export type IsoDate = string;

export type CalendarDateParts = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in the month; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True if the parts name a real day of the Gregorian calendar (year 1–9999). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True if `value` is a 'YYYY-MM-DD' string naming a real calendar day. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  return isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Splits a 'YYYY-MM-DD' string into numbers. Throws RangeError if it is not a real date. */
export function parseIsoDate(value: IsoDate): CalendarDateParts {
  const match = ISO_DATE_PATTERN.exec(value);
  const parts = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!parts || !isValidCalendarDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return parts;
}

/** Builds a 'YYYY-MM-DD' string. Throws RangeError if the parts are not a real date. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError(`Not a valid calendar date: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** Inverse of toEpochDay. */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  const utc = new Date(epochDay * MS_PER_DAY);
  return formatIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Number of days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Number of days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Negative, zero or positive like a sort comparator. Validates both dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return mondayBased + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

const helsinkiDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/Helsinki at the given instant. */
export function helsinkiDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of helsinkiDateFormat.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return formatIsoDate(year, month, day);
}
