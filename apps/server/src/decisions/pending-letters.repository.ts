// SQL of the decision letters waiting to be rendered (pending_decision_letter, migration 0031): adding one in the
// decision's transaction, claiming a due one, storing the rendered letter with the pending row's deletion, and
// recording a failed render.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Adds a decision's letter data, to render once the decision has committed. */
export async function insertPendingLetter(
  db: Db,
  decisionId: string,
  letterData: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('pending_decision_letter')
    .values({ decision_id: decisionId, letter_data: letterData, created_at: now })
    .execute();
}

/**
 * The oldest due pending letter (not claimed, or its claim ended), the given decision's when one is given; its row
 * is locked, and a row another transaction holds is skipped. Run it in the claim's transaction.
 */
export async function lockDuePendingLetter(trx: Db, now: Date, decisionId?: string) {
  let query = trx
    .selectFrom('pending_decision_letter')
    .select(['decision_id', 'letter_data', 'attempts'])
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]));
  if (decisionId !== undefined) query = query.where('decision_id', '=', decisionId);
  return query.orderBy('created_at').limit(1).forUpdate().skipLocked().executeTakeFirst();
}

/** Claims a pending letter until the given time and counts the attempt. */
export async function markPendingLetterClaimed(
  trx: Db,
  decisionId: string,
  claimedUntil: Date,
): Promise<void> {
  await trx
    .updateTable('pending_decision_letter')
    .set({ claimed_until: claimedUntil, attempts: sql`attempts + 1` })
    .where('decision_id', '=', decisionId)
    .execute();
}

/**
 * Stores a rendered letter unless the decision already has one ("on conflict do nothing": of two renders of the
 * same letter the first stays).
 */
export async function insertDecisionDocumentOnce(
  db: Db,
  document: { decisionId: string; letterData: string; pdf: Uint8Array; sha256: string; now: Date },
): Promise<void> {
  await db
    .insertInto('decision_document')
    .values({
      decision_id: document.decisionId,
      letter_data: document.letterData,
      pdf: document.pdf,
      sha256: document.sha256,
      size_bytes: document.pdf.byteLength,
      created_at: document.now,
    })
    .onConflict((conflict) => conflict.column('decision_id').doNothing())
    .execute();
}

/** Deletes the decision's pending letter; false when another transaction already did. */
export async function deletePendingLetter(db: Db, decisionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('pending_decision_letter')
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A failed render: not due again before `claimedUntil`, with the error. */
export async function recordPendingLetterFailure(
  db: Db,
  decisionId: string,
  failure: { claimedUntil: Date; lastError: string },
): Promise<void> {
  await db
    .updateTable('pending_decision_letter')
    .set({ claimed_until: failure.claimedUntil, last_error: failure.lastError })
    .where('decision_id', '=', decisionId)
    .execute();
}

/** The data of a decision's pending letter, whoever has claimed it. */
export async function findPendingLetterData(db: Db, decisionId: string) {
  return db
    .selectFrom('pending_decision_letter')
    .select('letter_data')
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

/** The decisions of a person's applications whose letters are pending. */
export async function listPendingLetterDecisionsOfPerson(db: Db, personId: string) {
  return db
    .selectFrom('pending_decision_letter as p')
    .innerJoin('decision as d', 'd.id', 'p.decision_id')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select('p.decision_id')
    .where('a.person_id', '=', personId)
    .execute();
}
