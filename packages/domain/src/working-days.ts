// Finnish public holidays and working days.
//
// A working day is Monday–Friday that is not in finnishPublicHolidays. Midsummer Eve and
// Christmas Eve are not official public holidays by law, but offices are closed on them, so
// they are included here and do not count as working days.
// Dates are calendar dates in Europe/Helsinki as 'YYYY-MM-DD' strings.
// The rules are the current ones (in force since 1992); they are applied to every year.

import {
  addDays,
  formatIsoDate,
  type IsoDate,
  isoWeekday,
  isWeekend,
  parseIsoDate,
} from './calendar-date.ts';

export const finnishHolidayKeys = [
  'new_years_day',
  'epiphany',
  'good_friday',
  'easter_sunday',
  'easter_monday',
  'may_day',
  'ascension_day',
  'whit_sunday',
  'midsummer_eve',
  'midsummer_day',
  'all_saints_day',
  'independence_day',
  'christmas_eve',
  'christmas_day',
  'boxing_day',
] as const;
export type FinnishHolidayKey = (typeof finnishHolidayKeys)[number];

export type FinnishHoliday = { date: IsoDate; key: FinnishHolidayKey };

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Year out of range for the Gregorian computus: ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/** The first date from `year-month-firstDay` on that falls on the ISO weekday (1 = Mon … 7 = Sun). */
function firstWeekdayOnOrAfter(year: number, month: number, firstDay: number, weekday: number): IsoDate {
  const start = formatIsoDate(year, month, firstDay);
  return addDays(start, (weekday - isoWeekday(start) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

/** Finnish public holidays of the year, sorted by date. */
export function finnishPublicHolidays(year: number): FinnishHoliday[] {
  const easter = easterSunday(year);
  const holidays: FinnishHoliday[] = [
    { date: formatIsoDate(year, 1, 1), key: 'new_years_day' },
    { date: formatIsoDate(year, 1, 6), key: 'epiphany' },
    { date: addDays(easter, -2), key: 'good_friday' },
    { date: easter, key: 'easter_sunday' },
    { date: addDays(easter, 1), key: 'easter_monday' },
    { date: formatIsoDate(year, 5, 1), key: 'may_day' },
    { date: addDays(easter, 39), key: 'ascension_day' },
    { date: addDays(easter, 49), key: 'whit_sunday' },
    { date: firstWeekdayOnOrAfter(year, 6, 19, FRIDAY), key: 'midsummer_eve' },
    { date: firstWeekdayOnOrAfter(year, 6, 20, SATURDAY), key: 'midsummer_day' },
    { date: firstWeekdayOnOrAfter(year, 10, 31, SATURDAY), key: 'all_saints_day' },
    { date: formatIsoDate(year, 12, 6), key: 'independence_day' },
    { date: formatIsoDate(year, 12, 24), key: 'christmas_eve' },
    { date: formatIsoDate(year, 12, 25), key: 'christmas_day' },
    { date: formatIsoDate(year, 12, 26), key: 'boxing_day' },
  ];
  // Ascension Day can fall on May Day (Easter on 23 March, as in 2008); keep the order by date.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const holidayDatesByYear = new Map<number, Map<IsoDate, FinnishHolidayKey>>();

function holidayDates(year: number): Map<IsoDate, FinnishHolidayKey> {
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Map();
    for (const holiday of finnishPublicHolidays(year)) {
      if (!dates.has(holiday.date)) dates.set(holiday.date, holiday.key);
    }
    holidayDatesByYear.set(year, dates);
  }
  return dates;
}

/** The holiday falling on the date, or undefined. */
export function finnishPublicHolidayOn(date: IsoDate): FinnishHolidayKey | undefined {
  return holidayDates(parseIsoDate(date).year).get(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && finnishPublicHolidayOn(date) === undefined;
}

/**
 * The nth working day after `date` (e.g. a decision due 7 working days after the application
 * arrived: addWorkingDays(arrival, 7)). `date` itself never counts. With a negative n, the
 * |n|th working day before `date`; with n = 0, `date` itself.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of working days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  parseIsoDate(current);
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return addWorkingDays(date, 1);
}

/** `date` itself if it is a working day, otherwise the next working day (deadline rolling). */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

/**
 * Number of working days d with a < d ≤ b, so that workingDaysBetween(a, addWorkingDays(a, n))
 * === n for n ≥ 0. Negative (the count with a and b swapped) when b is before a.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  if (b < a) return -workingDaysBetween(b, a);
  let count = 0;
  for (let current = addDays(a, 1); current <= b; current = addDays(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}
