// SQL of the webhooks: the API clients' subscriptions, the delivery log and its queue, and the retention of the
// delivery log and the event log.
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserterReturningRow } from '../db/insert-row.ts';
import type { WebhookDeliveryStatus, WebhookDeliveryTable, WebhookSubscriptionTable } from '../db/schema.ts';
import type { EventRow } from '../events/events.ts';

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable> & { event_type: string; event_time: Date };

export async function countSubscriptionsOfClient(db: Db, clientId: string): Promise<number> {
  const { count } = await db
    .selectFrom('webhook_subscription')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('api_client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export const insertSubscription = rowInserterReturningRow('webhook_subscription');

export async function listSubscriptions(db: Db, clientId: string): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('api_client_id', '=', clientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The client's subscription (another client's is not found), locked until the transaction ends when `lock`. */
export async function findSubscriptionOfClient(
  db: Db,
  clientId: string,
  id: string,
  lock: boolean,
): Promise<SubscriptionRow | undefined> {
  let query = db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('id', '=', id)
    .where('api_client_id', '=', clientId);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Deletes the subscription (its delivery log goes with it). */
export async function deleteSubscriptionRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_subscription').where('id', '=', id).execute();
}

export async function updateSubscriptionSecret(
  db: Db,
  id: string,
  secrets: { secret: string; previousSecret: string; previousSecretExpiresAt: Date },
): Promise<SubscriptionRow> {
  return db
    .updateTable('webhook_subscription')
    .set({
      secret: secrets.secret,
      previous_secret: secrets.previousSecret,
      previous_secret_expires_at: secrets.previousSecretExpiresAt,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A page of a subscription's delivery log, newest first, one row more than the limit when there are more. */
export async function listDeliveryRows(
  db: Db,
  subscriptionId: string,
  options: { limit: number; status?: WebhookDeliveryStatus; after?: { createdAt: Date; seq: number } },
): Promise<DeliveryRow[]> {
  let query = db
    .selectFrom('webhook_delivery as d')
    .innerJoin('event as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .select(['e.type as event_type', 'e.time as event_time'])
    .where('d.subscription_id', '=', subscriptionId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.event_seq', 'desc')
    .limit(options.limit + 1);
  if (options.status) query = query.where('d.status', '=', options.status);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('d.created_at', 'd.event_seq'), '<', eb.tuple(after.createdAt, after.seq)),
    );
  }
  return (await query.execute()) as DeliveryRow[];
}

/** The events to replay in their order: one event, or those in [from, to); of the given types when any. */
export async function listEventsToReplay(
  db: Db,
  which: { eventId: string } | { from: Date; to: Date },
  eventTypes: string[],
  limit: number,
): Promise<{ id: string; seq: number; subject: string; type: string }[]> {
  let events = db.selectFrom('event').select(['id', 'seq', 'subject', 'type']).orderBy('seq');
  if ('eventId' in which) {
    events = events.where('id', '=', which.eventId);
  } else {
    events = events.where('time', '>=', which.from).where('time', '<', which.to);
  }
  if (eventTypes.length > 0) events = events.where('type', 'in', eventTypes);
  return events.limit(limit).execute();
}

/** Makes the deliveries of these events pending again (attempts from zero, due now), creating those missing. */
export async function upsertPendingDeliveries(
  db: Db,
  subscriptionId: string,
  events: { id: string; seq: number; subject: string }[],
  now: Date,
): Promise<void> {
  await db
    .insertInto('webhook_delivery')
    .values(
      events.map((event) => ({
        subscription_id: subscriptionId,
        event_id: event.id,
        event_seq: event.seq,
        subject: event.subject,
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['subscription_id', 'event_id']).doUpdateSet({
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        first_attempt_at: null,
        last_attempt_at: null,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        created_at: now,
      }),
    )
    .execute();
}

export interface ClaimedDelivery {
  id: string;
  attempts: number;
  first_attempt_at: Date;
  subscription_id: string;
  event_id: string;
}

/**
 * Claims up to `limit` due deliveries for a lease (until `leaseUntil`), counting the attempt. A delivery waits
 * while an earlier one of the same subject for the same subscription is unfinished, and while its client is
 * deactivated; rows another worker holds are skipped.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedDelivery[]> {
  const claimed = await sql<ClaimedDelivery>`
        with due as (
          select d.id from webhook_delivery d
          where d.status in ('pending', 'failed') and d.next_attempt_at <= ${now}
            -- A deactivated API client's deliveries wait (they go on if it is activated again).
            and not exists (
              select 1 from webhook_subscription s join api_client c on c.id = s.api_client_id
              where s.id = d.subscription_id and not c.active)
            and not exists (
              select 1 from webhook_delivery p
              where p.subscription_id = d.subscription_id and p.subject = d.subject
                and p.event_seq < d.event_seq and p.status in ('pending', 'failed'))
          order by d.next_attempt_at, d.event_seq
          limit ${limit}
          for update skip locked
        )
        update webhook_delivery w
        set next_attempt_at = ${leaseUntil}, attempts = w.attempts + 1, last_attempt_at = ${now},
          first_attempt_at = coalesce(w.first_attempt_at, ${now})
        from due where w.id = due.id
        returning w.id, w.attempts, w.first_attempt_at, w.subscription_id, w.event_id`.execute(db);
  return claimed.rows;
}

export async function listSubscriptionsByIds(db: Db, ids: string[]): Promise<SubscriptionRow[]> {
  return db.selectFrom('webhook_subscription').selectAll().where('id', 'in', ids).execute();
}

export async function listEventsByIds(db: Db, ids: string[]): Promise<EventRow[]> {
  return db.selectFrom('event').selectAll().where('id', 'in', ids).execute();
}

/** Records an attempt's outcome, unless the lease ran out and a later attempt has claimed the delivery. */
export async function finishDelivery(
  db: Db,
  id: string,
  attempts: number,
  outcome: {
    status: WebhookDeliveryStatus;
    next_attempt_at: Date;
    last_status_code: number | null;
    last_error: string | null;
    delivered_at: Date | null;
  },
): Promise<void> {
  await db
    .updateTable('webhook_delivery')
    .set(outcome)
    .where('id', '=', id)
    // A delivery whose lease ran out and was claimed again belongs to the later attempt.
    .where('attempts', '=', attempts)
    .where('status', 'in', ['pending', 'failed'])
    .execute();
}

/** Deletes up to `limit` delivered and dead deliveries created before `before`; returns how many. */
export async function deleteFinishedDeliveriesBatch(db: Db, before: Date, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('webhook_delivery')
    .where(
      'id',
      'in',
      db
        .selectFrom('webhook_delivery')
        .select('id')
        .where('status', 'in', ['delivered', 'dead'])
        .where('created_at', '<', before)
        .limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes up to `limit` events from before `before` that no delivery refers to, oldest first; returns how many. */
export async function deleteUnreferencedEventsBatch(db: Db, before: Date, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('event')
    .where(
      'id',
      'in',
      db
        .selectFrom('event as e')
        .select('e.id')
        .where('e.time', '<', before)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('webhook_delivery as d')
                .select(sql<number>`1`.as('one'))
                .whereRef('d.event_id', '=', 'e.id'),
            ),
          ),
        )
        .orderBy('e.time')
        .limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
