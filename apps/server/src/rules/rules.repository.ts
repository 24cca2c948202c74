// SQL of the rules: the stored parameter sets, and what prefilling a calculation reads of an application.
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserter } from '../db/insert-row.ts';
import type { Database } from '../db/schema.ts';

/** Serialises the additions of parameter sets (any process, any connection). */
const PARAMETER_SET_LOCK = 7_164_013;

/** How many parameter sets are stored (rows are only ever added, so the count tells whether any was). */
export async function countParameterSets(db: Db): Promise<number> {
  const { rows } = await sql<{ count: number | string }>`
    select count(*)::int as count from rule_parameter_set`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** Every stored set, ordered by the month it starts. */
export async function listParameterSetRows(db: Db): Promise<Selectable<Database['rule_parameter_set']>[]> {
  return db.selectFrom('rule_parameter_set').selectAll().orderBy('effective_from').execute();
}

/** Holds the parameter sets' lock until the transaction ends: one addition at a time. */
export async function lockParameterSets(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(PARAMETER_SET_LOCK)})`.execute(trx);
}

/** The stored sets that have this version or start in this month. */
export async function findParameterSetsByVersionOrMonth(
  db: Db,
  version: string,
  effectiveFrom: string,
): Promise<{ version: string; effective_from: string }[]> {
  return db
    .selectFrom('rule_parameter_set')
    .select(['version', 'effective_from'])
    .where((eb) => eb.or([eb('version', '=', version), eb('effective_from', '=', effectiveFrom)]))
    .execute();
}

export const insertParameterSet = rowInserter('rule_parameter_set');

/** A sent application (never a draft) with its applicant's identity code and name, for a calculation draft. */
export async function findSentApplicationWithApplicant(db: Db, applicationId: string) {
  return db
    .selectFrom('application')
    .innerJoin('person', 'person.id', 'application.person_id')
    .select([
      'application.id',
      'application.content',
      'application.person_id',
      'person.personal_identity_code',
      'person.first_name',
      'person.last_name',
    ])
    .where('application.id', '=', applicationId)
    .where('application.status', '!=', 'draft')
    .where('application.submitted_at', 'is not', null)
    .executeTakeFirst();
}
