// SQL for applications. Citizens' queries always filter by the owner, so another person's application is
// simply not found (404), never "forbidden".
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';

export async function findApplicationOfPerson(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('id', '=', applicationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The same, with the row locked until the transaction ends: for changes that depend on its state. */
export async function lockApplicationOfPerson(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('id', '=', applicationId)
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}
