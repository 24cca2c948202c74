// Possible duplicates and the client's history, in SQL. An application is a possible duplicate when the same
// person, or a member of the same family by personal identity code, has another application for the same month
// (each application is for one month, content.month) that is open or decided (`duplicateCountingStatuses`):
// - the same person;
// - the other application's person is the spouse this one names (content.spouse.personalIdentityCode);
// - the other application names this application's person as the spouse;
// - both name the same spouse.
// Requests for rectification copy their case's content and are never counted. Migration 0022 indexes
// (person_id, month) and (spouse's code, month) for the counted applications, so each condition is an index scan.
import { duplicateCountingStatuses } from '@tuki/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ApplicationStatusValue, DecisionOutcomeValue } from '../db/schema.ts';

const counted = sql.join(duplicateCountingStatuses.map((status) => sql.lit(status)));

/**
 * The queue's flag: whether the application `a` is a possible duplicate. The application
 * itself must be one that counts (open or decided, not a request for rectification).
 */
export function possibleDuplicateCondition(): RawBuilder<SqlBool> {
  // Four EXISTS joined by OR, each a probe of one partial index of 0022 that stops at the first row found. Under
  // OR they stay correlated subplans: one EXISTS with an OR inside was made a semi join by the planner, which then
  // scanned every application of the month for each row.
  const other = (condition: RawBuilder<unknown>) => sql`exists (
    select 1 from application o
    where ${condition} and (o.content ->> 'month') = (a.content ->> 'month')
      and o.kind <> 'rectification' and o.status in (${counted}) and o.id <> a.id)`;
  return sql<SqlBool>`(a.kind <> 'rectification' and a.status in (${counted}) and (a.content ->> 'month') is not null
    and (${other(sql`o.person_id = a.person_id`)}
      or ${other(sql`o.person_id = (select sp.id from person sp where sp.personal_identity_code = tuki_spouse_code(a.content))`)}
      or ${other(sql`tuki_spouse_code(o.content) = (select ap.personal_identity_code from person ap where ap.id = a.person_id)`)}
      or ${other(sql`tuki_spouse_code(o.content) = tuki_spouse_code(a.content)`)}))`;
}

/** How the other application is related to the one examined. */
export interface DuplicateReasons {
  samePerson: boolean;
  /** Its person is the spouse the examined application names. */
  bySpouse: boolean;
  /** It names the examined application's person as the spouse. */
  namesApplicantAsSpouse: boolean;
  /** Both name the same spouse. */
  sameSpouse: boolean;
}

export interface RelatedApplicationRow {
  id: string;
  referenceNumber: string | null;
  kind: 'basic' | 'supplementary' | 'preventive' | 'rectification';
  status: ApplicationStatusValue;
  month: string | null;
  submittedAt: Date | null;
  personId: string;
  firstName: string;
  lastName: string;
}

/** The columns every related application is read with (`o` the application, `op` its person), and their row. */
const relatedColumns = sql`o.id, o.reference_number, o.kind, o.status, o.content ->> 'month' as month,
  o.submitted_at, o.person_id, op.first_name, op.last_name`;

interface RelatedSqlRow {
  id: string;
  reference_number: string | null;
  kind: RelatedApplicationRow['kind'];
  status: ApplicationStatusValue;
  month: string | null;
  submitted_at: Date | null;
  person_id: string;
  first_name: string;
  last_name: string;
}

function relatedOf(row: RelatedSqlRow): RelatedApplicationRow {
  return {
    id: row.id,
    referenceNumber: row.reference_number,
    kind: row.kind,
    status: row.status,
    month: row.month,
    submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at),
    personId: row.person_id,
    firstName: row.first_name,
    lastName: row.last_name,
  };
}

export interface PossibleDuplicateRow extends RelatedApplicationRow {
  reasons: DuplicateReasons;
}

export interface DuplicateQuery {
  /** The application examined: never its own duplicate. */
  applicationId: string;
  personId: string;
  personalIdentityCode: string;
  /** The spouse's code as the application gives it (normalised here); null when none. */
  spouseCode: string | null;
  month: string | null;
}

export const normalizeSpouseCode = (code: unknown): string | null => {
  if (typeof code !== 'string') return null;
  const normalized = code.trim().toUpperCase();
  return normalized === '' ? null : normalized;
};

