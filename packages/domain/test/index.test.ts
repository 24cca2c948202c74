import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as domain from '@tuki/domain';

describe('@tuki/domain', () => {
  it('exports the public API from the package entry point', () => {
    const expected = [
      'addDays',
      'addWorkingDays',
      'ageOn',
      'easterSunday',
      'finnishPublicHolidays',
      'formatIban',
      'helsinkiDate',
      'isLanguage',
      'isStaffRole',
      'isValidIban',
      'isValidPersonalIdentityCode',
      'isWorkingDay',
      'makePersonalIdentityCode',
      'maskDeep',
      'maskIban',
      'maskPersonalIdentityCodes',
      'nextWorkingDay',
      'normalizeIban',
      'normalizePersonalIdentityCode',
      'parseIban',
      'parsePersonalIdentityCode',
      'workingDaysBetween',
    ];
    const exports: Record<string, unknown> = domain;
    for (const name of expected) assert.equal(typeof exports[name], 'function', name);
    assert.deepEqual(
      [...domain.staffRoles],
      ['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver', 'archivist'],
    );
    assert.deepEqual([...domain.languages], ['fi', 'sv', 'en']);
  });
});
