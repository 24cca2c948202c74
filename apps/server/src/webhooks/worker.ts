// The webhook delivery worker, in every server process beside the outbox worker. A run claims due deliveries with
// FOR UPDATE SKIP LOCKED and takes a lease on them (next attempt moved a minute on, attempt counted) in a short
// transaction, POSTs each outside any transaction, and records the outcome in another. A crash mid-delivery
// leaves the delivery due again when the lease ends (at least once; the webhook-id lets receivers drop repeats).
//
// Order per subject: a delivery is claimed only when no earlier event (by sequence) of the same application for
// the same subscription is still pending or failed, so an application's events arrive in order even when one of
// them has to be retried; a dead one no longer holds the others back.
//
// Retries: exponential backoff with jitter (30 s doubling, at most 1 h) until 24 hours after the first attempt;
// the first failure after that marks the delivery dead (kept in the log, and can be replayed).
import type { Db } from '../db/database.ts';
import type { WebhookDeliveryStatus } from '../db/schema.ts';
import { type EventRow, toCloudEvent } from '../events/events.ts';
import { PollingLoop } from '../jobs/polling-loop.ts';
import { retryDelayMs, type WorkerLog } from '../outbox/worker.ts';
import type { Clock } from '../shared/clock.ts';
import { postWebhook } from './post.ts';
import { webhookHeaders } from './signature.ts';
import { type SubscriptionRow, validSecrets } from './subscriptions.ts';
import {
  claimDueDeliveries,
  finishDelivery,
  listEventsByIds,
  listSubscriptionsByIds,
} from './webhooks.repository.ts';

export interface WebhookWorkerOptions {
  db: Db;
  clock: Clock;
  log: WorkerLog;
  /** PUBLIC_URL: the events' source and the base of their links. */
  publicUrl: string;
  /** Development only: http and private or loopback addresses. */
  allowPrivate: boolean;
  /** How many deliveries one claim takes (delivered concurrently). */
  batchSize?: number;
  timeoutMs?: number;
  /** How long a claimed delivery is reserved for its worker. */
  leaseMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long after the first attempt a failing delivery is retried before it is dead. */
  retryWindowMs?: number;
  random?: () => number;
}

export const WEBHOOK_DEFAULTS = {
  batchSize: 16,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  retryWindowMs: 24 * 3_600_000,
} as const;

export interface WebhookRunResult {
  delivered: number;
  failed: number;
  dead: number;
}

interface Claimed {
  id: string;
  attempts: number;
  first_attempt_at: Date;
  subscription: SubscriptionRow;
  event: EventRow;
}

export class WebhookWorker {
  readonly #options: WebhookWorkerOptions;
  readonly #loop: PollingLoop;

