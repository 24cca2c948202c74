// The decision letter, rendered after the decision has committed (migration 0031): the decision's transaction
// stores the letter's data in pending_decision_letter (addPendingLetter); the letter is rendered outside any
// transaction, so the application's row lock is never held while Typst works, and stored with the pending row's
// deletion in one short transaction. Storing is idempotent ("on conflict do nothing" on the document): two
// renders of the same letter leave the first one.
//
// - renderLetterOf: right after the decision's commit. A failure is recorded and left to the job.
// - renderPendingLetters: the job (jobs/pending-letters.ts), in every server process; a letter is claimed with
//   FOR UPDATE SKIP LOCKED and a claim time, so two processes never render the same letter at once, and a failed
//   render is tried again after a backoff.
// - renderLetterNow: a reader that needs the letter in the short window before it is stored (the download, the
//   data export, the print batch) renders it at once, whatever its claim.
//
// With Suomi.fi Messages, the transaction that stores the letter (and deletes its pending row, which only one
// transaction does) also enqueues the job that sends it (letter-delivery/letterRendered): the job never has to wait
// for the PDF.
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { letterRendered } from '../letter-delivery/index.ts';
import type { DecisionLetterData, LetterRendering } from '../letters/index.ts';
import { retryDelayMs } from '../outbox/worker.ts';
import { letterOptionsFor } from './decision-letter.ts';
import {
  deletePendingLetter,
  findPendingLetterData,
  insertDecisionDocumentOnce,
  insertPendingLetter,
  listPendingLetterDecisionsOfPerson,
  lockDuePendingLetter,
  markPendingLetterClaimed,
  recordPendingLetterFailure,
} from './pending-letters.repository.ts';

export type { LetterRendering };

/** How long a claimed letter is not due for another renderer: far longer than a render takes. */
export const LETTER_CLAIM_MS = 120_000;
/** The backoff of a failed render: 30 s doubled per attempt, at most an hour, without jitter. */
const RETRY = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, random: () => 0 };

/** In the decision's transaction: the letter's data, to render once the decision has committed. */
export async function addPendingLetter(
  db: Db,
  decisionId: string,
  letter: DecisionLetterData,
  now: Date,
): Promise<void> {
  await insertPendingLetter(db, decisionId, JSON.stringify(letter), now);
}

interface Claimed {
  decisionId: string;
  letter: DecisionLetterData;
  attempts: number;
}

/** Claims one due pending letter (the given decision's, or the oldest), in a short transaction of its own. */
async function claim(db: Db, now: Date, decisionId?: string): Promise<Claimed | undefined> {
  return inTransaction(db, async (trx) => {
    const row = await lockDuePendingLetter(trx, now, decisionId);
    if (!row) return undefined;
    await markPendingLetterClaimed(trx, row.decision_id, new Date(now.getTime() + LETTER_CLAIM_MS));
    return {
      decisionId: row.decision_id,
      letter: row.letter_data as DecisionLetterData,
      attempts: row.attempts + 1,
    };
  });
}

/** Renders outside any transaction; then stores the document and deletes the pending row in one. */
async function renderAndStore(
  db: Db,
  decisionId: string,
  letter: DecisionLetterData,
  rendering: LetterRendering,
  now: Date,
): Promise<void> {
  const pdf = await rendering.render(letter, letterOptionsFor(letter.language, rendering.publicUrl));
  await inTransaction(db, async (trx) => {
    await insertDecisionDocumentOnce(trx, {
      decisionId,
      letterData: JSON.stringify(letter),
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      now,
    });
    if (await deletePendingLetter(trx, decisionId)) await letterRendered(trx, decisionId, now);
  });
}

/** A failed render: due again after a backoff (30 s doubled per attempt, at most an hour), with the error. */
async function recordFailure(db: Db, claimed: Claimed, error: unknown, now: Date): Promise<void> {
  const delay = retryDelayMs(claimed.attempts, RETRY);
  await recordPendingLetterFailure(db, claimed.decisionId, {
    claimedUntil: new Date(now.getTime() + delay),
    lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
  });
}

async function renderClaimed(db: Db, claimed: Claimed, rendering: LetterRendering, now: Date): Promise<void> {
  try {
    await renderAndStore(db, claimed.decisionId, claimed.letter, rendering, now);
  } catch (error) {
    await recordFailure(db, claimed, error, now);
    throw error;
  }
}

/**
 * Right after the decision's commit: renders and stores its letter. False when another renderer has it in hand;
 * a failure is recorded (the job tries again) and thrown.
 */
export async function renderLetterOf(
  db: Db,
  decisionId: string,
  rendering: LetterRendering,
  now: Date,
): Promise<boolean> {
  const claimed = await claim(db, now, decisionId);
  if (!claimed) return false;
  await renderClaimed(db, claimed, rendering, now);
  return true;
}

export interface PendingLettersRun {
  rendered: number;
  failed: number;
}

/** The job's run: renders the due pending letters, at most `limit`; a failure is recorded and the run goes on. */
export async function renderPendingLetters(
  db: Db,
  rendering: LetterRendering,
  now: Date,
  options: { limit?: number; onError?: (decisionId: string, error: unknown) => void } = {},
): Promise<PendingLettersRun> {
  const result: PendingLettersRun = { rendered: 0, failed: 0 };
  for (let i = 0; i < (options.limit ?? 20); i++) {
    const claimed = await claim(db, now);
    if (!claimed) break;
    try {
      await renderClaimed(db, claimed, rendering, now);
      result.rendered++;
    } catch (error) {
      result.failed++;
      options.onError?.(claimed.decisionId, error);
    }
  }
  return result;
}

/**
 * For a reader that needs the letter now: renders the decision's pending letter, whoever has claimed it (storing
 * is idempotent). False when it has none pending (its letter is stored, or there is no such decision).
 */
export async function renderLetterNow(
  db: Db,
  decisionId: string,
  rendering: LetterRendering,
  now: Date,
): Promise<boolean> {
  const row = await findPendingLetterData(db, decisionId);
  if (!row) return false;
  await renderAndStore(db, decisionId, row.letter_data as DecisionLetterData, rendering, now);
  return true;
}

/** renderLetterNow for each of a person's decisions whose letter is pending (before their data is exported). */
export async function renderLettersOfPerson(
  db: Db,
  personId: string,
  rendering: LetterRendering,
  now: Date,
): Promise<void> {
  const pending = await listPendingLetterDecisionsOfPerson(db, personId);
  for (const row of pending) await renderLetterNow(db, row.decision_id, rendering, now);
}
