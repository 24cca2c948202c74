// Proves the audit chain intact: sequence numbers without gaps, each row linked to the previous row's hash,
// and each row's hash matching its content. Verifies the chain as it stands when the verification begins (up to
// the chain head read first), so a running system may go on appending rows meanwhile. Reads in keyset-paged
// batches (by sequence number) and keeps only the previous row's hash between them, so a million rows take no
// more memory than a batch; outside a transaction, so the embedded database serves other requests in between.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

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
  // The head and the first row beyond it, in one statement (one snapshot): a row past the head is not one
  // appended meanwhile, as the head moves with every row in the row's own transaction.
  const start = await sql<{ last_seq: number | null; last_hash: string | null; beyond: number | null }>`
    select h.last_seq, h.last_hash,
      (select min(e.seq) from audit_event e where e.seq > coalesce(h.last_seq, 0)) as beyond
    from (select 1) as one left join audit_chain_head h on true`.execute(db);
  const head = start.rows[0];
  const headSeq = head?.last_seq == null ? undefined : Number(head.last_seq);
  const lastSeq = headSeq ?? Number.MAX_SAFE_INTEGER;
  let expectedSeq = 1;
  let previousHash = GENESIS;
  let rowsChecked = 0;
  while (expectedSeq <= lastSeq) {
    const rows = await db
      .selectFrom('audit_event')
      .select(['seq', 'id', 'prev_hash', 'hash', sql<string>`audit_event_hash(audit_event)`.as('recomputed')])
      .where('seq', '>=', expectedSeq)
      .where('seq', '<=', lastSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
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
