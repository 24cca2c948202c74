// SQL of the staff work queue: a page of applications with its filters, search and keyset position, and the
// counts of the queue's tabs. Drafts are never shown.
import { finalApplicationStatuses, openApplicationStatuses } from '@tuki/domain';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ApplicationStatusValue, Database } from '../db/schema.ts';
import {
  addressNeededCondition,
  needsAttentionCondition,
  paymentRejectionCodeOfRow,
} from './attention.repository.ts';
import { possibleDuplicateCondition } from './duplicates.repository.ts';

export type AssigneeFilter = { kind: 'me' } | { kind: 'unassigned' } | { kind: 'staff'; id: string };

export interface QueueFilters {
  /** Absent: the open applications (OPEN_STATUSES), the work still to do; with a search, every status. */
  statuses?: ApplicationStatusValue[];
  assignee?: AssigneeFilter;
  overdue?: boolean;
  urgent?: boolean;
  /** true: only possible duplicates (duplicates.repository.ts). */
  possibleDuplicate?: boolean;
  /**
   * true: only those needing attention after their decision (a letter returned to the sender, a payment rejected:
   * attention.repository.ts); without a status filter every status, as they are decided cases.
   */
  needsAttention?: boolean;
  q?: string;
}

/**
 * Where a page ends: the last row's due date, arrival and id. The arrival is kept as the database's exact text
 * (microseconds; a JavaScript Date keeps only milliseconds), so a row that arrived within the same millisecond as
 * the page's last one is never shown twice nor skipped.
 */
export interface QueuePosition {
  dueDate: string;
  /** ISO 8601 in UTC with up to six decimals of a second. */
  submittedAt: string;
  id: string;
}

export interface QueueRow {
  id: string;
  reference_number: string | null;
  kind: 'basic' | 'supplementary' | 'preventive';
  status: ApplicationStatusValue;
  submitted_at: Date;
  /** submitted_at exactly, for the next page's position. */
  submitted_at_exact: string;
  due_date: string;
  urgent: boolean;
  person_id: string;
  person_first_name: string;
  person_last_name: string;
  assignee_id: string | null;
  assignee_first_name: string | null;
  assignee_last_name: string | null;
  /** Messages from the client that no one in the office has read. */
  unread_messages: number;
  possible_duplicate: boolean;
  /** A decision letter came back to the sender and no one has seen to it. */
  address_needed: boolean;
  /** The bank's reason code of a rejected payment no one has seen to ('' without a code); null when none. */
  payment_rejection_code: string | null;
}

export interface QueueCounts {
  all: number;
  mine: number;
  unassigned: number;
  overdue: number;
  urgent: number;
  possibleDuplicates: number;
  /** Needing attention after the decision, in any status (with the search, not the status filter). */
  needsAttention: number;
}

type Eb = ExpressionBuilder<Database & { a: Database['application']; p: Database['person'] }, 'a' | 'p'>;

const CLOSED: readonly ApplicationStatusValue[] = finalApplicationStatuses;

/** The work queue's default filter: what still needs handling. */
export const OPEN_STATUSES: readonly ApplicationStatusValue[] = openApplicationStatuses;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function overdueCondition(eb: Eb, today: string): Expression<SqlBool> {
  return eb.and([eb('a.due_date', '<', today), eb('a.status', 'not in', CLOSED)]);
}

/** A search by personal identity code: the code and the person who has it, if anyone. */
export interface CodeSearch {
  code: string;
  personId: string | null;
}

