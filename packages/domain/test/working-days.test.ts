import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, isoWeekday } from '../src/calendar-date.ts';
import {
  addWorkingDays,
  easterSunday,
  finnishHolidayKeys,
  finnishPublicHolidayOn,
  finnishPublicHolidays,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../src/working-days.ts';

// Holidays 2024–2030 written out by hand (from published calendars), used as an independent
// reference for the computed ones.
const expectedHolidays: Record<number, string[]> = {
  2024: ['01-01', '01-06', '03-29', '03-31', '04-01', '05-01', '05-09', '05-19', '06-21', '06-22', '11-02'],
  2025: ['01-01', '01-06', '04-18', '04-20', '04-21', '05-01', '05-29', '06-08', '06-20', '06-21', '11-01'],
  2026: ['01-01', '01-06', '04-03', '04-05', '04-06', '05-01', '05-14', '05-24', '06-19', '06-20', '10-31'],
  2027: ['01-01', '01-06', '03-26', '03-28', '03-29', '05-01', '05-06', '05-16', '06-25', '06-26', '11-06'],
  2028: ['01-01', '01-06', '04-14', '04-16', '04-17', '05-01', '05-25', '06-04', '06-23', '06-24', '11-04'],
  2029: ['01-01', '01-06', '03-30', '04-01', '04-02', '05-01', '05-10', '05-20', '06-22', '06-23', '11-03'],
  2030: ['01-01', '01-06', '04-19', '04-21', '04-22', '05-01', '05-30', '06-09', '06-21', '06-22', '11-02'],
};
const december = ['12-06', '12-24', '12-25', '12-26'];
const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

const referenceHolidays = new Set([
  ...years.flatMap((year) =>
    [...(expectedHolidays[year] ?? []), ...december].map((monthDay) => `${year}-${monthDay}`),
  ),
  '2031-01-01',
  '2031-01-06',
]);

// Naive reference: weekday and not in the hand-written list.
function referenceIsWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && !referenceHolidays.has(date);
}

function referenceAddWorkingDays(date: string, n: number): string {
  let current = date;
  for (let remaining = n; remaining > 0; ) {
    current = addDays(current, 1);
    if (referenceIsWorkingDay(current)) remaining -= 1;
  }
  return current;
}

function datesFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(start, index));
}

describe('easterSunday', () => {
  it('gives Easter 2024–2030', () => {
    assert.deepEqual(
      years.map((year) => easterSunday(year)),
      ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21'],
    );
  });

  it('gives known Easters of other years, including the extremes', () => {
    assert.equal(easterSunday(1818), '1818-03-22');
    assert.equal(easterSunday(1943), '1943-04-25');
    assert.equal(easterSunday(2000), '2000-04-23');
    assert.equal(easterSunday(2008), '2008-03-23');
    assert.equal(easterSunday(2019), '2019-04-21');
    assert.equal(easterSunday(2038), '2038-04-25');
    assert.equal(easterSunday(2285), '2285-03-22');
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      assert.equal(isoWeekday(easter), 7, easter);
      const monthDay = easter.slice(5);
      assert.ok(monthDay >= '03-22' && monthDay <= '04-25', easter);
    }
  });

  it('rejects years outside the Gregorian calendar', () => {
    assert.throws(() => easterSunday(1500), RangeError);
    assert.throws(() => easterSunday(2024.5), RangeError);
  });
});

