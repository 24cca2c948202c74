import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DECISION_WORKING_DAYS,
  DRAFT_RETENTION_DAYS,
  decisionDueDate,
  draftDeletionDate,
} from '../src/application/due-date.ts';

/** Noon in Helsinki (UTC+2 in winter, UTC+3 in summer) on a date, as an instant. */
const winterNoon = (date: string) => new Date(`${date}T10:00:00Z`);
const summerNoon = (date: string) => new Date(`${date}T09:00:00Z`);

// Every expected date below is counted by hand from a calendar; the comment lists the working days counted.
describe('decisionDueDate', () => {
  it('is the 7th working day after arrival', () => {
    assert.equal(DECISION_WORKING_DAYS, 7);
    // Wed 25.11.2026: Thu 26, Fri 27, Mon 30, Tue 1.12, Wed 2, Thu 3, Fri 4 (Independence Day 6.12. is a Sunday).
    assert.equal(decisionDueDate(winterNoon('2026-11-25'), false), '2026-12-04');
    // Wed 1.12.2027: Thu 2, Fri 3, (Mon 6.12. Independence Day) Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    assert.equal(decisionDueDate(winterNoon('2027-12-01'), false), '2027-12-13');
  });

  it('across Easter 2026 (Good Friday 3.4., Easter Monday 6.4.)', () => {
    // Wed 1.4.: Thu 2, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14.
    assert.equal(decisionDueDate(summerNoon('2026-04-01'), false), '2026-04-14');
    // Arrival on Easter Saturday 4.4.: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14, Wed 15.
    assert.equal(decisionDueDate(summerNoon('2026-04-04'), false), '2026-04-15');
    // Urgent on Maundy Thursday 2.4.: the next working day is Tuesday 7.4.
    assert.equal(decisionDueDate(summerNoon('2026-04-02'), true), '2026-04-07');
  });

  it('across Midsummer 2026 (Midsummer Eve Fri 19.6., Midsummer Day Sat 20.6.)', () => {
    // Wed 17.6.: Thu 18, Mon 22, Tue 23, Wed 24, Thu 25, Fri 26, Mon 29.
    assert.equal(decisionDueDate(summerNoon('2026-06-17'), false), '2026-06-29');
    // Urgent on Thu 18.6.: Midsummer Eve is not a working day, so Monday 22.6.
    assert.equal(decisionDueDate(summerNoon('2026-06-18'), true), '2026-06-22');
  });

  it('across Christmas 2026 (Thu 24.12., Fri 25.12., Sat 26.12.) and the year end', () => {
    // Mon 21.12.: Tue 22, Wed 23, Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1.1. New Year's Day) Mon 4.1.2027.
    assert.equal(decisionDueDate(winterNoon('2026-12-21'), false), '2027-01-04');
    // Urgent on Wed 23.12.: Monday 28.12.
    assert.equal(decisionDueDate(winterNoon('2026-12-23'), true), '2026-12-28');
    // Tue 29.12.: Wed 30, Thu 31, Mon 4.1., Tue 5, (Wed 6.1. Epiphany) Thu 7, Fri 8, Mon 11.
    assert.equal(decisionDueDate(winterNoon('2026-12-29'), false), '2027-01-11');
    // Urgent on Thu 31.12.2026: Monday 4.1.2027.
    assert.equal(decisionDueDate(winterNoon('2026-12-31'), true), '2027-01-04');
  });

  it('urgent: the next working day, also over a weekend and a Monday holiday', () => {
    assert.equal(decisionDueDate(winterNoon('2026-11-25'), true), '2026-11-26');
    assert.equal(decisionDueDate(winterNoon('2026-11-27'), true), '2026-11-30');
    // Fri 3.12.2027: Monday 6.12. is Independence Day, so Tuesday 7.12.
    assert.equal(decisionDueDate(winterNoon('2027-12-03'), true), '2027-12-07');
  });

  it('counts from the arrival date in Helsinki, not in UTC', () => {
    // 31.3.2026 20:59 UTC is 23:59 in Helsinki (summer time): arrival Tue 31.3.
    // Wed 1.4., Thu 2, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    assert.equal(decisionDueDate(new Date('2026-03-31T20:59:00Z'), false), '2026-04-13');
    // 31.3.2026 21:30 UTC is already 00:30 on Wed 1.4. in Helsinki.
    assert.equal(decisionDueDate(new Date('2026-03-31T21:30:00Z'), false), '2026-04-14');
    // Thu 26.11.2026 22:30 UTC is Fri 27.11. 00:30 in Helsinki: urgent → Monday 30.11.
    assert.equal(decisionDueDate(new Date('2026-11-26T22:30:00Z'), true), '2026-11-30');
  });
});

describe('draftDeletionDate', () => {
  it('is 90 days after the last change, as a date in Helsinki', () => {
    assert.equal(DRAFT_RETENTION_DAYS, 90);
    assert.equal(draftDeletionDate(new Date('2026-11-25T10:00:00Z')), '2027-02-23');
    // 2.1.2026 00:30 in Helsinki; 90 days later is 2.4. 01:30 in summer time.
    assert.equal(draftDeletionDate(new Date('2026-01-01T22:30:00Z')), '2026-04-02');
  });
});