/** The conditions shared by the list and its counts: never drafts, the status filter and the search. */
function baseConditions(eb: Eb, filters: QueueFilters, byCode: CodeSearch | undefined) {
  const conditions: Expression<SqlBool>[] = [
    eb('a.submitted_at', 'is not', null),
    eb('a.status', '!=', 'draft'),
  ];
  const q = filters.q?.trim();
  if (filters.statuses && filters.statuses.length > 0)
    conditions.push(eb('a.status', 'in', filters.statuses));
  else if (!q && filters.needsAttention !== true) conditions.push(eb('a.status', 'in', [...OPEN_STATUSES]));
  if (byCode !== undefined) {
    // A search by identity code: that person's applications, and those that name the code as the spouse's
    // (through the index on the spouse's code, migration 0022), even when the spouse has no person record.
    const spouse = sql<SqlBool>`tuki_spouse_code(a.content) = ${byCode.code}`;
    conditions.push(
      byCode.personId === null ? spouse : eb.or([eb('a.person_id', '=', byCode.personId), spouse]),
    );
  } else if (q && /\d/.test(q)) {
    // A reference number (names have no digits): by its beginning, through the pattern index.
    conditions.push(eb('a.reference_number', 'like', `${likeEscape(q.toUpperCase())}%`));
  } else if (q) {
    // A name anywhere in "first last", whatever the case and accents, through the trigram index on the folded
    // name (migration 0020).
    conditions.push(
      eb(
        'a.person_id',
        'in',
        eb
          .selectFrom('person as pn')
          .select('pn.id')
          .where(
            sql<string>`tuki_fold(pn.first_name || ' ' || pn.last_name)`,
            'like',
            sql<string>`'%' || tuki_fold(${likeEscape(q)}) || '%'`,
          ),
      ),
    );
  }
  return conditions;
}

/**
 * Turns JIT compilation off for the rest of the transaction. The duplicate flag's correlated probes (a few
 * microseconds a row) make the planner's cost estimate of the counts high enough for JIT compilation, which would
 * cost far more than the query itself.
 */
export async function disableJit(trx: Db): Promise<void> {
  await sql`set local jit = off`.execute(trx);
}

/** The id of the person with this personal identity code; null when there is none. */
export async function findPersonIdByIdentityCode(db: Db, code: string): Promise<string | null> {
  const person = await db
    .selectFrom('person')
    .select('id')
    .where('personal_identity_code', '=', code)
    .executeTakeFirst();
  return person?.id ?? null;
}

function queueFrom(db: Db) {
  return db.selectFrom('application as a').innerJoin('person as p', 'p.id', 'a.person_id');
}

/**
 * A page of the queue in its order (due date, arrival, id), one row more than the limit when there are more.
 * `me` is the reading staff user's id (null for an API client), `today` the date in Helsinki.
 */
