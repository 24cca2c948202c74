import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ApplicationStatus,
  applicationStatuses,
  assertTransition,
  canTransition,
  duplicateCountingStatuses,
  IllegalTransition,
  isEditable,
  isFinalStatus,
  isWithdrawable,
  openApplicationStatuses,
} from '../src/application/status.ts';

// The contract: draft → submitted → in_processing ⇄ waiting_for_information → decided; withdrawn from any
// status before decided; closed_as_duplicate from any sent status before decided. Written out as the full list of
// allowed moves.
const allowed = new Set([
  'draft→submitted',
  'draft→withdrawn',
  'submitted→in_processing',
  'submitted→withdrawn',
  'in_processing→waiting_for_information',
  'in_processing→decided',
  'in_processing→withdrawn',
  'waiting_for_information→in_processing',
  'waiting_for_information→decided',
  'waiting_for_information→withdrawn',
  'submitted→closed_as_duplicate',
  'in_processing→closed_as_duplicate',
  'waiting_for_information→closed_as_duplicate',
]);

describe('application status machine', () => {
  it('allows exactly the moves of the contract, and refuses every other pair', () => {
    for (const from of applicationStatuses) {
      for (const to of applicationStatuses) {
        assert.equal(canTransition(from, to), allowed.has(`${from}→${to}`), `${from} → ${to}`);
      }
    }
  });

  it('decided, withdrawn and closed_as_duplicate are final', () => {
    for (const to of applicationStatuses) {
      assert.equal(canTransition('decided', to), false);
      assert.equal(canTransition('withdrawn', to), false);
      assert.equal(canTransition('closed_as_duplicate', to), false);
    }
    assert.deepEqual(applicationStatuses.filter(isFinalStatus), [
      'decided',
      'withdrawn',
      'closed_as_duplicate',
    ]);
  });

  it('duplicates count among the open and decided applications only', () => {
    assert.deepEqual(
      [...duplicateCountingStatuses],
      ['submitted', 'in_processing', 'waiting_for_information', 'decided'],
    );
    assert.deepEqual([...openApplicationStatuses], ['submitted', 'in_processing', 'waiting_for_information']);
  });

  it('assertTransition throws IllegalTransition naming both statuses', () => {
    assert.doesNotThrow(() => assertTransition('draft', 'submitted'));
    assert.throws(
      () => assertTransition('decided', 'withdrawn'),
      (error: unknown) =>
        error instanceof IllegalTransition &&
        error.from === 'decided' &&
        error.to === 'withdrawn' &&
        /decided/.test(error.message),
    );
    assert.throws(() => assertTransition('submitted', 'submitted'), IllegalTransition);
    assert.throws(() => assertTransition('submitted', 'draft'), IllegalTransition, 'no way back to a draft');
  });

  it('only a draft is editable; anything before a decision can be withdrawn', () => {
    const editable = applicationStatuses.filter(isEditable);
    assert.deepEqual(editable, ['draft']);
    const withdrawable: ApplicationStatus[] = applicationStatuses.filter(isWithdrawable);
    assert.deepEqual(withdrawable, ['draft', 'submitted', 'in_processing', 'waiting_for_information']);
  });
});
