// Inserts of one row whose values the repository passes on as they are. The repositories name them per table
// (`export const insertX = rowInserter('x')`), so every query still has its name in the table's repository.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

type Table = keyof Database;

/** Inserts one row into `table`. */
export function rowInserter<T extends Table>(table: T) {
  return async (db: Db, values: Insertable<Database[T]>): Promise<void> => {
    await db.insertInto(table).values(values).execute();
  };
}

/** Inserts one row into `table` and returns the row as stored (with its defaults). */
export function rowInserterReturningRow<T extends Table>(table: T) {
  return async (db: Db, values: Insertable<Database[T]>): Promise<Selectable<Database[T]>> =>
    db.insertInto(table).values(values).returningAll().executeTakeFirstOrThrow();
}