export async function listQueueRows(
  db: Db,
  filters: QueueFilters,
  byCode: CodeSearch | undefined,
  page: { limit: number; after?: QueuePosition },
  context: { me: string | null; today: string },
): Promise<QueueRow[]> {
  const { me, today } = context;
  const query = queueFrom(db)
    .leftJoin('staff_user as s', 's.id', 'a.assignee_id')
    .select([
      'a.id',
      'a.reference_number',
      'a.kind',
      'a.status',
      'a.submitted_at',
      sql<string>`to_char(a.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'submitted_at_exact',
      ),
      'a.due_date',
      'a.urgent',
      'a.person_id',
      'p.first_name as person_first_name',
      'p.last_name as person_last_name',
      'a.assignee_id',
      's.first_name as assignee_first_name',
      's.last_name as assignee_last_name',
      // Per row of the page only (the partial index on unread messages answers it), never in the counts.
      (eb) =>
        eb
          .selectFrom('message as m')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('m.application_id', '=', 'a.id')
          .where('m.sender_type', '=', 'person')
          .where('m.read_at', 'is', null)
          .as('unread_messages'),
      // Per row of the page: the indexes of migration 0022 answer each lookup.
      possibleDuplicateCondition().as('possible_duplicate'),
      // Per row of the page: the partial indexes of migration 0037 answer each probe.
      addressNeededCondition().as('address_needed'),
      paymentRejectionCodeOfRow().as('payment_rejection_code'),
    ])
    .where((eb) => {
      const conditions = baseConditions(eb, filters, byCode);
      if (filters.possibleDuplicate === true) conditions.push(possibleDuplicateCondition());
      if (filters.possibleDuplicate === false)
        conditions.push(sql<SqlBool>`not ${possibleDuplicateCondition()}`);
      const assignee = filters.assignee;
      if (assignee?.kind === 'me') {
        conditions.push(me === null ? sql<SqlBool>`false` : eb('a.assignee_id', '=', me));
      }
      if (assignee?.kind === 'unassigned') conditions.push(eb('a.assignee_id', 'is', null));
      if (assignee?.kind === 'staff') conditions.push(eb('a.assignee_id', '=', assignee.id));
      if (filters.overdue === true) conditions.push(overdueCondition(eb, today));
      if (filters.overdue === false) conditions.push(eb.not(overdueCondition(eb, today)));
      if (filters.urgent !== undefined) conditions.push(eb('a.urgent', '=', filters.urgent));
      if (filters.needsAttention === true) conditions.push(needsAttentionCondition());
      if (filters.needsAttention === false) conditions.push(sql<SqlBool>`not ${needsAttentionCondition()}`);
      const after = page.after;
      if (after) {
        // (due_date, submitted_at, id) > cursor as one row comparison: an index condition on the queue indexes
        // (0010), so a later page starts at the cursor instead of filtering every row before it.
        conditions.push(
          sql<SqlBool>`(a.due_date, a.submitted_at, a.id) > (${after.dueDate}::date, ${after.submittedAt}::timestamptz, ${after.id}::uuid)`,
        );
      }
      return eb.and(conditions);
    })
    .orderBy('a.due_date')
    .orderBy('a.submitted_at')
    .orderBy('a.id')
    .limit(page.limit + 1);
  return (await query.execute()).map((row) => ({
    ...row,
    unread_messages: Number(row.unread_messages ?? 0),
    possible_duplicate: row.possible_duplicate === true,
    address_needed: row.address_needed === true,
    payment_rejection_code: row.payment_rejection_code ?? null,
  })) as QueueRow[];
}

/**
 * The counts of the queue's tabs. They read the application alone (the search conditions name the person through a
 * subquery).
 */
export async function countQueue(
  db: Db,
  filters: QueueFilters,
  byCode: CodeSearch | undefined,
  context: { me: string | null; today: string },
): Promise<QueueCounts> {
  const { me, today } = context;
  const counted = await (db.selectFrom('application as a') as unknown as ReturnType<typeof queueFrom>)
    .select([
      sql<string>`count(*)`.as('all'),
      sql<string>`count(*) filter (where a.assignee_id = ${me})`.as('mine'),
      sql<string>`count(*) filter (where a.assignee_id is null)`.as('unassigned'),
      sql<string>`count(*) filter (where a.due_date < ${today} and a.status not in (${sql.join(CLOSED.map((status) => sql.lit(status)))}))`.as(
        'overdue',
      ),
      sql<string>`count(*) filter (where a.urgent)`.as('urgent'),
      sql<string>`count(*) filter (where ${possibleDuplicateCondition()})`.as('possible_duplicates'),
    ])
    .where((eb) => eb.and(baseConditions(eb, filters, byCode)))
    .executeTakeFirstOrThrow();
  // Over every status (they are decided cases), with the search: the tab shows them whatever the status filter.
  const attention = await (db.selectFrom('application as a') as unknown as ReturnType<typeof queueFrom>)
    .select(sql<string>`count(*)`.as('n'))
    .where((eb) =>
      eb.and([
        ...baseConditions(
          eb,
          { ...(filters.q !== undefined ? { q: filters.q } : {}), needsAttention: true },
          byCode,
        ),
        needsAttentionCondition(),
      ]),
    )
    .executeTakeFirstOrThrow();
  return {
    all: Number(counted.all),
    mine: Number(counted.mine),
    unassigned: Number(counted.unassigned),
    overdue: Number(counted.overdue),
    urgent: Number(counted.urgent),
    possibleDuplicates: Number(counted.possible_duplicates),
    needsAttention: Number(attention.n),
  };
}
