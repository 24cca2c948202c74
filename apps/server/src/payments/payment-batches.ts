// Payment batches: the payments due by a day, proposed as one batch, approved by a second person with the payment
// approver role, and exported as one validated pain.001 payment file. Each command is one transaction with its
// audit row.
//
// - proposePaymentBatch: locks every payment in no batch due by the date (FOR UPDATE SKIP LOCKED: a concurrent
//   proposal skips the rows this one holds, and after its commit they are in a batch), and puts them into a new
//   batch only while they are still in none (a conditional update, and a trigger that refuses moving a payment's
//   batch), so a payment is never in two batches. Nothing due → 409 `nothing-to-pay`.
// - approvePaymentBatch: a payment approver who neither proposed the batch nor made any decision paid in it (the
//   database also refuses the batch's maker as its approver).
// - exportPaymentBatch: the approved batch written as a pain.001.001.09 file, checked against the schema and
//   against the batch's count and sum, stored with the batch; its payments become sent.
import { createHash } from 'node:crypto';
import { helsinkiDate, isIsoDate } from '@tuki/domain';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PaymentBatchRow, PaymentRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Failed, Forbidden, invalidInput, notFound } from '../shared/errors.ts';
import { recordPaymentEvents } from './payment-events.ts';
import { buildPaymentFile, type PaymentDebtor } from './payment-file.ts';
import {
  approverOnly,
  type PaymentActor,
  paymentProposerRoles,
  requirePaymentRole,
} from './payment-roles.ts';
import {
  addPaymentsToBatch,
  approvePaymentBatchRow,
  insertPaymentBatch,
  listDecisionMakersOfBatch,
  listPaymentsOfBatch,
  lockPaymentBatch,
  lockUnbatchedPayments,
  storeExportedBatch,
} from './payments.repository.ts';
import { validatePaymentFile } from './xmllint.ts';

/** The date, or `earliest` when the date is before it (a bank refuses an execution date in the past). */
function notBefore(date: string, earliest: string): string {
  if (date < earliest) return earliest;
  return date;
}

/**
 * The day the bank is asked to pay a batch's payments, as its file says: the batch's execution date, or the day the
 * file was written when that is later.
 */
export function requestedExecutionDate(executionDate: string, exportedAt: Date): string {
  return notBefore(executionDate, helsinkiDate(exportedAt));
}

const NO_BATCH = 'There is no such payment batch.';

async function lockBatch(trx: Db, id: string): Promise<PaymentBatchRow> {
  const batch = await lockPaymentBatch(trx, id);
  if (!batch) throw notFound(NO_BATCH);
  return batch;
}

function batchNotIn(batch: PaymentBatchRow, expected: PaymentBatchRow['status']) {
  return new Conflict(`The payment batch is ${batch.status}, not ${expected}.`, {
    code: `payment-batch-not-${expected}`,
  });
}

const sumOf = (payments: readonly PaymentRow[]) =>
  payments.reduce((sum, payment) => sum + payment.amount_cents, 0);

export interface ProposedPaymentBatch {
  batch: PaymentBatchRow;
  payments: PaymentRow[];
}

/** A batch of every payment in no batch due on or before `dueBy` (a date), to be paid on that day. */
export async function proposePaymentBatch(
  db: Db,
  actor: PaymentActor,
  input: { dueBy: string },
  now: Date,
): Promise<ProposedPaymentBatch> {
  requirePaymentRole(
    actor,
    paymentProposerRoles,
    'Only a handler, a social worker, a supervisor or a payment approver may propose a payment batch.',
  );
  if (!isIsoDate(input.dueBy))
    throw invalidInput('The due date is not a date.', [
      { path: 'dueBy', message: 'must be a date YYYY-MM-DD' },
    ]);
  return inTransaction(db, async (trx) => {
    const proposed = await proposeDuePayments(
      trx,
      { dueBy: input.dueBy, createdBy: actor.staffUser.id, audit: actor.audit },
      now,
    );
    if (!proposed) throw new Conflict(`No payments are due by ${input.dueBy}.`, { code: 'nothing-to-pay' });
    return proposed;
  });
}

/**
 * In the caller's transaction: a batch of every payment in no batch due by `dueBy`, made by a staff user or by the
 * system (`createdBy` null, `systemProposedOn` the day); undefined when nothing is due.
 */
