import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decisionDueDateAfterAnswer,
  decisionDueDateAfterDeadline,
  earliestInformationDueDate,
  informationItemCategory,
  informationItemCodes,
  informationRequestLatestDate,
  isLateInformationRequest,
} from '../src/application/information-request.ts';

const winterNoon = (date: string) => new Date(`${date}T10:00:00Z`);

// Every expected date is counted by hand from a calendar; the comment lists the working days counted.
describe('deadlines around a request for additional information', () => {
  it('while waiting: 7 working days after the date given to the client', () => {
    // Wed 9.12.2026: Thu 10, Fri 11, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18.
    assert.equal(decisionDueDateAfterDeadline('2026-12-09'), '2026-12-18');
    // Fri 18.12.2026: Mon 21, Tue 22, Wed 23, (Christmas Eve and Day 24–25) Mon 28, Tue 29, Wed 30, Thu 31.
    assert.equal(decisionDueDateAfterDeadline('2026-12-18'), '2026-12-31');
    // Mon 28.12.2026: Tue 29, Wed 30, Thu 31, (New Year's Day) Mon 4.1., Tue 5, (Epiphany) Thu 7, Fri 8.
    assert.equal(decisionDueDateAfterDeadline('2026-12-28'), '2027-01-08');
  });

  it('after the answer: the 7th working day, or the next one when urgent', () => {
    // Wed 2.12.2026: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11 (6.12. is a Sunday).
    assert.equal(decisionDueDateAfterAnswer(winterNoon('2026-12-02'), false), '2026-12-11');
    // An answer on Christmas Eve 2026 (Thursday), urgent: Monday 28.12.
    assert.equal(decisionDueDateAfterAnswer(winterNoon('2026-12-24'), true), '2026-12-28');
    // An answer late on a Friday evening in Helsinki (21:30 UTC is 23:30 there) counts from that Friday.
    assert.equal(decisionDueDateAfterAnswer(new Date('2026-11-27T21:30:00Z'), true), '2026-11-30');
  });

  it('the earliest date to answer by is the next working day', () => {
    assert.equal(earliestInformationDueDate(winterNoon('2026-12-04')), '2026-12-07');
    assert.equal(earliestInformationDueDate(winterNoon('2026-12-31')), '2027-01-04');
  });

  it('every common item maps to an attachment category', () => {
    for (const code of informationItemCodes) assert.ok(informationItemCategory[code]);
    assert.equal(informationItemCategory.bank_statements, 'bank_statement');
  });
});

describe('a request in time (TTL 14 a §: by the 7th working day after arrival)', () => {
  it('is in time up to the 7th working day and late from the next day', () => {
    // Arrived Wed 2.12.2026: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11.
    const arrived = winterNoon('2026-12-02');
    assert.equal(informationRequestLatestDate(arrived), '2026-12-11');
    assert.equal(isLateInformationRequest(arrived, '2026-12-11'), false);
    assert.equal(isLateInformationRequest(arrived, '2026-12-12'), true);
    assert.equal(isLateInformationRequest(arrived, winterNoon('2026-12-14')), true);
    assert.equal(isLateInformationRequest(arrived, winterNoon('2026-12-03')), false);
  });

  it('counts from the arrival day in Finland and skips the holidays', () => {
    // Arrived late on Wed 23.12.2026 in Helsinki: (24–25 holidays) Mon 28, Tue 29, Wed 30, Thu 31, (1.1.) Mon 4,
    // Tue 5, (6.1.) Thu 7.
    const arrived = new Date('2026-12-23T21:30:00Z');
    assert.equal(informationRequestLatestDate(arrived), '2027-01-07');
    assert.equal(isLateInformationRequest(arrived, '2027-01-07'), false);
    assert.equal(isLateInformationRequest(arrived, '2027-01-08'), true);
  });
});