describe('finnishPublicHolidays', () => {
  it('matches the hand-written calendar for 2024–2030', () => {
    for (const year of years) {
      const expected = [...(expectedHolidays[year] ?? []), ...december].map(
        (monthDay) => `${year}-${monthDay}`,
      );
      const computed = finnishPublicHolidays(year).map((holiday) => holiday.date);
      assert.deepEqual(computed, expected, String(year));
    }
  });

  it('lists every holiday once, in order, with its key', () => {
    const holidays = finnishPublicHolidays(2025);
    assert.deepEqual(
      holidays.map((holiday) => holiday.key),
      [...finnishHolidayKeys],
    );
    assert.deepEqual(holidays[0], { date: '2025-01-01', key: 'new_years_day' });
    assert.deepEqual(holidays.at(-1), { date: '2025-12-26', key: 'boxing_day' });
  });

  it('puts Midsummer Eve on a Friday 19–25 June and Midsummer Day on the next day', () => {
    for (let year = 2000; year <= 2100; year++) {
      const holidays = finnishPublicHolidays(year);
      const eve = holidays.find((holiday) => holiday.key === 'midsummer_eve')?.date ?? '';
      const day = holidays.find((holiday) => holiday.key === 'midsummer_day')?.date ?? '';
      assert.equal(isoWeekday(eve), 5, eve);
      assert.ok(eve >= `${year}-06-19` && eve <= `${year}-06-25`, eve);
      assert.equal(day, addDays(eve, 1));
    }
  });

  it("puts All Saints' Day on a Saturday 31 October – 6 November", () => {
    for (let year = 2000; year <= 2100; year++) {
      const date =
        finnishPublicHolidays(year).find((holiday) => holiday.key === 'all_saints_day')?.date ?? '';
      assert.equal(isoWeekday(date), 6, date);
      assert.ok(date >= `${year}-10-31` && date <= `${year}-11-06`, date);
    }
  });

  it('keeps both holidays when Ascension Day falls on May Day (2008)', () => {
    const onMayDay = finnishPublicHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');
    assert.deepEqual(
      onMayDay.map((holiday) => holiday.key),
      ['may_day', 'ascension_day'],
    );
    assert.equal(finnishPublicHolidayOn('2008-05-01'), 'may_day');
  });

  it('finds the holiday on a date', () => {
    assert.equal(finnishPublicHolidayOn('2025-12-06'), 'independence_day');
    assert.equal(finnishPublicHolidayOn('2025-04-18'), 'good_friday');
    assert.equal(finnishPublicHolidayOn('2025-04-17'), undefined);
  });
});

describe('isWorkingDay', () => {
  it('agrees with the reference calendar on every day of 2024–2030', () => {
    for (const date of datesFrom('2024-01-01', 7 * 365 + 2)) {
      assert.equal(isWorkingDay(date), referenceIsWorkingDay(date), date);
    }
  });

  it('treats weekends and holidays as non-working days', () => {
    assert.ok(isWorkingDay('2025-04-17'));
    assert.ok(!isWorkingDay('2025-04-18'));
    assert.ok(!isWorkingDay('2025-04-19'));
    assert.ok(!isWorkingDay('2025-04-21'));
    assert.ok(!isWorkingDay('2025-12-24'));
    assert.ok(isWorkingDay('2025-12-29'));
    assert.throws(() => isWorkingDay('2025-02-29'), RangeError);
  });
});

