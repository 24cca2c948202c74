// Webhook subscriptions of API clients: create (the secret shown once), list, read, delete, rotate the secret (the
// previous one stays valid for a day), the delivery log, and replay. A client sees only its own subscriptions
// (another's is 404). Every change is audited in its transaction.
import type { Selectable } from 'kysely';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { WebhookDeliveryStatus, WebhookDeliveryTable, WebhookSubscriptionTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { badRequest, HttpProblem, notFound } from '../http/problem.ts';
import { generateSecret } from './signature.ts';
import { checkWebhookUrl, type WebhookUrlPolicy, WebhookUrlRefused } from './ssrf.ts';

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable> & { event_type: string; event_time: Date };

/** How long the previous secret stays valid after a rotation. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 3600_000;
/** The most events one replay may take. */
export const MAX_REPLAY_EVENTS = 10_000;
export const MAX_SUBSCRIPTIONS_PER_CLIENT = 50;

export interface ClientActor {
  clientId: string;
  audit: AuditContext;
}

const NOT_FOUND = 'There is no such subscription.';

async function checkedUrl(url: string, policy: WebhookUrlPolicy): Promise<string> {
  try {
    return (await checkWebhookUrl(url, policy)).href;
  } catch (error) {
    if (!(error instanceof WebhookUrlRefused)) throw error;
    throw badRequest(`The webhook URL ${error.message}.`, [{ path: 'body.url', message: error.message }]);
  }
}

export async function createSubscription(
  db: Db,
  actor: ClientActor,
  input: { url: string; eventTypes: readonly string[] },
  policy: WebhookUrlPolicy,
  now: Date,
): Promise<SubscriptionRow> {
  const url = await checkedUrl(input.url, policy);
  const eventTypes = [...new Set(input.eventTypes)].sort();
  return inTransaction(db, async (trx) => {
    const { count } = await trx
      .selectFrom('webhook_subscription')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('api_client_id', '=', actor.clientId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_SUBSCRIPTIONS_PER_CLIENT) {
      throw new HttpProblem(409, `A client may have at most ${MAX_SUBSCRIPTIONS_PER_CLIENT} subscriptions.`);
    }
    const row = await trx
      .insertInto('webhook_subscription')
      .values({
        api_client_id: actor.clientId,
        url,
        event_types: eventTypes,
        secret: generateSecret(),
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'webhook_subscription.create',
        objectType: 'webhook_subscription',
        objectId: row.id,
        details: { url, eventTypes },
      },
      now,
    );
    return row;
  });
}

export async function listSubscriptions(db: Db, clientId: string): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('api_client_id', '=', clientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function getSubscription(
  db: Db,
  clientId: string,
  id: string,
  lock = false,
): Promise<SubscriptionRow> {
  let query = db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('id', '=', id)
    .where('api_client_id', '=', clientId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Deletes the subscription with its delivery log; nothing more is delivered to it. */
export async function deleteSubscription(db: Db, actor: ClientActor, id: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await getSubscription(trx, actor.clientId, id, true);
    await trx.deleteFrom('webhook_subscription').where('id', '=', row.id).execute();
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'webhook_subscription.delete',
        objectType: 'webhook_subscription',
        objectId: row.id,
        details: { url: row.url },
      },
      now,
    );
  });
}

/** A new secret; the current one becomes the previous one, valid (and signed with) for another 24 hours. */
export async function rotateSubscriptionSecret(
  db: Db,
  actor: ClientActor,
  id: string,
  now: Date,
): Promise<SubscriptionRow> {
  return inTransaction(db, async (trx) => {
    const current = await getSubscription(trx, actor.clientId, id, true);
    const row = await trx
      .updateTable('webhook_subscription')
      .set({
        secret: generateSecret(),
        previous_secret: current.secret,
        previous_secret_expires_at: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'webhook_subscription.rotate_secret',
        objectType: 'webhook_subscription',
        objectId: row.id,
        details: { previousSecretValidUntil: row.previous_secret_expires_at },
      },
      now,
    );
    return row;
  });
}

/** The secrets that sign a delivery now: the current one, and the previous one while it is still valid. */
export function validSecrets(row: SubscriptionRow, now: Date): string[] {
  const expires = row.previous_secret_expires_at ? new Date(row.previous_secret_expires_at) : undefined;
  return row.previous_secret && expires && expires > now ? [row.secret, row.previous_secret] : [row.secret];
}

export async function listDeliveries(
  db: Db,
  clientId: string,
  subscriptionId: string,
  options: { limit: number; status?: WebhookDeliveryStatus; after?: { createdAt: Date; seq: number } },
): Promise<{ deliveries: DeliveryRow[]; hasMore: boolean }> {
  await getSubscription(db, clientId, subscriptionId);
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
  const rows = (await query.execute()) as DeliveryRow[];
  return { deliveries: rows.slice(0, options.limit), hasMore: rows.length > options.limit };
}

export type ReplayInput = { eventId: string } | { from: Date; to: Date };

/**
 * Delivers events again: one event, or every event in [from, to) that the subscription's filter takes. A delivery
 * that exists is reset to pending (attempts from zero, due now); a missing one is made. Deliveries keep the order
 * per subject, so the replayed events of an application arrive in their original order.
 */
export async function replayEvents(
  db: Db,
  actor: ClientActor,
  subscriptionId: string,
  input: ReplayInput,
  now: Date,
): Promise<{ replayed: number }> {
  return inTransaction(db, async (trx) => {
    const subscription = await getSubscription(trx, actor.clientId, subscriptionId, true);
    let events = trx.selectFrom('event').select(['id', 'seq', 'subject', 'type']).orderBy('seq');
    if ('eventId' in input) {
      events = events.where('id', '=', input.eventId);
    } else {
      if (input.to <= input.from) throw badRequest('`to` must be after `from`.');
      events = events.where('time', '>=', input.from).where('time', '<', input.to);
    }
    if (subscription.event_types.length > 0) events = events.where('type', 'in', subscription.event_types);
    const rows = await events.limit(MAX_REPLAY_EVENTS + 1).execute();
    if ('eventId' in input && rows.length === 0) {
      throw notFound('There is no such event, or the subscription does not take its type.');
    }
    if (rows.length > MAX_REPLAY_EVENTS) {
      throw badRequest(`A replay takes at most ${MAX_REPLAY_EVENTS} events; choose a shorter time range.`);
    }
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await trx
        .insertInto('webhook_delivery')
        .values(
          chunk.map((event) => ({
            subscription_id: subscription.id,
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
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'webhook_subscription.replay',
        objectType: 'webhook_subscription',
        objectId: subscription.id,
        details:
          'eventId' in input
            ? { eventId: input.eventId, events: rows.length }
            : { from: input.from.toISOString(), to: input.to.toISOString(), events: rows.length },
      },
      now,
    );
    return { replayed: rows.length };
  });
}
