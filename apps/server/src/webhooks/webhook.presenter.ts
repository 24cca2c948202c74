// Subscriptions and deliveries as the API shows them. The secret appears only in the answers of create and rotate.
import { z } from 'zod';
import { eventTypeSchema } from '../events/events.ts';
import type { DeliveryRow, SubscriptionRow } from './subscriptions.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export const subscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    eventTypes: z.array(eventTypeSchema).describe('The types delivered; empty: every type'),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    previousSecretValidUntil: z.iso
      .datetime()
      .nullable()
      .describe('After a rotation: until when deliveries are also signed with the previous secret'),
  })
  .meta({ id: 'WebhookSubscription' });

export const subscriptionWithSecretSchema = subscriptionSchema
  .extend({
    secret: z
      .string()
      .describe('The signing secret (whsec_…, Standard Webhooks). Shown only now: store it safely.'),
  })
  .meta({ id: 'WebhookSubscriptionWithSecret' });

export const deliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    eventTime: z.iso.datetime(),
    subject: z.uuid(),
    status: z
      .enum(['pending', 'failed', 'delivered', 'dead'])
      .describe(
        'pending: not tried yet; failed: the last attempt failed and another is scheduled; delivered; ' +
          'dead: failed for 24 hours and given up (replay to try again)',
      ),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    firstAttemptAt: z.iso.datetime().nullable(),
    lastAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable().describe('The error, or the status and the start of the response body'),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export function presentSubscription(row: SubscriptionRow): z.infer<typeof subscriptionSchema> {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.event_types,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    previousSecretValidUntil: iso(row.previous_secret_expires_at),
  };
}

export function presentSubscriptionWithSecret(
  row: SubscriptionRow,
): z.infer<typeof subscriptionWithSecretSchema> {
  return { ...presentSubscription(row), secret: row.secret };
}

export function presentDelivery(row: DeliveryRow): z.infer<typeof deliverySchema> {
  const open = row.status === 'pending' || row.status === 'failed';
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    eventTime: new Date(row.event_time).toISOString(),
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: open ? iso(row.next_attempt_at) : null,
    firstAttemptAt: iso(row.first_attempt_at),
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    deliveredAt: iso(row.delivered_at),
  };
}
