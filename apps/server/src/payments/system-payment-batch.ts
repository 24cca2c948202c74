// The daily payment batch, proposed by the system: once per Helsinki working day, from the configured hour on, the
// first housekeeping run proposes a batch of the payments due by that day, with no staff maker (created_by null,
// system_proposed_on the day) and audited as the system. A payment approver approves it as any other batch. Safe in
// several processes at once: an advisory lock, then the day's system batch (also unique in the database).
import { helsinkiDate, isWorkingDay } from '@tuki/domain';
import { systemAuditContext } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import type { HousekeepingTask } from '../jobs/housekeeping-task.ts';
import { proposeDuePayments } from './payment-batches.ts';
import { findSystemBatchOfDay, lockSystemBatchProposals } from './payments.repository.ts';

const helsinkiHourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) of the instant in Helsinki. */
export function helsinkiHour(instant: Date): number {
  return Number(helsinkiHourFormat.format(instant));
}

/**
 * Proposes the day's system batch when `now` is a Helsinki working day at or after `fromHour`, the day has no system
 * batch yet and payments are due by the day. Returns how many batches it made (0 or 1).
 */
export async function proposeDailyPaymentBatch(db: Db, now: Date, fromHour: number): Promise<number> {
  const today = helsinkiDate(now);
  if (!isWorkingDay(today) || helsinkiHour(now) < fromHour) return 0;
  return inTransaction(db, async (trx) => {
    await lockSystemBatchProposals(trx);
    if (await findSystemBatchOfDay(trx, today)) return 0;
    const proposed = await proposeDuePayments(
      trx,
      { dueBy: today, createdBy: null, systemProposedOn: today, audit: systemAuditContext },
      now,
    );
    return proposed ? 1 : 0;
  });
}

/** The housekeeping task of the daily proposal, from the configured hour (PAYMENT_BATCH_PROPOSE_HOUR). */
export function dailyPaymentBatchTask(fromHour: number): HousekeepingTask {
  return { name: 'daily_payment_batch', run: (db, now) => proposeDailyPaymentBatch(db, now, fromHour) };
}
