// SQL of the print batches: the paper letters waiting to be mailed, the letters rendered again as mailed, and the
// batches with their merged PDF.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** How many paper letters wait to be mailed, and the oldest one's decision time. */
export async function countWaitingLetters(db: Db) {
  return db
    .selectFrom('decision')
    .select((eb) => [eb.fn.countAll<string>().as('waiting'), eb.fn.min('decided_at').as('oldest')])
    .where('delivery', '=', 'paper')
    .where('mailed_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/**
 * The paper letters waiting to be mailed, oldest decision first, with their recipients' names and addresses. Each
 * decision is locked; those another batch holds are skipped.
 */
export async function lockWaitingLetters(db: Db) {
  return db
    .selectFrom('decision as d')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'd.id',
      'd.decided_at',
      'a.reference_number',
      'a.content',
      'p.first_name',
      'p.last_name',
      'p.street_address',
      'p.postal_code',
      'p.city',
    ])
    .where('d.delivery', '=', 'paper')
    .where('d.mailed_at', 'is', null)
    .orderBy('d.decided_at')
    .orderBy('d.id')
    .forUpdate(['d'])
    .skipLocked()
    .execute();
}

/** The stored letters (PDF and the data it was rendered from) of these decisions. */
export async function listLetterDocuments(db: Db, decisionIds: string[]) {
  return db
    .selectFrom('decision_document')
    .select(['decision_id', 'pdf', 'letter_data'])
    .where('decision_id', 'in', decisionIds)
    .execute();
}

/** The data of these decisions' letters not rendered yet after their decisions (decisions/pending-letters.ts). */
export async function listPendingLetterData(db: Db, decisionIds: string[]) {
  return db
    .selectFrom('pending_decision_letter')
    .select(['decision_id', 'letter_data'])
    .where('decision_id', 'in', decisionIds)
    .execute();
}

/** Replaces a decision's letter with the one rendered as mailed. */
/** Stores the letter as mailed (replacing an earlier rendering, or a pending one) and clears its pending row. */
export async function storeMailedLetter(
  db: Db,
  decisionId: string,
  letter: { letterData: string; pdf: Uint8Array; sha256: string; now: Date },
): Promise<void> {
  const document = {
    letter_data: letter.letterData,
    pdf: letter.pdf,
    sha256: letter.sha256,
    size_bytes: letter.pdf.byteLength,
    created_at: letter.now,
  };
  await db
    .insertInto('decision_document')
    .values({ decision_id: decisionId, ...document })
    .onConflict((conflict) => conflict.column('decision_id').doUpdateSet(document))
    .execute();
  await db.deleteFrom('pending_decision_letter').where('decision_id', '=', decisionId).execute();
}

export async function insertPrintBatch(
  db: Db,
  values: Insertable<Database['print_batch']>,
): Promise<{ id: string }> {
  return db.insertInto('print_batch').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Marks the decisions' letters mailed in the batch. */
export async function markDecisionsMailed(
  db: Db,
  decisionIds: string[],
  batchId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('decision')
    .set({ print_batch_id: batchId, mailed_at: now })
    .where('id', 'in', decisionIds)
    .execute();
}

function batchesQuery(db: Db) {
  return db
    .selectFrom('print_batch as b')
    .innerJoin('staff_user as s', 's.id', 'b.created_by')
    .select([
      'b.id',
      'b.created_at',
      'b.created_by',
      'b.letters',
      sql<number>`octet_length(b.pdf)`.as('size_bytes'),
      's.first_name',
      's.last_name',
    ]);
}

export type BatchRow = Awaited<ReturnType<ReturnType<typeof batchesQuery>['executeTakeFirstOrThrow']>>;

/**
 * A page of batches, newest first, one more than the limit when there are more; `after` is the last batch of the
 * previous page.
 */
export async function listPrintBatchRows(
  db: Db,
  page: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<BatchRow[]> {
  let query = batchesQuery(db)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(page.limit + 1);
  const after = page.after;
  if (after) {
    query = query.where(sql<boolean>`(b.created_at, b.id) < (${after.createdAt}, ${after.id}::uuid)`);
  }
  return query.execute();
}

export async function findPrintBatch(db: Db, id: string) {
  return db
    .selectFrom('print_batch')
    .select(['pdf', 'sha256', 'letters', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}
