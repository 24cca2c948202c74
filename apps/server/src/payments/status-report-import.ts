// importPaymentStatusReport: the bank's pain.002 answer to an exported payment file, read in once. The report is
// matched to its batch by the original message id and to the payments by their end-to-end ids; an accepted
// payment becomes accepted, a rejected one rejected with the bank's reason (e.g. AC04, closed account), a pending
// one stays sent. A rejected group (the whole file refused) rejects every payment of the batch. The report's own
// message id is kept: the same report read again changes nothing and says so.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Unprocessable } from '../shared/errors.ts';
import type { importedStatusReportSchema } from './payment.presenter.ts';
import { recordPaymentEvents } from './payment-events.ts';
import { approverOnly, isPaymentClient, type PaymentReader, requirePaymentRole } from './payment-roles.ts';
import {
  findStatusReport,
  insertStatusReport,
  listPaymentsOfBatch,
  lockPaymentBatchByMessageId,
  markPaymentRejected,
  markPaymentsAccepted,
} from './payments.repository.ts';
import {
  type PaymentStatusReport,
  parseStatusReport,
  paymentOutcome,
  type StatusReason,
} from './status-report.ts';

/** The result of an import, as the API answers it: the type of its schema (importedStatusReportSchema). */
export type ImportedStatusReport = z.infer<typeof importedStatusReportSchema>;

/** The reasons as one text: 'AC04 Account closed; …', or the status code when the bank gave none. */
function reasonText(reasons: readonly StatusReason[], status: string): { code: string | null; text: string } {
  const text = reasons
    .map((reason) =>
      [reason.code ?? reason.proprietary, reason.additionalInformation].filter(Boolean).join(' '),
    )
    .filter((part) => part !== '')
    .join('; ');
  const first = reasons[0];
  return { code: first?.code ?? first?.proprietary ?? null, text: (text || status).slice(0, 1000) };
}

/** Each payment's outcome: the transactions' own, or the group's rejection for all of them. */
function outcomesOf(report: PaymentStatusReport, endToEndIds: readonly string[]) {
  if (report.groupStatus !== null && paymentOutcome(report.groupStatus) === 'rejected') {
    const reason = reasonText(report.groupReasons, report.groupStatus);
    return endToEndIds.map((endToEndId) => ({ endToEndId, outcome: 'rejected' as const, reason }));
  }
  return report.transactions.map((transaction) => ({
    endToEndId: transaction.originalEndToEndId,
    outcome: transaction.outcome,
    reason: reasonText(transaction.reasons, transaction.status),
  }));
}

export async function importPaymentStatusReport(
  db: Db,
  actor: PaymentReader,
  xml: string,
  now: Date,
): Promise<ImportedStatusReport> {
  requirePaymentRole(
    actor,
    ['payment_approver'],
    approverOnly('import a payment status report'),
    'payments:write',
  );
  const report = await parseStatusReport(xml);
  return inTransaction(db, async (trx) => {
    // The batch's row lock orders imports of reports on the same batch, the same report twice included.
    const batch = await lockPaymentBatchByMessageId(trx, report.originalMessageId);
    if (!batch)
      throw new Unprocessable(
        `The status report is about ${report.originalMessageId}, which is no payment file of ours.`,
        {
          code: 'status-report-unknown-batch',
        },
      );
    if (batch.status !== 'exported')
      throw new Conflict('The status report is about a payment batch that has not been exported.', {
        code: 'payment-batch-not-exported',
      });
    const earlier = await findStatusReport(trx, report.messageId);
    const payments = await listPaymentsOfBatch(trx, batch.id);
    const known = new Set(payments.map((payment) => payment.end_to_end_id));
    const outcomes = outcomesOf(
      report,
      payments.map((payment) => payment.end_to_end_id),
    );
    const unmatched = outcomes.filter((item) => !known.has(item.endToEndId)).map((item) => item.endToEndId);
    const count = (outcome: string) => outcomes.filter((item) => item.outcome === outcome).length;
    const result: ImportedStatusReport = {
      batchId: batch.id,
      messageId: report.messageId,
      alreadyImported: earlier !== undefined,
      accepted: earlier?.accepted ?? count('accepted'),
      rejected: earlier?.rejected ?? count('rejected'),
      pending: earlier?.pending ?? count('pending'),
      unmatched,
    };
    const changed: string[] = [];
    const rejectedIds: string[] = [];
    if (!earlier) {
      const accepted = outcomes.filter((item) => item.outcome === 'accepted' && known.has(item.endToEndId));
      changed.push(
        ...(await markPaymentsAccepted(
          trx,
          batch.id,
          accepted.map((item) => item.endToEndId),
          now,
        )),
      );
      for (const item of outcomes) {
        if (item.outcome !== 'rejected' || !known.has(item.endToEndId)) continue;
        const id = await markPaymentRejected(trx, batch.id, item.endToEndId, item.reason, now);
        if (id) {
          changed.push(id);
          rejectedIds.push(id);
        }
      }
      await insertStatusReport(trx, {
        message_id: report.messageId,
        batch_id: batch.id,
        version: report.version,
        group_status: report.groupStatus,
        accepted: result.accepted,
        rejected: result.rejected,
        pending: result.pending,
        sha256: createHash('sha256').update(xml).digest('hex'),
        imported_by: isPaymentClient(actor) ? null : actor.staffUser.id,
        imported_by_client: isPaymentClient(actor) ? actor.client.id : null,
        imported_at: now,
      });
    }
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'payment_status_report.import',
        objectType: 'payment_batch',
        objectId: batch.id,
        details: {
          reportMessageId: report.messageId,
          batchMessageId: batch.message_id,
          groupStatus: report.groupStatus,
          alreadyImported: result.alreadyImported,
          accepted: result.accepted,
          rejected: result.rejected,
          pending: result.pending,
          unmatched,
          changedPaymentIds: changed,
        },
      },
      now,
    );
    await recordPaymentEvents(trx, actor.audit, 'payment.failed', rejectedIds, now);
    return result;
  });
}
