// Print batches: the letters of decisions to be mailed on paper (delivery 'paper', not yet mailed), merged into one
// PDF for the printer and marked mailed with it.
//
// - getPrintQueue: how many letters wait and since when (the partial index decision_unmailed_idx).
// - createPrintBatch: in one transaction, locks the waiting decisions (FOR UPDATE SKIP LOCKED: a concurrent batch
//   skips the rows this one holds, and after its commit they are no longer waiting, so no letter ever goes into two
//   batches), merges their letters, stores the batch with its SHA-256, sets print_batch_id and mailed_at, audits.
//   Nothing waiting → 409 `nothing-to-print`. A letter whose recipient has no name or postal address (the address
//   window: the person's, else the application's) is left waiting and named in `heldBack`: the operator wants the
//   other letters mailed today, and the held letter must be sorted out by hand anyway (its PDF is already made).
//   When only such letters wait → 409 `recipient-incomplete` naming them, in the user's language.
// - listPrintBatches (newest first, keyset paged) and findPrintBatchDocument.
//
// The sending day: a paper letter is rendered when the decision is made, without a sending day (it says that the
// mailed letter carries the dates). When it joins a batch it is rendered again from its stored data
// (decision_document.letter_data) with the batch's day as the day it is sent, so the mailed letter states that day,
// the notification day (the 7th day after it, HL 59 §) and the last day to ask for rectification counted from it;
// the stored letter is replaced with the mailed one in the same transaction (the client's e-services account shows
// the letter that was mailed). Letters stored before their data was kept are mailed as they are. A letter not
// rendered yet after its decision (pending_decision_letter, see decisions/pending-letters.ts) is rendered here
// from its pending data, stored, and its pending row deleted.
//
// Order in the batch: by the recipient's postal code, then by decision time, then id. Bulk mail is cheaper when it
// is handed to the post sorted by postal code, and the letters come off the printer in that order; within a code
// the decision time (and id) makes the order stable, so the same letters always give the same batch.
import { createHash } from 'node:crypto';
import { helsinkiDate, type Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { StaffActor } from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { dispatchOf, letterOptionsFor } from '../decisions/index.ts';
import { recordDeliveriesPrintedLocally } from '../letter-delivery/index.ts';
import type { DecisionLetterData, LetterRendering } from '../letters/index.ts';
import {
  contentAddressOf,
  letterRecipient,
  missingPartsText,
  missingRecipientParts,
  RECIPIENT_INCOMPLETE,
  type RecipientPart,
} from '../people/index.ts';
import { Conflict, notFound } from '../shared/errors.ts';
import { mergeLetters } from './merge-letters.ts';
import {
  type BatchRow,
  countWaitingLetters,
  findPrintBatch,
  insertPrintBatch,
  listLetterDocuments,
  listPendingLetterData,
  listPrintBatchRows,
  lockWaitingLetters,
  markDecisionsMailed,
  storeMailedLetter,
} from './print-batches.repository.ts';

/**
 * At most this many letters go into one batch (the oldest decisions first); the rest stay waiting for the next
 * batch. It bounds the memory and time of one merge (a letter is some tens of kilobytes) and keeps a batch a size
 * one printer run handles.
 */
export const MAX_LETTERS_PER_BATCH = 500;

export interface PrintQueue {
  waiting: number;
  oldestDecidedAt: Date | null;
}

export interface PrintBatchRecord {
  id: string;
  createdAt: Date;
  createdBy: { id: string; firstName: string; lastName: string };
  letters: number;
  sizeBytes: number;
}

export interface CreatedPrintBatch extends PrintBatchRecord {
  /** Pages in the PDF, blank pages included. */
  pages: number;
  /** Blank pages after letters with an odd page count (for duplex printing). */
  blankPages: number;
  decisionIds: string[];
  sha256: string;
  /** Waiting letters left out because the recipient's name or postal address is missing. */
  heldBack: HeldBackLetter[];
}

export async function getPrintQueue(db: Db): Promise<PrintQueue> {
  const row = await countWaitingLetters(db);
  return {
    waiting: Number(row.waiting),
    oldestDecidedAt: row.oldest === null || row.oldest === undefined ? null : new Date(row.oldest),
  };
}

interface WaitingLetter {
  id: string;
  decidedAt: Date;
  postalCode: string;
  pdf: Uint8Array;
}

/** Postal code, then decision time, then id; a letter without a postal code last. */
export function compareForMailing(a: Omit<WaitingLetter, 'pdf'>, b: Omit<WaitingLetter, 'pdf'>): number {
  if (a.postalCode !== b.postalCode) {
    if (a.postalCode === '') return 1;
    if (b.postalCode === '') return -1;
    return a.postalCode < b.postalCode ? -1 : 1;
  }
  const time = a.decidedAt.getTime() - b.decidedAt.getTime();
  if (time !== 0) return time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The letter as mailed on `sentOn`, rendered again from its stored data; null when it has none (kept as it is). */
async function mailedLetter(
  db: Db,
  decisionId: string,
  stored: unknown,
  sentOn: string,
  rendering: LetterRendering,
  now: Date,
): Promise<Uint8Array | null> {
  if (stored === null || typeof stored !== 'object') return null;
  const letter: DecisionLetterData = {
    ...(stored as DecisionLetterData),
    dispatch: dispatchOf('paper', sentOn),
  };
  const pdf = await rendering.render(letter, letterOptionsFor(letter.language, rendering.publicUrl));
  await storeMailedLetter(db, decisionId, {
    letterData: JSON.stringify(letter),
    pdf,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    now,
  });
  return pdf;
}

/** A waiting letter left out of a batch because its recipient's name or postal address is missing. */
export interface HeldBackLetter {
  decisionId: string;
  referenceNumber: string | null;
  missing: RecipientPart[];
}

export async function createPrintBatch(
  db: Db,
  actor: StaffActor,
  now: Date,
  rendering: LetterRendering,
  language: Language = 'fi',
): Promise<CreatedPrintBatch> {
  // Every waiting letter is locked (a concurrent batch skips them) and checked for its address window: one whose
  // recipient has no name or postal address stays waiting and is named in the answer, so the others still go.
  const waiting = await lockWaitingLetters(db);
  const heldBack: HeldBackLetter[] = [];
  const ready: { id: string; decidedAt: Date; postalCode: string }[] = [];
  for (const row of waiting) {
    const content = contentAddressOf(row.content);
    const missing = missingRecipientParts(row, content);
    if (missing.length > 0) {
      heldBack.push({ decisionId: row.id, referenceNumber: row.reference_number, missing });
    } else if (ready.length < MAX_LETTERS_PER_BATCH) {
      // The same postal code the letter's address window shows.
      ready.push({
        id: row.id,
        decidedAt: new Date(row.decided_at),
        postalCode: letterRecipient(row, content).postalCode.trim(),
      });
    }
  }
  if (ready.length === 0 && heldBack.length > 0) {
    throw new Conflict(
      translate(language, 'staffCorrespondence.recipient.printRefused', {
        letters: heldBackText(language, heldBack),
      }),
      { code: RECIPIENT_INCOMPLETE },
    );
  }
  if (ready.length === 0) {
    throw new Conflict('No letters are waiting to be printed.', { code: 'nothing-to-print' });
  }
  const documents = await listLetterDocuments(
    db,
    ready.map((letter) => letter.id),
  );
  const documentOf = new Map(documents.map((document) => [document.decision_id, document]));
  const pending = await listPendingLetterData(
    db,
    ready.map((letter) => letter.id),
  );
  const pendingOf = new Map(pending.map((row) => [row.decision_id, row.letter_data]));
  const sentOn = helsinkiDate(now);
  const letters: WaitingLetter[] = [];
  for (const letter of ready) {
    const document = documentOf.get(letter.id);
    if (!document) {
      // Not rendered yet after its decision: rendered from its pending data, mailed with the others.
      const data = pendingOf.get(letter.id);
      const mailed = data ? await mailedLetter(db, letter.id, data, sentOn, rendering, now) : null;
      if (mailed) letters.push({ ...letter, pdf: mailed });
      continue;
    }
    const mailed = await mailedLetter(db, letter.id, document.letter_data, sentOn, rendering, now);
    letters.push({ ...letter, pdf: mailed ?? document.pdf });
  }
  letters.sort(compareForMailing);
  if (letters.length === 0) {
    throw new Conflict('No letters are waiting to be printed.', { code: 'nothing-to-print' });
  }

  const merged = await mergeLetters(
    letters.map((letter) => letter.pdf),
    {
      title: `Tuki print batch ${now.toISOString().slice(0, 10)} (${letters.length})`,
      createdAt: now,
    },
  );
  const sha256 = createHash('sha256').update(merged.pdf).digest('hex');
  const batch = await insertPrintBatch(db, {
    created_by: actor.staffUser.id,
    created_at: now,
    letters: letters.length,
    pdf: merged.pdf,
    sha256,
  });
  const decisionIds = letters.map((letter) => letter.id);
  await markDecisionsMailed(db, decisionIds, batch.id, now);
  // A letter mailed here before its Suomi.fi job ran goes no other way: its delivery is the local print.
  await recordDeliveriesPrintedLocally(db, decisionIds);
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'print_batch.create',
      objectType: 'print_batch',
      objectId: batch.id,
      details: {
        decisionIds,
        letters: letters.length,
        pages: merged.pages,
        blankPages: merged.blankPages,
        sha256,
        heldBack: heldBack.map((letter) => ({ decisionId: letter.decisionId, missing: letter.missing })),
      },
    },
    now,
  );
  return {
    id: batch.id,
    createdAt: now,
    createdBy: {
      id: actor.staffUser.id,
      firstName: actor.staffUser.first_name,
      lastName: actor.staffUser.last_name,
    },
    letters: letters.length,
    sizeBytes: merged.pdf.byteLength,
    pages: merged.pages,
    blankPages: merged.blankPages,
    decisionIds,
    sha256,
    heldBack,
  };
}

