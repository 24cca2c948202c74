// SQL of the Suomi.fi Messages password (suomifi_credential, migration 0033): the current password, and the one a
// rotation asked for until the service confirms it.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { SuomifiCredentialTable } from '../db/schema.ts';

export type SuomifiCredentialRow = Selectable<SuomifiCredentialTable>;

/** The stored passwords of the username; the first time, the configured password becomes the current one. */
export async function findOrCreateCredential(
  db: Db,
  username: string,
  initialPassword: string,
  now: Date,
): Promise<SuomifiCredentialRow> {
  await db
    .insertInto('suomifi_credential')
    .values({ username, current_password: initialPassword, changed_at: now })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .execute();
  return db
    .selectFrom('suomifi_credential')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

/**
 * Claims a rotation: stores the new password as pending unless another rotation's is there. False when one is
 * (another process is rotating, or a rotation was cut off and is settled by the next sign-in).
 */
export async function claimRotation(
  db: Db,
  username: string,
  newPassword: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('suomifi_credential')
    .set({ pending_password: newPassword, pending_since: now })
    .where('username', '=', username)
    .where('pending_password', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The service accepts `password` now: it becomes the current one, and no change is pending any more. */
export async function setCurrentPassword(
  db: Db,
  username: string,
  password: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('suomifi_credential')
    .set({ current_password: password, changed_at: now, pending_password: null, pending_since: null })
    .where('username', '=', username)
    .execute();
}

/** Forgets a pending password the service never took (the current one still works). */
export async function dropPendingPassword(db: Db, username: string, pendingPassword: string): Promise<void> {
  await db
    .updateTable('suomifi_credential')
    .set({ pending_password: null, pending_since: null })
    .where('username', '=', username)
    .where('pending_password', '=', pendingPassword)
    .execute();
}
