// The SQL of the approvals: staff role grants, the clients and grants waiting, and the staff users they name.
import type { StaffRole } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { StaffRoleGrantRow, StaffUserRow } from '../db/schema.ts';

/** The pending grants of these users (all users when no ids are given). */
export async function findPendingRoleGrants(
  db: Db,
  staffUserIds?: readonly string[],
): Promise<StaffRoleGrantRow[]> {
  if (staffUserIds && staffUserIds.length === 0) return [];
  let query = db.selectFrom('staff_role_grant').selectAll().where('state', '=', 'pending');
  if (staffUserIds) query = query.where('staff_user_id', 'in', staffUserIds);
  return query.execute();
}

export async function insertRoleGrant(
  trx: Db,
  grant: { staffUserId: string; roles: readonly StaffRole[]; requestedBy: string; requestedAt: Date },
): Promise<StaffRoleGrantRow> {
  return trx
    .insertInto('staff_role_grant')
    .values({
      staff_user_id: grant.staffUserId,
      roles: [...grant.roles],
      requested_by: grant.requestedBy,
      requested_at: grant.requestedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The grant, locked for the rest of the transaction. */
export async function lockRoleGrant(trx: Db, id: string): Promise<StaffRoleGrantRow | undefined> {
  return trx.selectFrom('staff_role_grant').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function decideRoleGrant(
  trx: Db,
  id: string,
  decision: { state: 'approved' | 'rejected' | 'cancelled'; decidedBy: string; decidedAt: Date },
): Promise<StaffRoleGrantRow> {
  return trx
    .updateTable('staff_role_grant')
    .set({ state: decision.state, decided_by: decision.decidedBy, decided_at: decision.decidedAt })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The staff user, locked for the rest of the transaction. */
export async function lockStaffUser(trx: Db, id: string): Promise<StaffUserRow> {
  return trx.selectFrom('staff_user').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export async function setStaffUserRoles(
  trx: Db,
  id: string,
  roles: readonly StaffRole[],
  now: Date,
): Promise<StaffUserRow> {
  return trx
    .updateTable('staff_user')
    .set({ roles: [...roles], updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPendingApiClients(db: Db) {
  return db.selectFrom('api_client').selectAll().where('approval', '=', 'pending').execute();
}

/** Every staff user's id, username and names (the people an approval names). */
export async function findStaffNames(db: Db) {
  return db.selectFrom('staff_user').select(['id', 'username', 'first_name', 'last_name']).execute();
}