/** The open or decided applications for the same month of the same person or family. */
export async function findPossibleDuplicates(db: Db, query: DuplicateQuery): Promise<PossibleDuplicateRow[]> {
  if (!query.month) return [];
  const spouse = query.spouseCode;
  const result = await sql<
    RelatedSqlRow & {
      same_person: boolean;
      by_spouse: boolean;
      names_applicant: boolean;
      same_spouse: boolean;
    }
  >`
    select ${relatedColumns},
      o.person_id = ${query.personId} as same_person,
      coalesce(op.personal_identity_code = ${spouse}, false) as by_spouse,
      coalesce(tuki_spouse_code(o.content) = ${query.personalIdentityCode}, false) as names_applicant,
      coalesce(tuki_spouse_code(o.content) = ${spouse}, false) as same_spouse
    from application o
    join person op on op.id = o.person_id
    where o.id <> ${query.applicationId} and o.kind <> 'rectification' and o.status in (${counted})
      and (o.content ->> 'month') = ${query.month}
      and (o.person_id = ${query.personId}
        or o.person_id = (select sp.id from person sp where sp.personal_identity_code = ${spouse})
        or tuki_spouse_code(o.content) = ${query.personalIdentityCode}
        or tuki_spouse_code(o.content) = ${spouse})
    order by o.submitted_at, o.id`.execute(db);
  return result.rows.map((row) => ({
    ...relatedOf(row),
    reasons: {
      samePerson: row.same_person,
      bySpouse: row.by_spouse,
      namesApplicantAsSpouse: row.names_applicant,
      sameSpouse: row.same_spouse,
    },
  }));
}

export interface HistoryRow extends RelatedApplicationRow {
  /** The latest decision on it, if any. */
  decision: { outcome: DecisionOutcomeValue; amountCents: number; decidedAt: Date } | null;
}

/** How many earlier cases the history shows at most (newest first). */
export const HISTORY_LIMIT = 100;

/**
 * The client's and the spouse's other sent cases (every status, requests for rectification too), newest first: the
 * client's own, those of the person the application names as the spouse, and those that name the client as the
 * spouse. Each with its latest decision's outcome and amount.
 */
export async function listClientHistory(db: Db, query: Omit<DuplicateQuery, 'month'>): Promise<HistoryRow[]> {
  const spouse = query.spouseCode;
  const result = await sql<RelatedSqlRow>`
    select ${relatedColumns}
    from application o
    join person op on op.id = o.person_id
    where o.id <> ${query.applicationId} and o.status <> 'draft' and o.submitted_at is not null
      and (o.person_id = ${query.personId}
        or o.person_id = (select sp.id from person sp where sp.personal_identity_code = ${spouse})
        or tuki_spouse_code(o.content) = ${query.personalIdentityCode})
    order by o.submitted_at desc, o.id desc
    limit ${HISTORY_LIMIT}`.execute(db);
  const ids = result.rows.map((row) => row.id);
  const decisions =
    ids.length === 0
      ? []
      : await db
          .selectFrom('decision')
          .select(['application_id', 'outcome', 'amount_cents', 'decided_at'])
          .distinctOn('application_id')
          .where('application_id', 'in', ids)
          .orderBy('application_id')
          .orderBy('decided_at', 'desc')
          .orderBy('id', 'desc')
          .execute();
  const latest = new Map(decisions.map((d) => [d.application_id, d]));
  return result.rows.map((row) => {
    const decision = latest.get(row.id);
    return {
      ...relatedOf(row),
      decision: decision
        ? {
            outcome: decision.outcome,
            amountCents: Number(decision.amount_cents),
            decidedAt: new Date(decision.decided_at),
          }
        : null,
    };
  });
}

/** An application by its id or its reference number (sent ones only), for choosing the one to merge into. */
export async function findSentApplicationByIdOrReference(
  db: Db,
  idOrReference: string,
): Promise<{ id: string } | undefined> {
  const trimmed = idOrReference.trim();
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(trimmed);
  return db
    .selectFrom('application')
    .select('id')
    .where('status', '!=', 'draft')
    .where('submitted_at', 'is not', null)
    .where((eb) =>
      isUuid ? eb('id', '=', trimmed.toLowerCase()) : eb('reference_number', '=', trimmed.toUpperCase()),
    )
    .executeTakeFirst();
}
