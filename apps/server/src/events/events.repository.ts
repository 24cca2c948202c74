// SQL of the event log: reading it in order, filtered, and one event by its id.
import type { Selectable } from 'kysely';
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
