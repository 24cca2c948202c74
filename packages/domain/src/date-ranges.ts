// The dates Tuki accepts as input, in one place: birth dates from 1900-01-01 to today, and months (of an
// application, a calculation or an estimate) from 2012-01, the first month of the shipped parameters, to the December
// of next year. Anything outside is a typing error, and year 0000 would break the calendar arithmetic.
import { z } from 'zod';
import { helsinkiDate, type IsoDate, isIsoDate } from './calendar-date.ts';

export const EARLIEST_BIRTH_DATE: IsoDate = '1900-01-01';
export const EARLIEST_MONTH = '2012-01';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The last month accepted on `today`: December of next year. */
export function latestMonth(today: IsoDate): string {
  return `${Number(today.slice(0, 4)) + 1}-12`;
}

/** A real calendar date from 1900-01-01 to `today` (when given). */
export function isBirthDateInRange(value: unknown, today?: IsoDate): value is IsoDate {
  return isIsoDate(value) && value >= EARLIEST_BIRTH_DATE && (today === undefined || value <= today);
}

/** A month 'YYYY-MM' from 2012-01 to December of the year after `today`'s (when given). */
export function isMonthInRange(value: unknown, today?: IsoDate): value is string {
  return (
    typeof value === 'string' &&
    MONTH.test(value) &&
    value >= EARLIEST_MONTH &&
    (today === undefined || value <= latestMonth(today))
  );
}

const todayInFinland = () => helsinkiDate(new Date());

/** A birth date in an API schema; the issue carries `params.code` `birth-date-out-of-range`. */
export const birthDateSchema = z.iso
  .date()
  // Only a date zod's own check accepts is checked for its range (zod takes year 0000, the calendar does not).
  .refine(
    (value) => !(isIsoDate(value) || /^0000-/.test(value)) || isBirthDateInRange(value, todayInFinland()),
    {
      message: `a birth date from ${EARLIEST_BIRTH_DATE} to today`,
      params: { code: 'birth-date-out-of-range' },
    },
  )
  .meta({ description: `From ${EARLIEST_BIRTH_DATE} to today` });

/** A month in an API schema; the issue carries `params.code` `month-out-of-range`. */
export const monthInRangeSchema = z
  .string()
  .regex(MONTH, 'expected a month YYYY-MM')
  .refine((value) => !MONTH.test(value) || isMonthInRange(value, todayInFinland()), {
    message: `a month from ${EARLIEST_MONTH} to December of next year`,
    params: { code: 'month-out-of-range' },
  });
