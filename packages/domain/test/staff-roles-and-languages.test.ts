import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLanguage, languages } from '../src/languages.ts';
import { isStaffRole, staffRoles } from '../src/staff-roles.ts';

describe('staff roles', () => {
  it('lists the roles', () => {
    assert.deepEqual(
      [...staffRoles],
      ['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver', 'archivist'],
    );
  });

  it('recognizes roles exactly', () => {
    for (const role of staffRoles) assert.ok(isStaffRole(role));
    for (const value of [
      'Handler',
      'socialWorker',
      'root',
      '',
      ' admin',
      null,
      undefined,
      1,
      ['admin'],
      {},
    ]) {
      assert.equal(isStaffRole(value), false, String(value));
    }
  });
});

describe('languages', () => {
  it('lists Finnish, Swedish and English', () => {
    assert.deepEqual([...languages], ['fi', 'sv', 'en']);
  });

  it('recognizes language codes exactly', () => {
    for (const language of languages) assert.ok(isLanguage(language));
    for (const value of ['FI', 'fi-FI', 'se', 'de', '', null, undefined, 0, {}]) {
      assert.equal(isLanguage(value), false, String(value));
    }
  });
});
