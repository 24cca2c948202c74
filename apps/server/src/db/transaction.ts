// Runs work in a transaction, or inside the caller's transaction when it already is one, so that a command can be
// composed into a larger unit (e.g. an idempotent request) and still be one transaction.
import type { Db } from './database.ts';

export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx) => work(trx));
}
