import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destroyAfter, isPastRetention, recordTypes } from '../src/retention.ts';

describe('retention', () => {
  it('names the record types of a case', () => {
    assert.deepEqual(
      [...recordTypes],
      ['application', 'attachment', 'message', 'decision', 'letter', 'payment_file'],
    );
  });

  it('keeps a document for whole years after its case was closed', () => {
    assert.equal(destroyAfter('2016-11-24', 10), '2026-11-24');
    assert.equal(destroyAfter('2016-02-29', 10), '2026-02-28');
    assert.equal(destroyAfter('2016-02-29', 12), '2028-02-29');
    assert.equal(destroyAfter(null, 10), null);
  });

  it('is past retention only from the day after the last day', () => {
    assert.equal(isPastRetention('2026-11-24', '2026-11-25'), true);
    assert.equal(isPastRetention('2026-11-24', '2026-11-24'), false);
    assert.equal(isPastRetention(null, '2099-01-01'), false);
  });
});
