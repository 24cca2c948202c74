// SQL for sign-in: the sessions and the OpenID Connect sign-ins in progress.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserter, rowInserterReturningRow } from '../db/insert-row.ts';
import type { Database, SessionRow } from '../db/schema.ts';

/** Ends the staff user's sessions that are still valid; returns how many. */
export async function revokeSessionsOfStaffUser(db: Db, staffUserId: string, now: Date): Promise<number> {
  const revoked = await db
    .updateTable('session')
    .set({ revoked_at: now })
    .where('staff_user_id', '=', staffUserId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows);
}

export const insertSession = rowInserterReturningRow('session');

export async function findSessionByTokenHash(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Moves the session's last-seen time (its idle timer). */
export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

/** Revokes a session; true when it was still live (not revoked before). */
export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('session')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Removes sessions that ended more than a day ago (run by the job worker). */
export async function deleteOldSessions(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where('expires_at', '<', new Date(now.getTime() - 86_400_000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Forgets the sign-ins started before `before` (never finished, or finished long ago). */
export async function deleteOidcLoginsBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('oidc_login').where('created_at', '<', before).execute();
}

export const insertOidcLogin = rowInserter('oidc_login');

/** Marks the unused sign-in of this browser binding used (once only); undefined when none is valid. */
export async function useOidcLogin(
  db: Db,
  login: {
    bindingHash: string;
    audience: Selectable<Database['oidc_login']>['audience'];
    createdAfter: Date;
    now: Date;
  },
): Promise<Selectable<Database['oidc_login']> | undefined> {
  return db
    .updateTable('oidc_login')
    .set({ used_at: login.now })
    .where('binding_hash', '=', login.bindingHash)
    .where('audience', '=', login.audience)
    .where('used_at', 'is', null)
    .where('created_at', '>', login.createdAfter)
    .returningAll()
    .executeTakeFirst();
}
