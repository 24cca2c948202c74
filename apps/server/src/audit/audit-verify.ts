// Proves the audit chain intact: sequence numbers without gaps, each row linked to the previous row's hash,
// and each row's hash matching its content. Verifies the chain as it stands when the verification begins (up to
// the chain head read first), so a running system may go on appending rows meanwhile. Reads in keyset-paged
// batches (by sequence number) and keeps only the previous row's hash between them, so a million rows take no
// more memory than a batch; outside a transaction, so the embedded database serves other requests in between.
import type { Db } from '../db/database.ts';
import { listChainRows, readChainStart } from './audit.repository.ts';

export interface ChainReport {
  ok: boolean;
  rowsChecked: number;
  /** The first broken row and what is wrong with it. */
  firstBroken?: { seq: number; id: string | null; problem: string };
}

const GENESIS = '0'.repeat(64);
/** Rows read per query: the memory used does not grow with the trail. */
export const VERIFY_BATCH_SIZE = 1000;

/** `afterBatch` is called once a batch is checked, while it is still held (the benchmark reads the memory there). */
export async function verifyAuditChain(
  db: Db,
  pageSize = VERIFY_BATCH_SIZE,
  afterBatch?: () => void,
): Promise<ChainReport> {
  const head = await readChainStart(db);
  const headSeq = head?.last_seq == null ? undefined : Number(head.last_seq);
  const lastSeq = headSeq ?? Number.MAX_SAFE_INTEGER;
  let expectedSeq = 1;
  let previousHash = GENESIS;
  let rowsChecked = 0;
  while (expectedSeq <= lastSeq) {
    const rows = await listChainRows(db, expectedSeq, lastSeq, pageSize);
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (problem: string): ChainReport => ({
        ok: false,
        rowsChecked,
        firstBroken: { seq, id: row.id, problem },
      });
      if (seq !== expectedSeq) {
        return {
          ok: false,
          rowsChecked,
          firstBroken: {
            seq: expectedSeq,
            id: null,
            problem: `row ${expectedSeq} is missing (next is ${seq})`,
          },
        };
      }
      if (row.prev_hash !== previousHash) return broken('does not link to the hash of the previous row');
      if (row.recomputed !== row.hash) return broken('its content does not match its hash');
      previousHash = row.hash;
      expectedSeq += 1;
      rowsChecked += 1;
    }
    afterBatch?.();
    if (rows.length < pageSize) break;
  }
  const problem =
    headSeq === undefined
      ? 'the chain head is missing'
      : headSeq > expectedSeq - 1
        ? `rows after ${expectedSeq - 1} are missing (the chain head is at ${headSeq})`
        : head?.last_hash !== previousHash
          ? `the chain head (at ${headSeq}) does not match row ${expectedSeq - 1}`
          : head.beyond != null
            ? `row ${head.beyond} lies beyond the chain head (at ${headSeq})`
            : undefined;
  if (problem) {
    const seq = head?.beyond != null && headSeq === expectedSeq - 1 ? Number(head.beyond) : expectedSeq;
    return { ok: false, rowsChecked, firstBroken: { seq, id: null, problem } };
  }
  return { ok: true, rowsChecked };
}
