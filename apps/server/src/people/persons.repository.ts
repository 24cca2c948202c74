// SQL for persons (clients). Callers pass the transaction or the database handle.
import type { Db } from '../db/database.ts';
import type { NewPerson, PersonRow } from '../db/schema.ts';

export async function findPersonById(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPersonByCode(db: Db, code: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('personal_identity_code', '=', code).executeTakeFirst();
}

/** Returns the person with this code, creating a record when there is none (concurrency-safe). */
export async function findOrCreatePerson(
  db: Db,
  values: NewPerson,
): Promise<{ person: PersonRow; created: boolean }> {
  const inserted = await db
    .insertInto('person')
    .values(values)
    .onConflict((oc) => oc.column('personal_identity_code').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { person: inserted, created: true };
  const existing = await findPersonByCode(db, values.personal_identity_code);
  if (!existing) throw new Error('person vanished during find-or-create');
  return { person: existing, created: false };
}

/** Updates the names of a person from a trusted identity source when they have changed. */
export async function updatePersonNames(
  db: Db,
  id: string,
  names: { firstName: string; lastName: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('person')
    .set({ first_name: names.firstName, last_name: names.lastName, updated_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('first_name', '<>', names.firstName), eb('last_name', '<>', names.lastName)]))
    .execute();
}

/** What a case shows of its applicant: the name, the language and whether decisions go only electronically. */
export async function findApplicantOfCase(
  db: Db,
  id: string,
): Promise<
  Pick<PersonRow, 'id' | 'first_name' | 'last_name' | 'preferred_language' | 'electronic_delivery'>
> {
  return db
    .selectFrom('person')
    .select(['id', 'first_name', 'last_name', 'preferred_language', 'electronic_delivery'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The personal identity code of a person that exists. */
export async function findPersonalIdentityCode(db: Db, id: string): Promise<string> {
  const person = await db
    .selectFrom('person')
    .select('personal_identity_code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return person.personal_identity_code;
}
