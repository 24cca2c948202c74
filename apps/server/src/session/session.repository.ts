// SQL for sign-in sessions.
import type { Db } from '../db/database.ts';

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