export async function proposeDuePayments(
  trx: Db,
  input: { dueBy: string; createdBy: string | null; systemProposedOn?: string; audit: AuditContext },
  now: Date,
): Promise<ProposedPaymentBatch | undefined> {
  const due = await lockUnbatchedPayments(trx, input.dueBy);
  if (due.length === 0) return undefined;
  const today = helsinkiDate(now);
  const batch = await insertPaymentBatch(trx, {
    execution_date: notBefore(input.dueBy, today),
    created_by: input.createdBy,
    system_proposed_on: input.systemProposedOn ?? null,
    created_at: now,
    payments: due.length,
    control_sum_cents: sumOf(due),
  });
  const added = await addPaymentsToBatch(
    trx,
    due.map((payment) => payment.id),
    batch.id,
    now,
  );
  // The rows are locked and were in no batch, so this holds unless the data changed under the lock.
  if (added.length !== due.length)
    throw new Conflict('Payments of the batch were taken meanwhile: try again.');
  const payments = due.map((payment) => ({ ...payment, batch_id: batch.id, status: 'in_batch' as const }));
  await recordAudit(
    trx,
    input.audit,
    {
      action: 'payment_batch.propose',
      objectType: 'payment_batch',
      objectId: batch.id,
      details: {
        messageId: batch.message_id,
        dueBy: input.dueBy,
        executionDate: batch.execution_date,
        payments: batch.payments,
        controlSumCents: batch.control_sum_cents,
        paymentIds: payments.map((payment) => payment.id),
      },
    },
    now,
  );
  return { batch, payments };
}

/**
 * Approves a proposed batch. Refused (403) for a user without the payment approver role, for the one who proposed
 * the batch, and for anyone who made a decision paid in it: the money moves on the word of two people, neither of
 * them the one who granted it.
 */
export async function approvePaymentBatch(
  db: Db,
  actor: PaymentActor,
  batchId: string,
  now: Date,
): Promise<PaymentBatchRow> {
  requirePaymentRole(actor, ['payment_approver'], approverOnly('approve a payment batch'));
  return inTransaction(db, async (trx) => {
    const batch = await lockBatch(trx, batchId);
    if (batch.status !== 'proposed') throw batchNotIn(batch, 'proposed');
    if (batch.created_by === actor.staffUser.id)
      throw new Forbidden(
        'You proposed this payment batch yourself: another payment approver must approve it.',
        {
          code: 'cannot-approve-own-batch',
        },
      );
    const decisionMakers = await listDecisionMakersOfBatch(trx, batch.id);
    if (decisionMakers.includes(actor.staffUser.id))
      throw new Forbidden(
        'You made a decision paid in this batch: another payment approver must approve it.',
        { code: 'cannot-approve-own-decision' },
      );
    const approved = await approvePaymentBatchRow(trx, batch.id, {
      approvedBy: actor.staffUser.id,
      approvedAt: now,
    });
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'payment_batch.approve',
        objectType: 'payment_batch',
        objectId: batch.id,
        details: {
          messageId: batch.message_id,
          payments: batch.payments,
          controlSumCents: batch.control_sum_cents,
          createdBy: batch.created_by,
          approvedBy: actor.staffUser.id,
        },
      },
      now,
    );
    return approved;
  });
}

export interface ExportedPaymentBatch {
  batch: PaymentBatchRow;
  xml: string;
}

/**
 * Writes the approved batch as a pain.001.001.09 file paid from `debtor` (the city's account), validates it
 * against the schema and checks its count and control sum against the batch, stores it, and marks the payments
 * sent. A file that fails a check is not stored (Failed: nothing changes).
 */
export async function exportPaymentBatch(
  db: Db,
  actor: PaymentActor,
  input: { batchId: string; debtor: PaymentDebtor },
  now: Date,
): Promise<ExportedPaymentBatch> {
  requirePaymentRole(actor, ['payment_approver'], approverOnly('export a payment batch'));
  return inTransaction(db, async (trx) => {
    const batch = await lockBatch(trx, input.batchId);
    if (batch.status !== 'approved') throw batchNotIn(batch, 'approved');
    const payments = await listPaymentsOfBatch(trx, batch.id);
    const file = buildPaymentFile({
      messageId: batch.message_id,
      createdAt: now,
      requestedExecutionDate: requestedExecutionDate(batch.execution_date, now),
      debtor: input.debtor,
      payments: payments.map((payment) => ({
        endToEndId: payment.end_to_end_id,
        amountCents: payment.amount_cents,
        creditor: { name: payment.payee_name, iban: payment.iban },
        remittance: { text: payment.remittance },
      })),
    });
    if (
      file.numberOfTransactions !== batch.payments ||
      file.controlSumCents !== BigInt(batch.control_sum_cents)
    )
      throw new Failed('The payment file does not match its batch: its payments changed after the proposal.');
    const validation = await validatePaymentFile(file.xml);
    if (!validation.valid)
      throw new Failed(`The payment file is not valid against the schema: ${validation.errors.join('; ')}`);
    const sha256 = createHash('sha256').update(file.xml).digest('hex');
    const exported = await storeExportedBatch(trx, batch.id, {
      xml: file.xml,
      sha256,
      exportedBy: actor.staffUser.id,
      exportedAt: now,
    });
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'payment_batch.export',
        objectType: 'payment_batch',
        objectId: batch.id,
        details: {
          messageId: batch.message_id,
          payments: file.numberOfTransactions,
          controlSumCents: Number(file.controlSumCents),
          sha256,
        },
      },
      now,
    );
    await recordPaymentEvents(
      trx,
      actor.audit,
      'payment.sent',
      payments.map((payment) => payment.id),
      now,
    );
    return { batch: exported, xml: file.xml };
  });
}
