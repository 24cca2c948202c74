// SQL of the event log: writing an event with its webhook deliveries, reading the log in order, filtered, and one
// event by its id.
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { EventTable } from '../db/schema.ts';

export type EventRow = Selectable<EventTable>;

export interface EventFilter {
  types?: readonly string[];
  subject?: string;
  from?: Date;
  to?: Date;
  afterSeq?: number;
  limit: number;
}

/** The event log in order (by sequence), filtered; one more row than `limit` tells that more follow. */
export async function listEvents(
  db: Db,
  filter: EventFilter,
): Promise<{ events: EventRow[]; hasMore: boolean }> {
  let query = db
    .selectFrom('event')
    .selectAll()
    .orderBy('seq')
    .limit(filter.limit + 1);
  if (filter.types && filter.types.length > 0) query = query.where('type', 'in', [...filter.types]);
  if (filter.subject) query = query.where('subject', '=', filter.subject);
  if (filter.from) query = query.where('time', '>=', filter.from);
  if (filter.to) query = query.where('time', '<', filter.to);
  if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
  const rows = await query.execute();
  return { events: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
}

export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('event').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Locks the application's row until the transaction ends: whoever writes its events holds it until commit, so per
 * application the events are numbered in commit order.
 */
export async function lockApplicationForEvents(trx: Db, applicationId: string): Promise<void> {
  await trx.selectFrom('application').select('id').where('id', '=', applicationId).forUpdate().execute();
}

/** Appends an event to the log; its id and sequence number. */
export async function insertEvent(
  trx: Db,
  event: { type: string; subject: string; time: Date; data: Record<string, unknown> },
): Promise<{ id: string; seq: number }> {
  return trx
    .insertInto('event')
    .values({ type: event.type, subject: event.subject, time: event.time, data: JSON.stringify(event.data) })
    .returning(['id', 'seq'])
    .executeTakeFirstOrThrow();
}

/**
 * A pending delivery of the event for every active webhook subscription whose type filter matches it (an empty
 * filter matches every type), due at once.
 */
export async function insertWebhookDeliveries(
  trx: Db,
  event: { id: string; seq: number; type: string; subject: string },
  now: Date,
): Promise<void> {
  await sql`
    insert into webhook_delivery (subscription_id, event_id, event_seq, subject, next_attempt_at, created_at)
    select s.id, ${event.id}::uuid, ${event.seq}::bigint, ${event.subject}::uuid, ${now}::timestamptz,
      ${now}::timestamptz
    from webhook_subscription s
    where s.active and (cardinality(s.event_types) = 0 or ${event.type}::text = any (s.event_types))
  `.execute(trx);
}
