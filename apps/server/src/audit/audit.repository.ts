// SQL of the audit trail: appending rows; reading it newest first, paged by sequence number, by the person whose
// data it was, by the one who acted, by time; and reading the hash chain to verify it.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AuditEventTable } from '../db/schema.ts';

/** Appends rows to the audit trail in one statement, in the caller's transaction. */
export async function insertAuditEvents(db: Db, rows: Insertable<AuditEventTable>[]): Promise<void> {
  await db.insertInto('audit_event').values(rows).execute();
}

export interface AuditQuery {
  personId?: string;
  /** Only rows of this actor (the staff user's, API client's or person's id), of this type when given. */
  actorId?: string;
  actorType?: 'person' | 'staff' | 'api_client' | 'system' | 'anonymous';
  /**
   * With a staff actor: also the rows of the API clients this staff user created, asked personal-data access for
   * or approved (`details.grantedBy`, indexed by migration 0029).
   */
  withGrantedClients?: boolean;
  from?: Date;
  to?: Date;
  /** Only rows with a sequence number below this (the cursor). */
  beforeSeq?: number;
  limit: number;
}

/** The parts of `details.grantedBy` (written as the expressions of migration 0029's indexes). */
const grantorPaths = ['{grantedBy,createdBy}', '{grantedBy,requestedBy}', '{grantedBy,approvedBy}'];

export async function listAuditEvents(db: Db, query: AuditQuery) {
  let select = db
    .selectFrom('audit_event')
    .leftJoin('staff_user', (join) =>
      join.on((eb) =>
        eb.and([
          eb('audit_event.actor_type', '=', 'staff'),
          eb(sql<string>`staff_user.id::text`, '=', eb.ref('audit_event.actor_id')),
        ]),
      ),
    )
    .selectAll('audit_event')
    .select(['staff_user.username as actor_username'])
    .orderBy('audit_event.seq', 'desc')
    .limit(query.limit + 1);
  if (query.personId) select = select.where('audit_event.subject_person_id', '=', query.personId);
  const { actorId, actorType } = query;
  if (actorId !== undefined && actorType === 'staff' && query.withGrantedClients) {
    select = select.where((eb) =>
      eb.or([
        eb.and([eb('audit_event.actor_type', '=', 'staff'), eb('audit_event.actor_id', '=', actorId)]),
        eb.and([
          eb('audit_event.actor_type', '=', 'api_client'),
          eb.or(
            grantorPaths.map((path) =>
              eb(sql<string>`audit_event.details #>> ${sql.lit(path)}`, '=', actorId),
            ),
          ),
        ]),
      ]),
    );
  } else {
    if (actorId !== undefined) select = select.where('audit_event.actor_id', '=', actorId);
    if (actorType) select = select.where('audit_event.actor_type', '=', actorType);
  }
  if (query.from) select = select.where('audit_event.occurred_at', '>=', query.from);
  if (query.to) select = select.where('audit_event.occurred_at', '<', query.to);
  if (query.beforeSeq !== undefined) select = select.where('audit_event.seq', '<', query.beforeSeq);
  const rows = await select.execute();
  const hasMore = rows.length > query.limit;
  return { rows: rows.slice(0, query.limit), hasMore };
}

/** The staff users who have opened an application, with when they first and last did. */
export async function listStaffWhoOpenedApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('audit_event')
    .select([
      'actor_id',
      (eb) => eb.fn.min('occurred_at').as('first'),
      (eb) => eb.fn.max('occurred_at').as('last'),
    ])
    .where('object_type', '=', 'application')
    .where('object_id', '=', applicationId)
    .where('action', '=', 'application.read')
    .where('actor_type', '=', 'staff')
    .where('outcome', '=', 'success')
    .groupBy('actor_id')
    .execute();
}

/**
 * The chain head and the first row beyond it, in one statement (one snapshot): a row past the head is not one
 * appended meanwhile, as the head moves with every row in the row's own transaction. The head's columns are null
 * when it is missing.
 */
export async function readChainStart(
  db: Db,
): Promise<{ last_seq: number | null; last_hash: string | null; beyond: number | null } | undefined> {
  const start = await sql<{ last_seq: number | null; last_hash: string | null; beyond: number | null }>`
    select h.last_seq, h.last_hash,
      (select min(e.seq) from audit_event e where e.seq > coalesce(h.last_seq, 0)) as beyond
    from (select 1) as one left join audit_chain_head h on true`.execute(db);
  return start.rows[0];
}

/** A batch of the chain from `fromSeq` up to `toSeq`, in order, with each row's hash computed again. */
export async function listChainRows(db: Db, fromSeq: number, toSeq: number, limit: number) {
  return db
    .selectFrom('audit_event')
    .select(['seq', 'id', 'prev_hash', 'hash', sql<string>`audit_event_hash(audit_event)`.as('recomputed')])
    .where('seq', '>=', fromSeq)
    .where('seq', '<=', toSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}