  constructor(options: WebhookWorkerOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      () => this.drain(),
      (error) => options.log.error({ err: error }, 'webhook run failed'),
      { name: 'webhook worker', log: options.log },
    );
  }

  /** How long the worker waits before its next run because the database is unavailable; 0 when it is not. */
  get backoffMs(): number {
    return this.#loop.backoffMs;
  }

  #setting<K extends keyof typeof WEBHOOK_DEFAULTS>(key: K): number {
    return this.#options[key] ?? WEBHOOK_DEFAULTS[key];
  }

  /** One claim: delivers at most one batch of due deliveries. */
  async runOnce(): Promise<WebhookRunResult> {
    const result: WebhookRunResult = { delivered: 0, failed: 0, dead: 0 };
    if (this.#loop.stopped) return result;
    const claimed = await this.#claim();
    const outcomes = await Promise.all(claimed.map((delivery) => this.#deliver(delivery)));
    for (const outcome of outcomes) result[outcome]++;
    return result;
  }

  /** Runs until nothing is due (or stopped). */
  async drain(): Promise<WebhookRunResult> {
    const total: WebhookRunResult = { delivered: 0, failed: 0, dead: 0 };
    for (;;) {
      const result = await this.runOnce();
      total.delivered += result.delivered;
      total.failed += result.failed;
      total.dead += result.dead;
      if (result.delivered + result.failed + result.dead === 0 || this.#loop.stopped) return total;
    }
  }

  async #claim(): Promise<Claimed[]> {
    const { db, clock } = this.#options;
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + this.#setting('leaseMs'));
    const limit = this.#setting('batchSize');
    return db.transaction().execute(async (trx) => {
      const claimed = await claimDueDeliveries(trx, now, leaseUntil, limit);
      if (claimed.length === 0) return [];
      const subscriptions = await listSubscriptionsByIds(trx, [
        ...new Set(claimed.map((row) => row.subscription_id)),
      ]);
      const events = await listEventsByIds(trx, [...new Set(claimed.map((row) => row.event_id))]);
      const subscriptionById = new Map(subscriptions.map((row) => [row.id, row]));
      const eventById = new Map(events.map((row) => [row.id, row]));
      return claimed.flatMap((row) => {
        const subscription = subscriptionById.get(row.subscription_id);
        const event = eventById.get(row.event_id);
        return subscription && event
          ? [
              {
                id: row.id,
                attempts: row.attempts,
                first_attempt_at: new Date(row.first_attempt_at),
                subscription,
                event,
              },
            ]
          : [];
      });
    });
  }

  async #deliver(delivery: Claimed): Promise<keyof WebhookRunResult> {
    const { clock, publicUrl, allowPrivate, log } = this.#options;
    const now = clock.now();
    const body = JSON.stringify(toCloudEvent(delivery.event, publicUrl));
    const headers = webhookHeaders(
      validSecrets(delivery.subscription, now),
      delivery.event.id,
      Math.floor(now.getTime() / 1000),
      body,
    );
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await postWebhook(delivery.subscription.url, headers, body, {
        allowPrivate,
        timeoutMs: this.#setting('timeoutMs'),
      });
      statusCode = response.statusCode;
      if (statusCode < 200 || statusCode >= 300) {
        error = `HTTP ${statusCode}${response.excerpt ? `: ${response.excerpt}` : ''}`;
      }
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const finished = clock.now();
    let status: WebhookDeliveryStatus;
    let nextAttemptAt = finished;
    if (error === null) {
      status = 'delivered';
    } else if (finished.getTime() - delivery.first_attempt_at.getTime() >= this.#setting('retryWindowMs')) {
      status = 'dead';
    } else {
      status = 'failed';
      const delay = retryDelayMs(delivery.attempts, {
        baseDelayMs: this.#setting('baseDelayMs'),
        maxDelayMs: this.#setting('maxDelayMs'),
        random: this.#options.random ?? Math.random,
      });
      nextAttemptAt = new Date(finished.getTime() + delay);
    }
    await finishDelivery(this.#options.db, delivery.id, delivery.attempts, {
      status,
      next_attempt_at: nextAttemptAt,
      last_status_code: statusCode,
      last_error: error === null ? null : error.slice(0, 1000),
      delivered_at: status === 'delivered' ? finished : null,
    });
    if (status !== 'delivered') {
      const details = {
        deliveryId: delivery.id,
        subscriptionId: delivery.subscription.id,
        eventId: delivery.event.id,
        attempts: delivery.attempts,
        error,
      };
      if (status === 'dead') log.error(details, 'webhook delivery failed for 24 hours; dead-lettered');
      else log.warn({ ...details, retryAt: nextAttemptAt }, 'webhook delivery failed; will retry');
      return status;
    }
    return 'delivered';
  }

  /** Polls every `intervalMs` (draining what is due); the timer does not keep the process alive. */
  start(intervalMs: number): this {
    this.#loop.start(intervalMs);
    return this;
  }

  /** Stops polling and waits for the run in progress, so the database can be closed after it. */
  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
