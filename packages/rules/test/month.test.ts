import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageOnFirstDayOfMonth, isMonth, roundHalfUp } from '../src/index.ts';

describe('ageOnFirstDayOfMonth', () => {
  it('counts full years on the first day of the month', () => {
    assert.equal(ageOnFirstDayOfMonth('2008-04-01', '2026-04'), 18); // birthday on the 1st: that age all month
    assert.equal(ageOnFirstDayOfMonth('2008-04-02', '2026-04'), 17); // birthday on the 2nd: not yet
    assert.equal(ageOnFirstDayOfMonth('2008-03-31', '2026-04'), 18);
    assert.equal(ageOnFirstDayOfMonth('2008-12-31', '2027-01'), 18);
    assert.equal(ageOnFirstDayOfMonth('2000-02-29', '2018-02'), 17);
    assert.equal(ageOnFirstDayOfMonth('2000-02-29', '2018-03'), 18); // common year: on 1 March
    assert.equal(ageOnFirstDayOfMonth('2026-05-01', '2026-05'), 0);
    assert.equal(ageOnFirstDayOfMonth('2026-05-20', '2026-05'), -1); // born during the month (the engine uses 0)
  });
});

describe('isMonth', () => {
  it('accepts YYYY-MM only', () => {
    assert.ok(isMonth('2026-12'));
    for (const value of ['2026-13', '2026-00', '2026-1', '2026-01-01', 202601, null])
      assert.ok(!isMonth(value));
  });
});

describe('roundHalfUp', () => {
  it('rounds to the nearest cent, exact halves up', () => {
    assert.equal(roundHalfUp(57_843, 11_500, 10_000), 66_519); // 665.1945
    assert.equal(roundHalfUp(49_745, 50, 100), 24_873); // 248.725 → 248.73
    assert.equal(roundHalfUp(33_333, 2_000, 10_000), 6_667); // 66.666
    assert.equal(roundHalfUp(5, 1, 2), 3); // 2.5
    assert.equal(roundHalfUp(0, 7_000, 10_000), 0);
  });
});
