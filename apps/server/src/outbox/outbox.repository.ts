// SQL of the transactional outbox: writing a job in the command's transaction, claiming the next due one, and
// marking it leased, processed, given up or failed for a retry.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Writes a job, due at `now`; its id. */
export async function insertOutboxJob(trx: Db, topic: string, payload: object, now: Date): Promise<number> {
  const row = await trx
    .insertInto('outbox')
    .values({ topic, payload: JSON.stringify(payload), created_at: now, available_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * The next due job (not processed, not failed, available), oldest first; its row is locked until the transaction
 * ends, and a row another worker holds is skipped.
 */
export async function lockNextDueOutboxJob(trx: Db, now: Date) {
  return trx
    .selectFrom('outbox')
    .selectAll()
    .where('processed_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('available_at', '<=', now)
    .orderBy('available_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Leases a job: not due for another worker before `availableAt`. */
export async function leaseOutboxJob(trx: Db, id: number, availableAt: Date): Promise<void> {
  await trx.updateTable('outbox').set({ available_at: availableAt }).where('id', '=', id).execute();
}

/** Marks a job processed, unless it was given up meanwhile. */
export async function markOutboxJobProcessed(trx: Db, id: number, now: Date): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ processed_at: now, attempts: sql<number>`attempts + 1`, last_error: null })
    .where('id', '=', id)
    .where('failed_at', 'is', null)
    .execute();
}

/** Marks a job failed at once with the reason (not tried again), unless it was processed. */
export async function markOutboxJobGivenUp(trx: Db, id: number, reason: string, now: Date): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({
      attempts: sql<number>`attempts + 1`,
      last_error: reason,
      failed_at: now,
    })
    .where('id', '=', id)
    .where('processed_at', 'is', null)
    .execute();
}

/** Records a failed attempt of a job that was not processed: due again at `availableAt`, or failed for good. */
export async function recordOutboxJobFailure(
  db: Db,
  id: number,
  failure: { attempts: number; lastError: string; availableAt: Date; failedAt: Date | null },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      attempts: failure.attempts,
      last_error: failure.lastError,
      available_at: failure.availableAt,
      failed_at: failure.failedAt,
    })
    .where('id', '=', id)
    .where('processed_at', 'is', null)
    .execute();
}
