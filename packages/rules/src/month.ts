// Calculation months ('YYYY-MM') and ages. Plain string and integer arithmetic: no Date, no time zone.
import { daysInMonth, parseIsoDate } from '@tuki/domain';

/** A calendar month 'YYYY-MM'. Months compare correctly as strings. */
export type Month = string;

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

export function parseMonth(month: Month): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The last day of the month as 'YYYY-MM-DD'. */
export function lastDayOfMonth(month: Month): string {
  const parts = parseMonth(month);
  return `${month}-${String(daysInMonth(parts.year, parts.month)).padStart(2, '0')}`;
}

/** The month after `month`. */
export function nextMonth(month: Month): Month {
  const parts = parseMonth(month);
  const year = parts.month === 12 ? parts.year + 1 : parts.year;
  const next = parts.month === 12 ? 1 : parts.month + 1;
  return `${String(year).padStart(4, '0')}-${String(next).padStart(2, '0')}`;
}

/**
 * Age in full years on the first day of `month` — the one named rule by which a member's category is decided
 * (domain doc §2.1: "a member's category follows their age on the first day of the calculation month").
 * Someone whose birthday is on the 1st has that birthday's age for the whole month; a person born on 29 February
 * turns a year older on 1 March in a common year. A member born during the month is 0; born after it, negative.
 */
export function ageOnFirstDayOfMonth(dateOfBirth: string, month: Month): number {
  const birth = parseIsoDate(dateOfBirth);
  const on = parseMonth(month);
  const hadBirthday = birth.month < on.month || (birth.month === on.month && birth.day === 1);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
