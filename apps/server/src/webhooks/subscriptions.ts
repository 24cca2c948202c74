// Webhook subscriptions of API clients: create (the secret shown once), list, read, delete, rotate the secret (the
// previous one stays valid for a day), the delivery log, and replay. A client sees only its own subscriptions
// (another's is 404). Every change is audited in its transaction.
import type { EventType } from '@tuki/domain';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { WebhookDeliveryStatus } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, invalidInput, notFound } from '../shared/errors.ts';
import { generateSecret } from './signature.ts';
import { checkWebhookUrl, type WebhookUrlPolicy, WebhookUrlRefused } from './ssrf.ts';
import {
  countSubscriptionsOfClient,
  type DeliveryRow,
  deleteSubscriptionRow,
  findSubscriptionOfClient,
  insertSubscription,
  listDeliveryRows,
  listEventsToReplay,
  type SubscriptionRow,
  updateSubscriptionSecret,
  upsertPendingDeliveries,
} from './webhooks.repository.ts';

export type { DeliveryRow, SubscriptionRow } from './webhooks.repository.ts';
export { listSubscriptions } from './webhooks.repository.ts';

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
    throw invalidInput(`The webhook URL ${error.message}.`, [{ path: 'body.url', message: error.message }]);
  }
}

export async function createSubscription(
  db: Db,
  actor: ClientActor,
  input: { url: string; eventTypes: readonly EventType[] },
  policy: WebhookUrlPolicy,
  now: Date,
): Promise<SubscriptionRow> {
  const url = await checkedUrl(input.url, policy);
  const eventTypes = [...new Set(input.eventTypes)].sort();
  return inTransaction(db, async (trx) => {
    const count = await countSubscriptionsOfClient(trx, actor.clientId);
    if (count >= MAX_SUBSCRIPTIONS_PER_CLIENT) {
      throw new Conflict(`A client may have at most ${MAX_SUBSCRIPTIONS_PER_CLIENT} subscriptions.`);
    }
    const row = await insertSubscription(trx, {
      api_client_id: actor.clientId,
      url,
      event_types: eventTypes,
      secret: generateSecret(),
      created_at: now,
    });
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

export async function getSubscription(
  db: Db,
  clientId: string,
  id: string,
  lock = false,
): Promise<SubscriptionRow> {
  const row = await findSubscriptionOfClient(db, clientId, id, lock);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Deletes the subscription with its delivery log; nothing more is delivered to it. */
export async function deleteSubscription(db: Db, actor: ClientActor, id: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await getSubscription(trx, actor.clientId, id, true);
    await deleteSubscriptionRow(trx, row.id);
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
    const row = await updateSubscriptionSecret(trx, current.id, {
      secret: generateSecret(),
      previousSecret: current.secret,
      previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
    });
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
  const rows = await listDeliveryRows(db, subscriptionId, options);
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
    if (!('eventId' in input) && input.to <= input.from) throw invalidInput('`to` must be after `from`.');
    const rows = await listEventsToReplay(trx, input, subscription.event_types, MAX_REPLAY_EVENTS + 1);
    if ('eventId' in input && rows.length === 0) {
      throw notFound('There is no such event, or the subscription does not take its type.');
    }
    if (rows.length > MAX_REPLAY_EVENTS) {
      throw invalidInput(`A replay takes at most ${MAX_REPLAY_EVENTS} events; choose a shorter time range.`);
    }
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await upsertPendingDeliveries(trx, subscription.id, chunk, now);
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
