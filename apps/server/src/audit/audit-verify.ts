// Proves the audit chain intact: sequence numbers without gaps, each row linked to the previous row's hash,
// and each row's hash matching its content. Reads in pages so that any size of trail fits in memory.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface ChainReport {
  ok: boolean;
  rowsChecked: number;
  /** The first broken row and what is wrong with it. */
  firstBroken?: { seq: number; id: string | null; problem: string };
}

const GENESIS = '0'.repeat(64);

export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<ChainReport> {
  let expectedSeq = 1;
  let previousHash = GENESIS;
  let rowsChecked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .select(['seq', 'id', 'prev_hash', 'hash', sql<string>`audit_event_hash(audit_event)`.as('recomputed')])
      .where('seq', '>=', expectedSeq)
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
    if (rows.length < pageSize) break;
  }
  const head = await db
    .selectFrom(sql<{ last_seq: number; last_hash: string }>`audit_chain_head`.as('h'))
    .select(['last_seq', 'last_hash'])
    .executeTakeFirst();
  if (!head || Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== previousHash) {
    const problem = !head
      ? 'the chain head is missing'
      : Number(head.last_seq) > expectedSeq - 1
        ? `rows after ${expectedSeq - 1} are missing (the chain head is at ${head.last_seq})`
        : `the chain head (at ${head.last_seq}) does not match row ${expectedSeq - 1}`;
    return { ok: false, rowsChecked, firstBroken: { seq: expectedSeq, id: null, problem } };
  }
  return { ok: true, rowsChecked };
}