describe('addWorkingDays', () => {
  it('computes hand-checked due dates 7 working days after arrival', () => {
    assert.equal(addWorkingDays('2024-03-28', 7), '2024-04-10'); // over Easter
    assert.equal(addWorkingDays('2024-06-19', 7), '2024-07-01'); // over Midsummer
    assert.equal(addWorkingDays('2024-12-20', 7), '2025-01-07'); // over Christmas, New Year and Epiphany
    assert.equal(addWorkingDays('2025-04-17', 7), '2025-04-30'); // arrival on Maundy Thursday
    assert.equal(addWorkingDays('2025-04-19', 7), '2025-04-30'); // arrival on Holy Saturday
    assert.equal(addWorkingDays('2025-12-23', 7), '2026-01-08');
    assert.equal(addWorkingDays('2026-06-18', 7), '2026-06-30');
  });

  it('agrees with the reference around Easter, Midsummer, Christmas and year end, 2024–2030', () => {
    for (const year of years) {
      const periods = [
        datesFrom(addDays(easterSunday(year), -14), 28),
        datesFrom(`${year}-06-12`, 21),
        datesFrom(`${year}-12-01`, 45),
        datesFrom(`${year}-04-24`, 14),
        datesFrom(`${year}-10-25`, 14),
      ];
      for (const date of periods.flat()) {
        for (const n of [1, 5, 7, 10]) {
          assert.equal(addWorkingDays(date, n), referenceAddWorkingDays(date, n), `${date} + ${n}`);
        }
      }
    }
  });

  it('never counts the start date, even when it is a working day', () => {
    assert.equal(addWorkingDays('2025-03-03', 1), '2025-03-04');
    assert.equal(addWorkingDays('2025-03-07', 1), '2025-03-10');
  });

  it('returns the date itself for n = 0 and goes backwards for negative n', () => {
    assert.equal(addWorkingDays('2025-04-19', 0), '2025-04-19');
    assert.equal(addWorkingDays('2025-04-22', -1), '2025-04-17');
    assert.equal(addWorkingDays('2025-01-07', -3), '2024-12-31');
    assert.equal(addWorkingDays(addWorkingDays('2024-12-20', 7), -7), '2024-12-20');
  });

  it('rejects a non-integer count and an invalid date', () => {
    assert.throws(() => addWorkingDays('2025-01-01', 1.5), RangeError);
    assert.throws(() => addWorkingDays('2025-13-01', 1), RangeError);
    assert.throws(() => addWorkingDays('2025-13-01', 0), RangeError);
  });
});

describe('nextWorkingDay and workingDayOnOrAfter', () => {
  it('finds the next working day strictly after the date', () => {
    assert.equal(nextWorkingDay('2025-04-17'), '2025-04-22');
    assert.equal(nextWorkingDay('2025-04-22'), '2025-04-23');
    assert.equal(nextWorkingDay('2024-12-23'), '2024-12-27');
    assert.equal(nextWorkingDay('2025-12-31'), '2026-01-02');
    assert.equal(nextWorkingDay('2027-01-05'), '2027-01-07');
  });

  it('rolls a deadline on a holiday or weekend forward', () => {
    assert.equal(workingDayOnOrAfter('2025-04-22'), '2025-04-22');
    assert.equal(workingDayOnOrAfter('2025-04-18'), '2025-04-22');
    assert.equal(workingDayOnOrAfter('2025-06-20'), '2025-06-23');
    assert.equal(workingDayOnOrAfter('2026-12-24'), '2026-12-28');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after a up to and including b', () => {
    assert.equal(workingDaysBetween('2025-03-03', '2025-03-03'), 0);
    assert.equal(workingDaysBetween('2025-03-03', '2025-03-04'), 1);
    assert.equal(workingDaysBetween('2025-03-03', '2025-03-10'), 5);
    assert.equal(workingDaysBetween('2024-12-20', '2025-01-07'), 7);
    assert.equal(workingDaysBetween('2025-01-07', '2024-12-20'), -7);
  });

  it('counts the working days of whole years', () => {
    // 2025: 261 weekdays minus 10 holidays on weekdays (1.1, 6.1, Good Friday, Easter Monday,
    // 1.5, Ascension, Midsummer Eve, 24.12, 25.12, 26.12; 6.12 is a Saturday).
    assert.equal(workingDaysBetween('2024-12-31', '2025-12-31'), 251);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const date of datesFrom('2024-12-15', 40)) {
      for (const n of [0, 1, 7, 30]) {
        assert.equal(workingDaysBetween(date, addWorkingDays(date, n)), n, `${date} + ${n}`);
      }
    }
  });

  it('rejects invalid dates', () => {
    assert.throws(() => workingDaysBetween('2025-02-30', '2025-03-01'), RangeError);
    assert.throws(() => workingDaysBetween('2025-03-01', 'later'), RangeError);
  });
});
