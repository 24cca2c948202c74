import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMonths,
  dateFieldValue,
  formatDate,
  formatEuros,
  formatEurosForInput,
  formatFileSize,
  formatMonth,
  formatMonthInText,
  helsinkiDateAndTime,
  parseDate,
  parseEuros,
} from '../src/format/format.ts';

describe('money', () => {
  it('reads euros typed with a comma or a dot into integer cents', () => {
    assert.deepEqual(parseEuros('675,50'), { ok: true, cents: 67550 });
    assert.deepEqual(parseEuros('675.5'), { ok: true, cents: 67550 });
    assert.deepEqual(parseEuros('1 120,00 €'), { ok: true, cents: 112000 });
    assert.deepEqual(parseEuros('20'), { ok: true, cents: 2000 });
    assert.deepEqual(parseEuros('0,05'), { ok: true, cents: 5 });
    assert.deepEqual(parseEuros('  '), { ok: true, cents: undefined });
    // As each language shows sums: thousands grouped with the separator the decimals do not use.
    assert.deepEqual(parseEuros('1.234,56'), { ok: true, cents: 123456 });
    assert.deepEqual(parseEuros('1,234.56'), { ok: true, cents: 123456 });
    assert.deepEqual(parseEuros('€1,234.56'), { ok: true, cents: 123456 });
    assert.deepEqual(parseEuros('1.000.000'), { ok: true, cents: 100_000_000 });
    assert.deepEqual(parseEuros('1,000,000'), { ok: true, cents: 100_000_000 });
    assert.deepEqual(parseEuros('12.345.678,9'), { ok: false, reason: 'tooLarge' });
  });

  it('says when a sum is too large rather than badly written', () => {
    assert.deepEqual(parseEuros('1000000'), { ok: true, cents: 100_000_000 });
    assert.deepEqual(parseEuros('1000000,01'), { ok: false, reason: 'tooLarge' });
    assert.deepEqual(parseEuros('1234567,89'), { ok: false, reason: 'tooLarge' });
    assert.deepEqual(parseEuros('99999999999999999999'), { ok: false, reason: 'tooLarge' });
  });

  it('refuses what is not a sum of euros', () => {
    const badlyWritten = [
      'abc',
      '675,505',
      '-5',
      '675,',
      '1e3',
      '1,234',
      '1.234',
      '1,234,56',
      '1.234.56',
      '1,2345.6',
    ];
    for (const text of badlyWritten) {
      assert.deepEqual(parseEuros(text), { ok: false, reason: 'format' }, text);
    }
    assert.deepEqual(parseEuros('1000001'), { ok: false, reason: 'tooLarge' });
  });

  it('shows cents for typing and for reading in each language', () => {
    assert.equal(formatEurosForInput(67550, 'fi'), '675,50');
    assert.equal(formatEurosForInput(67550, 'en'), '675.50');
    assert.equal(formatEurosForInput(2000, 'sv'), '20');
    assert.equal(formatEurosForInput(undefined, 'fi'), '');
    assert.equal(formatEuros(112000, 'fi').replace(/\s/g, ' '), '1 120,00 €');
    assert.equal(formatEuros(112000, 'en'), '€1,120.00');
  });
});

describe('dates', () => {
  it('reads d.m.yyyy into YYYY-MM-DD and back', () => {
    assert.equal(parseDate('3.4.2016'), '2016-04-03');
    assert.equal(parseDate('03.04.2016'), '2016-04-03');
    assert.equal(parseDate('29.2.2023'), undefined);
    assert.equal(parseDate('2016-04-03'), undefined);
    assert.equal(formatDate('2016-04-03'), '3.4.2016');
    assert.equal(formatDate('31.2.2015'), '31.2.2015');
  });

  it('keeps a date that is not one as typed, so the completeness check can say so', () => {
    assert.equal(dateFieldValue('29.2.2024'), '2024-02-29');
    assert.equal(dateFieldValue('31.2.2015'), '31.2.2015');
    assert.equal(dateFieldValue(''), undefined);
  });

  it('shows instants in Finnish time', () => {
    assert.deepEqual(helsinkiDateAndTime('2026-06-12T11:32:00Z', 'fi'), { date: '12.6.2026', time: '14.32' });
    assert.deepEqual(helsinkiDateAndTime('2026-01-31T22:05:00Z', 'en'), { date: '1.2.2026', time: '00:05' });
  });

  it('writes a month inside a sentence in lower case in Finnish and Swedish', () => {
    assert.equal(formatMonthInText('2026-11', 'fi'), 'marraskuu 2026');
    assert.equal(formatMonthInText('2026-11', 'sv'), 'november 2026');
    assert.equal(formatMonthInText('2026-11', 'en'), 'November 2026');
    assert.equal(formatMonthInText('2026-01', 'fi'), 'tammikuu 2026');
    assert.equal(formatMonthInText('not a month', 'fi'), 'not a month');
    assert.equal(formatMonth('2026-11', 'fi'), 'Marraskuu 2026');
    assert.equal(formatMonth('2026-11', 'sv'), 'November 2026');
  });

  it('names months and counts them', () => {
    assert.equal(formatMonth('2026-06', 'fi'), 'Kesäkuu 2026');
    assert.equal(formatMonth('2026-06', 'sv'), 'Juni 2026');
    assert.equal(formatMonth('2026-06', 'en'), 'June 2026');
    assert.equal(addMonths('2026-01', -3), '2025-10');
    assert.equal(addMonths('2026-12', 1), '2027-01');
  });
});

describe('file sizes', () => {
  it('are shown in the units of each language', () => {
    assert.equal(formatFileSize(820, 'fi'), '820 t');
    assert.equal(formatFileSize(12 * 1024, 'sv'), '12 kB');
    assert.equal(formatFileSize(1.4 * 1024 * 1024, 'fi'), '1,4 Mt');
    assert.equal(formatFileSize(1.4 * 1024 * 1024, 'en'), '1.4 MB');
  });
});
