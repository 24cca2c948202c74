// The case events of payments: `payment.sent` for each payment of an exported file, `payment.failed` for each one
// the bank rejected. Each is recorded in the command's transaction like any case event (events/record-event.ts):
// its audit row about the client, and its webhook event on the application.
import type { AuditContext } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { recordEvent } from '../events/record-event.ts';
import { listPaymentsWithApplications } from './payments.repository.ts';

export async function recordPaymentEvents(
  trx: Db,
  actor: AuditContext,
  kind: 'payment.sent' | 'payment.failed',
  paymentIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const row of await listPaymentsWithApplications(trx, paymentIds)) {
    const { payment_id, decision_id, batch_id, amount_cents, rejection_code, ...application } = row;
    const fact = {
      paymentId: payment_id,
      decisionId: decision_id,
      batchId: batch_id ?? '',
      amountCents: amount_cents,
    };
    const common = { application, actor, statusChanges: [] };
    if (kind === 'payment.sent') await recordEvent(trx, { kind, ...common, payload: fact }, now);
    else
      await recordEvent(trx, { kind, ...common, payload: { ...fact, rejectionCode: rejection_code } }, now);
  }
}
