// Who sees the payments page and who approves there (features/session/roles.ts, features/payments/payment-rules.ts),
// and the helpers the page reads the server's answers with: the problem's code and today in Finland.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiProblem, type StaffRole } from '@tuki/api-client';
import { staffRoles } from '@tuki/domain';
import { approvesPayments, helsinkiToday, problemCode } from '../src/features/payments/payment-rules.ts';
import { readsPayments } from '../src/features/session/roles.ts';

describe('the payments page’s rules', () => {
  it('is for the handling roles and the payment approver, as the server’s routes allow; approving for the approver', () => {
    const readers = staffRoles.filter((role) => readsPayments([role]));
    assert.deepEqual(readers, ['handler', 'social_worker', 'supervisor', 'payment_approver']);
    assert.deepEqual(
      staffRoles.filter((role) => approvesPayments([role])),
      ['payment_approver'],
    );
    assert.equal(readsPayments([] as StaffRole[]), false);
    assert.equal(readsPayments(['admin', 'auditor']), false);
  });

  it('reads the code of a problem from its type, and nothing from other errors', () => {
    const problem = new ApiProblem({
      type: 'https://tuki.hel.fi/problems/cannot-approve-own-decision',
      title: 'Forbidden',
      status: 403,
      detail: 'You made a decision paid in this batch.',
      errors: [],
    });
    assert.equal(problemCode(problem), 'cannot-approve-own-decision');
    assert.equal(problemCode(new Error('offline')), undefined);
  });

  it('gives today in Finland, also when it is still yesterday in UTC', () => {
    assert.equal(helsinkiToday(new Date('2026-12-07T23:30:00Z')), '2026-12-08');
    assert.equal(helsinkiToday(new Date('2026-06-30T20:59:00Z')), '2026-06-30');
    assert.equal(helsinkiToday(new Date('2026-06-30T21:00:00Z')), '2026-07-01');
  });
});
