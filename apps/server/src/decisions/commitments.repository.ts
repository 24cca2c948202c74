// Payment commitments of decisions (migration 0038): their numbers, rows and the data of their documents.
import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database, PaymentCommitmentRow } from '../db/schema.ts';

/**
 * The next number of the year, taken under the counter row's lock: concurrent decisions wait for each other's
 * commit and get distinct numbers; a decision that rolls back gives its number back.
 */
export async function nextCommitmentNumber(db: Db, year: number): Promise<number> {
  const row = await db
    .insertInto('payment_commitment_counter')
    .values({ year, last_number: 1 })
    .onConflict((conflict) =>
      conflict
        .column('year')
        .doUpdateSet((eb) => ({ last_number: eb('payment_commitment_counter.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function insertCommitments(
  db: Db,
  rows: readonly Insertable<Database['payment_commitment']>[],
): Promise<PaymentCommitmentRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('payment_commitment')
    .values([...rows])
    .returningAll()
    .execute();
}

/** The commitments of the decisions, in each decision's order. */
export async function listCommitmentsOfDecisions(
  db: Db,
  decisionIds: readonly string[],
): Promise<PaymentCommitmentRow[]> {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('payment_commitment')
    .selectAll()
    .where('decision_id', 'in', [...decisionIds])
    .orderBy('decision_id')
    .orderBy('position')
    .execute();
}

/** A commitment with the person its decision concerns. */
export async function findCommitment(
  db: Db,
  commitmentId: string,
): Promise<(PaymentCommitmentRow & { person_id: string }) | undefined> {
  return db
    .selectFrom('payment_commitment as c')
    .innerJoin('application as a', 'a.id', 'c.application_id')
    .selectAll('c')
    .select('a.person_id')
    .where('c.id', '=', commitmentId)
    .executeTakeFirst();
}
