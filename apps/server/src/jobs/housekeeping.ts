// Housekeeping: one hourly timer in every server process runs the clean-up tasks (ended sessions, expired drafts,
// old idempotency keys, the old entries of the webhook delivery log and of the event log) and proposes the month's
// destruction list of documents past retention (retention/destruction-lists.ts). Each task is safe to run in several processes at once, so nothing depends on which one
// runs; a failing task is logged and the others still run.
import { deleteExpiredDrafts } from '../applications/expired-drafts.ts';
import type { Db } from '../db/database.ts';
import { isDatabaseUnavailable, unavailableSummary } from '../db/unavailable.ts';
import { proposeDestructionList } from '../retention/destruction-lists.ts';
import { deleteOldSessions } from '../session/sessions.ts';
import type { Clock } from '../shared/clock.ts';
import { deleteOldIdempotencyKeys } from '../shared/idempotency.ts';
import { deleteOldDeliveries, deleteOldEvents } from '../webhooks/retention.ts';
import type { HousekeepingTask } from './housekeeping-task.ts';

export const HOUSEKEEPING_INTERVAL_MS = 3_600_000;

export type { HousekeepingTask };

export const housekeepingTasks: readonly HousekeepingTask[] = [
  { name: 'ended_sessions', run: deleteOldSessions },
  { name: 'expired_drafts', run: deleteExpiredDrafts },
  { name: 'old_idempotency_keys', run: deleteOldIdempotencyKeys },
  // Deliveries first: an event goes only once no delivery refers to it.
  { name: 'old_webhook_deliveries', run: deleteOldDeliveries },
  { name: 'old_events', run: deleteOldEvents },
  // Once a month (the first run of the month that finds cases past retention), for an archivist to approve.
  { name: 'destruction_list', run: proposeDestructionList },
];

export interface HousekeepingLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface HousekeepingOptions {
  db: Db;
  clock: Clock;
  log: HousekeepingLog;
  tasks?: readonly HousekeepingTask[];
}

/** Runs every task once; returns the count of each task that succeeded. */
export async function runHousekeeping(options: HousekeepingOptions): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const task of options.tasks ?? housekeepingTasks) {
    try {
      removed[task.name] = await task.run(options.db, options.clock.now());
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // The other tasks would fail the same way: one line, and the next hourly run tries again.
        options.log.warn(
          { database: unavailableSummary(error), task: task.name },
          'database unavailable: housekeeping waits for its next run',
        );
        break;
      }
      options.log.error({ err: error, task: task.name }, 'housekeeping task failed');
    }
  }
  if (Object.values(removed).some((count) => count > 0)) options.log.info({ removed }, 'housekeeping done');
  return removed;
}

export interface Housekeeping {
  /** Stops the timer and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/** Starts the hourly timer; it does not keep the process alive. */
export function startHousekeeping(options: HousekeepingOptions & { intervalMs?: number }): Housekeeping {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = runHousekeeping(options).finally(() => {
      running = undefined;
    });
  }, options.intervalMs ?? HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
