import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  helsinkiDate,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  isWeekend,
  parseIsoDate,
  toEpochDay,
} from '../src/calendar-date.ts';

describe('calendar dates', () => {
  it('knows leap years', () => {
    assert.ok(isLeapYear(2024));
    assert.ok(isLeapYear(2000));
    assert.ok(!isLeapYear(1900));
    assert.ok(!isLeapYear(2025));
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2100, 2), 28);
    assert.equal(daysInMonth(2025, 4), 30);
    assert.equal(daysInMonth(2025, 12), 31);
  });

  it('validates ISO dates', () => {
    for (const valid of ['2024-02-29', '2000-02-29', '1900-02-28', '0001-01-01', '9999-12-31']) {
      assert.ok(isIsoDate(valid), valid);
    }
    for (const invalid of [
      '2025-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-5',
      '20240105',
      '2024-01-05T00:00',
      ' 2024-01-05',
      '0000-01-01',
      20240105,
      null,
    ]) {
      assert.equal(isIsoDate(invalid), false, String(invalid));
    }
  });

  it('parses and formats', () => {
    assert.deepEqual(parseIsoDate('2025-04-20'), { year: 2025, month: 4, day: 20 });
    assert.throws(() => parseIsoDate('2025-02-29'), RangeError);
    assert.throws(() => parseIsoDate('yesterday'), RangeError);
    assert.equal(formatIsoDate(2025, 4, 2), '2025-04-02');
    assert.equal(formatIsoDate(5, 1, 1), '0005-01-01');
    assert.throws(() => formatIsoDate(2025, 2, 29), RangeError);
  });

  it('converts to and from epoch days', () => {
    assert.equal(toEpochDay('1970-01-01'), 0);
    assert.equal(toEpochDay('1970-01-02'), 1);
    assert.equal(toEpochDay('1969-12-31'), -1);
    assert.equal(toEpochDay('2000-03-01'), 11017);
    for (const date of ['0050-06-15', '1800-01-01', '1999-12-31', '2024-02-29', '2400-02-29']) {
      assert.equal(fromEpochDay(toEpochDay(date)), date);
    }
  });

  it('adds days across months, leap days and years', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-02-28', 1), '2025-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2024-03-30', 2), '2024-04-01');
    assert.equal(addDays('2024-01-01', 366), '2025-01-01');
    assert.throws(() => addDays('2024-01-01', 0.5), RangeError);
  });

  it('counts and compares days', () => {
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
    assert.equal(daysBetween('2025-01-01', '2024-01-01'), -366);
    assert.equal(daysBetween('2024-10-26', '2024-10-28'), 2);
    assert.equal(compareIsoDates('2024-01-01', '2024-01-02'), -1);
    assert.equal(compareIsoDates('2024-01-02', '2024-01-02'), 0);
    assert.equal(compareIsoDates('2025-01-01', '2024-12-31'), 1);
  });

  it('gives the ISO weekday', () => {
    assert.equal(isoWeekday('1970-01-01'), 4);
    assert.equal(isoWeekday('2024-01-01'), 1);
    assert.equal(isoWeekday('2025-04-20'), 7);
    assert.equal(isoWeekday('1969-12-29'), 1);
    assert.equal(isoWeekday('1952-10-13'), 1);
    assert.ok(isWeekend('2025-04-19'));
    assert.ok(isWeekend('2025-04-20'));
    assert.ok(!isWeekend('2025-04-21'));
  });
});

describe('helsinkiDate', () => {
  const at = (iso: string) => helsinkiDate(new Date(iso));

  it('is two hours ahead of UTC in winter', () => {
    assert.equal(at('2024-01-15T00:00:00Z'), '2024-01-15');
    assert.equal(at('2024-01-15T21:59:59.999Z'), '2024-01-15');
    assert.equal(at('2024-01-15T22:00:00Z'), '2024-01-16');
    assert.equal(at('2024-12-31T21:59:59Z'), '2024-12-31');
    assert.equal(at('2024-12-31T22:00:00Z'), '2025-01-01');
    assert.equal(at('2024-12-31T23:30:00Z'), '2025-01-01');
  });

  it('is three hours ahead of UTC in summer', () => {
    assert.equal(at('2024-06-15T00:00:00Z'), '2024-06-15');
    assert.equal(at('2024-06-15T20:59:59Z'), '2024-06-15');
    assert.equal(at('2024-06-15T21:00:00Z'), '2024-06-16');
    assert.equal(at('2024-06-15T23:59:59Z'), '2024-06-16');
  });

  it('handles the start of summer time (last Sunday of March, 01:00 UTC)', () => {
    assert.equal(at('2024-03-30T21:59:59Z'), '2024-03-30');
    assert.equal(at('2024-03-30T22:00:00Z'), '2024-03-31');
    assert.equal(at('2024-03-31T00:59:59Z'), '2024-03-31');
    assert.equal(at('2024-03-31T01:00:00Z'), '2024-03-31');
    assert.equal(at('2024-03-31T20:59:59Z'), '2024-03-31');
    assert.equal(at('2024-03-31T21:00:00Z'), '2024-04-01');
  });

  it('handles the end of summer time (last Sunday of October, 01:00 UTC)', () => {
    assert.equal(at('2024-10-26T20:59:59Z'), '2024-10-26');
    assert.equal(at('2024-10-26T21:00:00Z'), '2024-10-27');
    assert.equal(at('2024-10-27T01:30:00Z'), '2024-10-27');
    assert.equal(at('2024-10-27T21:00:00Z'), '2024-10-27');
    assert.equal(at('2024-10-27T21:59:59Z'), '2024-10-27');
    assert.equal(at('2024-10-27T22:00:00Z'), '2024-10-28');
  });

  it('accepts instants given with other offsets', () => {
    assert.equal(at('2025-04-20T23:59:00+02:00'), '2025-04-21');
    assert.equal(at('2025-04-20T00:30:00+03:00'), '2025-04-20');
  });

  it('rejects an invalid Date', () => {
    assert.throws(() => helsinkiDate(new Date('nonsense')), RangeError);
  });
});
