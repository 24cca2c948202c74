// The job worker: every server process polls the outbox and handles due events, one per short transaction.
// A row is claimed with FOR UPDATE SKIP LOCKED, so workers in several processes never handle the same event at
// the same time; the handler runs inside that transaction and the row is marked processed in it, so a crash
// before the commit leaves the event due again (at least once). A failure is recorded with an exponential
// backoff; after `maxAttempts` the event is marked failed and left for a person to look at.
//
// A handler whose work leaves the database (an e-mail handed to SMTP) returns an effect instead: the claim
// transaction records what the handler needs to recognise a second attempt (its own marker) and leases the event
// (due again only after `leaseMs`), and commits; the effect runs outside any transaction; a second transaction
// marks the event processed. A crash while the effect runs leaves the marker: the handler then decides (an e-mail
// is not sent again, see notifications/account-notification.ts). A handler may also give up at once (`giveUp`).
import type { Db } from '../db/database.ts';
import { PollingLoop } from '../jobs/polling-loop.ts';
import type { Clock } from '../shared/clock.ts';
import {
  leaseOutboxJob,
  lockNextDueOutboxJob,
  markOutboxJobGivenUp,
  markOutboxJobProcessed,
  recordOutboxJobFailure,
} from './outbox.repository.ts';
import type { OutboxEvent } from './outbox.ts';

export interface OutboxHandlerContext {
  /** The transaction that holds the event's row lock and will mark it processed. */
  trx: Db;
  now: Date;
}

/** Work outside the database, after the claim transaction committed. */
export interface OutboxEffect {
  /** Runs outside any transaction (e.g. the hand-over to SMTP). */
  run(): Promise<void>;
  /** After `run` succeeded, in the transaction that marks the event processed. */
  done(trx: Db, now: Date): Promise<void>;
  /**
   * After `run` failed, in a transaction of its own: 'retry' when surely nothing happened (the event is due again
   * with the backoff), 'uncertain' when it may have happened (the event is given up, for a person to look at).
   */
  failed(trx: Db, error: unknown, now: Date): Promise<'retry' | 'uncertain'>;
  /**
   * After `failed`, when the event is given up for good (its last attempt, or an uncertain outcome), in a
   * transaction of its own before the event is marked failed: what must happen instead (e.g. the letter goes by
   * the local print batch). Optional.
   */
  gaveUp?(trx: Db, error: unknown, now: Date): Promise<void>;
}

/**
 * Nothing: the work is done in the transaction (the event is processed with it). `effect`: work outside the
 * database, see above. `giveUp`: the event must not be tried again; it is marked failed with the reason.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler that does all its work in the transaction returns nothing
export type OutboxHandlerResult = void | { effect: OutboxEffect } | { giveUp: string };

export type OutboxHandler = (
  event: OutboxEvent,
  context: OutboxHandlerContext,
) => Promise<OutboxHandlerResult>;

export interface WorkerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  log: WorkerLog;
  handlers: Readonly<Record<string, OutboxHandler>>;
  /** How many events one run handles at most. */
  batchSize?: number;
  maxAttempts?: number;
  /** The first retry delay; doubled after each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** [0, 1): the jitter source, replaceable in tests. */
  random?: () => number;
  /** How long an event whose effect is running is not due for another worker (longer than any effect takes). */
  leaseMs?: number;
}

export const OUTBOX_DEFAULTS = {
  batchSize: 20,
  maxAttempts: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  /** An SMTP hand-over ends within about a minute (nodemailer's connection, greeting and socket timeouts). */
  leaseMs: 300_000,
} as const;

/** The delay before attempt `failures + 1`: base × 2^(failures − 1), at most max, minus up to 20 % jitter. */
export function retryDelayMs(
  failures: number,
  options: { baseDelayMs: number; maxDelayMs: number; random: () => number },
): number {
  const exponential = Math.min(options.baseDelayMs * 2 ** Math.max(0, failures - 1), options.maxDelayMs);
  return Math.round(exponential * (1 - 0.2 * options.random()));
}

export interface RunResult {
  processed: number;
  failed: number;
}

type Outcome = 'none' | 'processed' | 'failed';

export class OutboxWorker {
  readonly #options: OutboxWorkerOptions;
  readonly #loop: PollingLoop;

