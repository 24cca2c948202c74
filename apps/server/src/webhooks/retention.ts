// Retention of the interface's logs, run by the hourly housekeeping (migration 0018 indexes both deletions).
// A finished delivery (delivered or dead) is kept for DELIVERY_LOG_RETENTION_DAYS, so the delivery log answers
// "what happened to that event" for three months; an event stays in the event log (polling and replay) for
// EVENT_RETENTION_DAYS, over a year, and longer while a delivery still refers to it. The events carry no
// personal data and the case history itself is kept with the case, so nothing else depends on these rows.
import type { Db } from '../db/database.ts';
import { deleteFinishedDeliveriesBatch, deleteUnreferencedEventsBatch } from './webhooks.repository.ts';

export const DELIVERY_LOG_RETENTION_DAYS = 90;
export const EVENT_RETENTION_DAYS = 400;

const DAY_MS = 86_400_000;
const BATCH = 5_000;

/** Deletes in batches (a short transaction each) until a batch comes back short; returns how many rows went. */
async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await deleteBatch();
    total += count;
    if (count < BATCH) return total;
  }
}

/** Deletes the delivered and dead deliveries created more than DELIVERY_LOG_RETENTION_DAYS before `now`. */
export async function deleteOldDeliveries(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_RETENTION_DAYS * DAY_MS);
  return inBatches(async () => {
    return deleteFinishedDeliveriesBatch(db, before, BATCH);
  });
}

/** Deletes the events older than EVENT_RETENTION_DAYS that no delivery refers to any more. */
export async function deleteOldEvents(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - EVENT_RETENTION_DAYS * DAY_MS);
  return inBatches(async () => {
    return deleteUnreferencedEventsBatch(db, before, BATCH);
  });
}
