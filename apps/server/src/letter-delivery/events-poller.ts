// The events poller (issue 13, point 2): every server process reads, every `intervalMs`, what Suomi.fi Messages
// reports of the letters sent (GET /v2/events from the stored continuation token), stores each event with the
// delivery it concerns (by our externalId, else the service's message id) and the new token in one transaction,
// and so resumes where it left off after a restart.
//
// One process polls at a time: a run first takes a PostgreSQL session advisory lock (pg_try_advisory_lock) on a
// connection it holds for the run, and a process that does not get it skips its run; the lock goes with the
// session, so a process that dies mid-run frees it. On PGlite (one process, one connection) the lock is taken on
// that connection; since every run shares its session, where the lock is re-entrant, a run in progress in the
// process is also noticed in memory. Should two runs still
// overlap, the token's row is locked while a page is stored, and a page read from a token another run has moved
// past meanwhile is dropped, so no page is stored twice (and an event stored twice would change nothing: kind and
// time are unique per delivery).
import type { Db } from '../db/database.ts';
import { PollingLoop } from '../jobs/polling-loop.ts';
import type { WorkerLog } from '../outbox/worker.ts';
import type { Clock } from '../shared/clock.ts';
import type { SuomifiEvent, SuomifiMessagesClient } from '../suomifi/index.ts';
import {
  type DeliveryEventKind,
  type DeliveryStatus,
  findDeliveryForEvent,
  insertDeliveryEvent,
  lockEventCursor,
  readEventCursor,
  releaseEventsPollLock,
  setDeliveryStatus,
  storeEventCursor,
  tryEventsPollLock,
} from './letter-delivery.repository.ts';

export const SUOMIFI_EVENTS_INTERVAL_MS = 60_000;
/** The most pages one run reads (the service answers at most 1,000 events a page). */
const MAX_PAGES = 20;

/** The service's event types, as the delivery's events; a message from the recipient is not a delivery event. */
const kinds: Readonly<Record<string, DeliveryEventKind>> = {
  'Electronic message created': 'electronic_created',
  'Electronic message read': 'read',
  'Receipt confirmed': 'receipt_confirmed',
  'Paper mail created': 'paper_created',
  'Sent for printing and enveloping': 'printed',
  'Posti: receipt confirmed': 'posti_receipt_confirmed',
  'Posti: returned to sender': 'returned_to_sender',
  'Posti: unresolved': 'posti_unresolved',
};

/** The events that change the delivery's status. */
const statusAfter: Partial<Record<DeliveryEventKind, DeliveryStatus>> = {
  read: 'read',
  receipt_confirmed: 'read',
  returned_to_sender: 'returned_to_sender',
};

/** The runs in progress, per database handle: the session lock of PGlite's single connection is re-entrant. */
const runningOn = new WeakSet<Db>();

export interface EventsRun {
  /** False when another process (or poller) was polling: this run read nothing. */
  polled: boolean;
  pages: number;
  events: number;
  /** Events stored with a delivery (the rest concern no letter of ours, or another kind of message). */
  stored: number;
}

export interface SuomifiEventsPollerOptions {
  db: Db;
  clock: Clock;
  log: WorkerLog;
  client: SuomifiMessagesClient;
}

async function storeEvent(trx: Db, event: SuomifiEvent): Promise<boolean> {
  const kind = kinds[event.type];
  if (!kind) return false;
  const delivery = await findDeliveryForEvent(trx, event.metadata.externalId, event.metadata.messageId);
  if (!delivery) return false;
  await insertDeliveryEvent(trx, delivery.id, kind, new Date(event.eventTime));
  const status = statusAfter[kind];
  // A returned letter stays returned; a read one is not "sent" again.
  if (status && delivery.status !== 'returned_to_sender') await setDeliveryStatus(trx, delivery.id, status);
  return true;
}

export class SuomifiEventsPoller {
  readonly #options: SuomifiEventsPollerOptions;
  readonly #loop: PollingLoop;

  constructor(options: SuomifiEventsPollerOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'Suomi.fi events poll failed'),
      { name: 'Suomi.fi events poller', log: options.log },
    );
  }

  /**
   * Reads the pages after the stored token until one is empty (at most MAX_PAGES), if no other process or poller is
   * polling now (else nothing: `polled` false).
   */
  async runOnce(): Promise<EventsRun> {
    const { db } = this.#options;
    const skipped: EventsRun = { polled: false, pages: 0, events: 0, stored: 0 };
    if (runningOn.has(db)) return skipped;
    runningOn.add(db);
    try {
      const locked = async (connection: Db) => {
        if (!(await tryEventsPollLock(connection))) return skipped;
        try {
          return await this.#poll();
        } finally {
          await releaseEventsPollLock(connection);
        }
      };
      // A database of one connection (PGlite) is the session itself: holding its connection for the run would
      // stop the run's own queries.
      if (db.getExecutor().adapter.supportsMultipleConnections === false) return await locked(db);
      return await db.connection().execute(locked);
    } finally {
      runningOn.delete(db);
    }
  }

  async #poll(): Promise<EventsRun> {
    const { db, clock, client } = this.#options;
    const run: EventsRun = { polled: true, pages: 0, events: 0, stored: 0 };
    for (let page = 0; page < MAX_PAGES && !this.#loop.stopped; page++) {
      const token = await readEventCursor(db);
      const answer = await client.events(token);
      run.pages++;
      const stored = await db.transaction().execute(async (trx) => {
        if ((await lockEventCursor(trx)) !== token) return undefined;
        let count = 0;
        for (const event of answer.events) if (await storeEvent(trx, event)) count++;
        await storeEventCursor(trx, answer.continuationToken, clock.now());
        return count;
      });
      if (stored === undefined) break;
      run.events += answer.events.length;
      run.stored += stored;
      if (answer.events.length === 0) break;
    }
    return run;
  }

  start(intervalMs: number = SUOMIFI_EVENTS_INTERVAL_MS): this {
    this.#loop.start(intervalMs);
    return this;
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