/** "TT-2026-000012 (name, street address), …" in the user's language. */
export function heldBackText(language: Language, letters: readonly HeldBackLetter[]): string {
  return letters
    .map((letter) =>
      translate(language, 'staffCorrespondence.recipient.letter', {
        reference: letter.referenceNumber ?? letter.decisionId,
        missing: missingPartsText(language, letter.missing),
      }),
    )
    .join('; ');
}

const toRecord = (row: BatchRow): PrintBatchRecord => ({
  id: row.id,
  createdAt: new Date(row.created_at),
  createdBy: { id: row.created_by, firstName: row.first_name, lastName: row.last_name },
  letters: row.letters,
  sizeBytes: Number(row.size_bytes),
});

/** Newest first; `after` is the last batch of the previous page. */
export async function listPrintBatches(
  db: Db,
  page: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<{ batches: PrintBatchRecord[]; hasMore: boolean }> {
  const rows = await listPrintBatchRows(db, page);
  return { batches: rows.slice(0, page.limit).map(toRecord), hasMore: rows.length > page.limit };
}

/** The batch's PDF, audited as a download by the caller's actor. */
export async function downloadPrintBatch(
  db: Db,
  actor: StaffActor,
  id: string,
  now: Date,
): Promise<{ pdf: Uint8Array; sha256: string; createdAt: Date }> {
  const found = await findPrintBatch(db, id);
  if (!found) throw notFound('There is no such print batch.');
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'print_batch.download',
      objectType: 'print_batch',
      objectId: id,
      details: { letters: found.letters, sha256: found.sha256 },
    },
    now,
  );
  return { pdf: found.pdf, sha256: found.sha256, createdAt: new Date(found.created_at) };
}