  constructor(options: OutboxWorkerOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'outbox run failed'),
      { name: 'outbox worker', log: options.log },
    );
  }

  /** How long the worker waits before its next run because the database is unavailable; 0 when it is not. */
  get backoffMs(): number {
    return this.#loop.backoffMs;
  }

  /** Handles the due events (at most one batch); returns how many were processed and how many failed. */
  async runOnce(): Promise<RunResult> {
    const result: RunResult = { processed: 0, failed: 0 };
    const batchSize = this.#options.batchSize ?? OUTBOX_DEFAULTS.batchSize;
    for (let i = 0; i < batchSize && !this.#loop.stopped; i++) {
      const outcome = await this.#handleNext();
      if (outcome === 'none') break;
      result[outcome]++;
    }
    return result;
  }

  async #handleNext(): Promise<Outcome> {
    const { db, clock, handlers } = this.#options;
    let claimed: OutboxEvent | undefined;
    let effect: OutboxEffect | undefined;
    try {
      const outcome = await db.transaction().execute(async (trx): Promise<Outcome | 'leased'> => {
        const now = clock.now();
        const row = await lockNextDueOutboxJob(trx, now);
        if (!row) return 'none';
        claimed = {
          id: Number(row.id),
          topic: row.topic,
          payload: row.payload,
          createdAt: new Date(row.created_at),
          attempts: row.attempts,
        };
        const handler = handlers[row.topic];
        if (!handler) throw new Error(`no handler for topic ${row.topic}`);
        const result = await handler(claimed, { trx, now });
        if (result && 'giveUp' in result) {
          await this.#giveUp(trx, claimed, result.giveUp, now);
          return 'failed';
        }
        if (result && 'effect' in result) {
          effect = result.effect;
          const leaseMs = this.#options.leaseMs ?? OUTBOX_DEFAULTS.leaseMs;
          await leaseOutboxJob(trx, claimed.id, new Date(now.getTime() + leaseMs));
          return 'leased';
        }
        await this.#markProcessed(trx, claimed.id, now);
        return 'processed';
      });
      if (outcome !== 'leased') return outcome;
    } catch (error) {
      if (!claimed) throw error;
      await this.#recordFailure(claimed, error);
      return 'failed';
    }
    return this.#runEffect(claimed as OutboxEvent, effect as OutboxEffect);
  }

  /** The effect of a leased event; if this process dies in here, the lease ends and the handler sees its marker. */
  async #runEffect(event: OutboxEvent, effect: OutboxEffect): Promise<Outcome> {
    const { db, clock } = this.#options;
    try {
      await effect.run();
    } catch (error) {
      const verdict = await db.transaction().execute((trx) => effect.failed(trx, error, clock.now()));
      const maxAttempts = this.#options.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts;
      const lastAttempt = verdict === 'uncertain' || event.attempts + 1 >= maxAttempts;
      if (lastAttempt && effect.gaveUp) {
        const gaveUp = effect.gaveUp.bind(effect);
        await db.transaction().execute((trx) => gaveUp(trx, error, clock.now()));
      }
      if (verdict === 'retry') {
        await this.#recordFailure(event, error);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        await db
          .transaction()
          .execute((trx) =>
            this.#giveUp(trx, event, `outcome unknown, not tried again: ${message}`, clock.now()),
          );
      }
      return 'failed';
    }
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      await effect.done(trx, now);
      await this.#markProcessed(trx, event.id, now);
    });
    return 'processed';
  }

  async #markProcessed(trx: Db, id: number, now: Date): Promise<void> {
    await markOutboxJobProcessed(trx, id, now);
  }

  /** Marks the event failed at once, with the reason, for a person to look at. */
  async #giveUp(trx: Db, event: OutboxEvent, reason: string, now: Date): Promise<void> {
    await markOutboxJobGivenUp(trx, event.id, reason.slice(0, 2000), now);
    this.#options.log.error(
      { outboxId: event.id, topic: event.topic, reason },
      'outbox event given up; not tried again',
    );
  }

  async #recordFailure(event: OutboxEvent, error: unknown): Promise<void> {
    const { db, clock, log } = this.#options;
    const maxAttempts = this.#options.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts;
    const failures = event.attempts + 1;
    const now = clock.now();
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const givingUp = failures >= maxAttempts;
    const delay = retryDelayMs(failures, {
      baseDelayMs: this.#options.baseDelayMs ?? OUTBOX_DEFAULTS.baseDelayMs,
      maxDelayMs: this.#options.maxDelayMs ?? OUTBOX_DEFAULTS.maxDelayMs,
      random: this.#options.random ?? Math.random,
    });
    await recordOutboxJobFailure(db, event.id, {
      attempts: failures,
      lastError: message,
      availableAt: new Date(now.getTime() + delay),
      failedAt: givingUp ? now : null,
    });
    const details = { outboxId: event.id, topic: event.topic, attempts: failures, error: message };
    if (givingUp) log.error(details, 'outbox event failed for the last time');
    else log.warn({ ...details, retryInMs: delay }, 'outbox event failed; will retry');
  }

  /** Polls every `intervalMs`; the timer does not keep the process alive. */
  start(intervalMs: number): this {
    this.#loop.start(intervalMs);
    return this;
  }

  /** Stops polling and waits for the run in progress, so the database can be closed after it. */
  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
