// Reading payments: the list of payments (filtered by status, batch or application; audited, as it names payees
// and their accounts), the list of batches, and a batch's payment file. The file of an approved batch is written
// (exportPaymentBatch) the first time it is downloaded, which needs the city's account from the configuration;
// later downloads hand out the stored file. Every download is audited.
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PaymentRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, notFound, Unavailable } from '../shared/errors.ts';
import { exportPaymentBatch } from './payment-batches.ts';
import type { PaymentDebtor } from './payment-file.ts';
import {
  approverOnly,
  isPaymentClient,
  type PaymentReader,
  paymentProposerRoles,
  requirePaymentRole,
} from './payment-roles.ts';
import {
  type CreatedPosition,
  findPaymentBatch,
  listPaymentBatchRows,
  listPaymentRows,
  type PaymentFilter,
} from './payments.repository.ts';

/** A batch as listed: with the names of who proposed and who approved it. */
export type ListedPaymentBatch = Awaited<ReturnType<typeof listPaymentBatchRows>>[number];
export type PaymentBatchSummary = Omit<
  ListedPaymentBatch,
  'maker_first_name' | 'maker_last_name' | 'approver_first_name' | 'approver_last_name'
>;

const readerOnly = 'Only a handler, a social worker, a supervisor or a payment approver may read payments.';

/** A page of payments, newest first; audited as `payment.list` with the filter and the count. */
export async function listPayments(
  db: Db,
  actor: PaymentReader,
  filter: PaymentFilter,
  page: { limit: number; after?: CreatedPosition },
  now: Date,
): Promise<{ payments: PaymentRow[]; hasMore: boolean }> {
  requirePaymentRole(actor, paymentProposerRoles, readerOnly, 'payments:read');
  return inTransaction(db, async (trx) => {
    const rows = await listPaymentRows(trx, filter, page);
    const payments = rows.slice(0, page.limit);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'payment.list',
        objectType: 'payment',
        details: { ...filter, count: payments.length },
      },
      now,
    );
    return { payments, hasMore: rows.length > page.limit };
  });
}

/** A page of payment batches, newest first (counts and sums only: no payee is named). */
export async function listPaymentBatches(
  db: Db,
  actor: PaymentReader,
  page: { limit: number; after?: CreatedPosition },
): Promise<{ batches: ListedPaymentBatch[]; hasMore: boolean }> {
  requirePaymentRole(actor, paymentProposerRoles, readerOnly, 'payments:read');
  const rows = await listPaymentBatchRows(db, page);
  return { batches: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/**
 * The batch's pain.001 file: written and stored when the batch is approved but not yet exported (its payments
 * become sent), the stored one after that. 503 `payments-not-configured` when the file has to be written and the
 * city's account is not configured; 409 `payment-batch-not-approved` for a batch not approved yet. An API client
 * (payments:read) gets only a file already written: 409 `payment-batch-not-exported` for an approved batch whose
 * file a payment approver has not downloaded yet (writing it marks the payments sent, a person's act).
 */
export async function downloadPaymentFile(
  db: Db,
  actor: PaymentReader,
  input: { batchId: string; debtor: PaymentDebtor | undefined },
  now: Date,
): Promise<{ xml: string; messageId: string; exported: boolean }> {
  requirePaymentRole(actor, ['payment_approver'], approverOnly('download a payment file'), 'payments:read');
  const batch = await findPaymentBatch(db, input.batchId);
  if (!batch) throw notFound('There is no such payment batch.');
  if (batch.status === 'proposed')
    throw new Conflict('The payment batch is proposed, not approved: it has no payment file yet.', {
      code: 'payment-batch-not-approved',
    });
  if (batch.status === 'approved') {
    if (isPaymentClient(actor))
      throw new Conflict('The payment batch is approved, but its payment file has not been written yet.', {
        code: 'payment-batch-not-exported',
      });
    if (!input.debtor)
      throw new Unavailable(
        'Payments are not configured: the city’s account (PAYMENT_DEBTOR_NAME, PAYMENT_DEBTOR_IBAN, ' +
          'PAYMENT_DEBTOR_BIC) is not set, so no payment file can be written.',
        { code: 'payments-not-configured' },
      );
    try {
      const exported = await exportPaymentBatch(db, actor, { batchId: batch.id, debtor: input.debtor }, now);
      return { xml: exported.xml, messageId: exported.batch.message_id, exported: true };
    } catch (error) {
      // Another download wrote the file meanwhile: hand out that one.
      if (error instanceof Conflict && error.code === 'payment-batch-not-approved')
        return downloadPaymentFile(db, actor, input, now);
      throw error;
    }
  }
  const xml = batch.file_xml ?? '';
  await inTransaction(db, (trx) =>
    recordAudit(
      trx,
      actor.audit,
      {
        action: 'payment_batch.download',
        objectType: 'payment_batch',
        objectId: batch.id,
        details: { messageId: batch.message_id, sha256: batch.file_sha256 },
      },
      now,
    ),
  );
  return { xml, messageId: batch.message_id, exported: false };
}
