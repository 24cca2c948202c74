// The case as an operation other than getApplication answers it keeps the documents' retention read last
// (features/case/keep-retention.ts), by each document's id; a new document has none, and what the answer carries wins.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResponseBody } from '@tuki/api-client';
import { keepRetention } from '../src/features/case/keep-retention.ts';

type StaffApplication = ResponseBody<'getApplication'>;
type Retention = NonNullable<StaffApplication['attachments'][number]['retention']>;

const retention = (years: number): Retention => ({
  recordType: 'attachment',
  publicity: 'secret',
  publicityBasis: '812/2000, 14 §',
  personalData: true,
  retentionYears: years,
  basis: 'TOS',
  destroyAfter: null,
});

/** Only the parts keepRetention reads; the rest of the case passes through as it is. */
const caseOf = (
  attachments: { id: string; retention?: Retention }[],
  decisions: { id: string; retention?: Retention; letterRetention?: Retention }[],
) => ({ status: 'in_review', attachments, decisions }) as unknown as StaffApplication;

describe('keepRetention', () => {
  it('keeps the retention read last for the same documents', () => {
    const previous = caseOf(
      [{ id: 'a', retention: retention(10) }],
      [{ id: 'd', retention: retention(10), letterRetention: retention(10) }],
    );
    const kept = keepRetention(previous, caseOf([{ id: 'a' }, { id: 'b' }], [{ id: 'd' }]));
    assert.equal(kept.attachments[0]?.retention?.retentionYears, 10);
    assert.equal(kept.attachments[1]?.retention, undefined, 'a new attachment has none');
    assert.equal(kept.decisions[0]?.retention?.retentionYears, 10);
    assert.equal(kept.decisions[0]?.letterRetention?.retentionYears, 10);
    assert.equal((kept as unknown as { status: string }).status, 'in_review');
  });

  it('takes what the answer carries, and the answer as it is without a case before it', () => {
    const previous = caseOf([{ id: 'a', retention: retention(10) }], []);
    const kept = keepRetention(previous, caseOf([{ id: 'a', retention: retention(6) }], []));
    assert.equal(kept.attachments[0]?.retention?.retentionYears, 6);
    const fresh = caseOf([{ id: 'a' }], []);
    assert.equal(keepRetention(undefined, fresh), fresh);
  });
});
