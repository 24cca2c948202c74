// Handling and auditing roles (privileged-grants.ts) given to a staff user wait in staff_role_grant until an admin
// other than the one who asked, and other than the user, approves them; then they are added to the user's roles.
// Each step is one transaction with its audit row.
import { recordAudit } from '../audit/audit-log.ts';
import type { StaffActor } from '../case-handling/staff-actor.ts';
import type { Db } from '../db/database.ts';
import type { StaffRoleGrantRow, StaffUserRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { HttpProblem, notFound } from '../http/problem.ts';
import { cannotApproveOwn, notPending } from './approval-rules.ts';

const NOT_FOUND = 'There is no such role grant.';

/** The pending grant of each of these users (all users when no ids are given). */
export async function pendingRoleGrants(db: Db, staffUserIds?: readonly string[]) {
  if (staffUserIds && staffUserIds.length === 0) return new Map<string, StaffRoleGrantRow>();
  let query = db.selectFrom('staff_role_grant').selectAll().where('state', '=', 'pending');
  if (staffUserIds) query = query.where('staff_user_id', 'in', staffUserIds);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.staff_user_id, row]));
}

/**
 * Inside a change of a staff user (its row locked): records that `actor` asks for these privileged roles for the
 * user. 409 when a grant for the user is already waiting (decide that one first).
 */
export async function requestRoleGrant(
  trx: Db,
  actor: StaffActor,
  user: Pick<StaffUserRow, 'id' | 'username'>,
  roles: readonly string[],
  now: Date,
): Promise<StaffRoleGrantRow> {
  // The caller holds the user's row lock, so nobody else asks for the same user in between.
  const waiting = await trx
    .selectFrom('staff_role_grant')
    .select('id')
    .where('staff_user_id', '=', user.id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  if (waiting) {
    throw new HttpProblem(
      409,
      'Roles for this user are already waiting for approval: approve, reject or cancel them first.',
      {
        type: 'role-grant-pending',
        errors: [
          { path: 'roles', message: 'roles are already waiting for approval', code: 'role_grant_pending' },
        ],
      },
    );
  }
  const row = await trx
    .insertInto('staff_role_grant')
    .values({
      staff_user_id: user.id,
      roles: [...roles],
      requested_by: actor.staffUser.id,
      requested_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    actor.audit,
    {
      action: 'staff_role_grant.request',
      objectType: 'staff_role_grant',
      objectId: row.id,
      details: { staffUserId: user.id, username: user.username, roles: row.roles },
    },
    now,
  );
  return row;
}

async function lockGrant(trx: Db, id: string): Promise<StaffRoleGrantRow> {
  const grant = await trx
    .selectFrom('staff_role_grant')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!grant) throw notFound(NOT_FOUND);
  if (grant.state !== 'pending') throw notPending('The role grant');
  return grant;
}

/** Approves a pending grant: its roles are added to the user's. Not the admin who asked, nor the user (403). */
export async function approveRoleGrant(
  db: Db,
  actor: StaffActor,
  grantId: string,
  now: Date,
): Promise<StaffUserRow> {
  return inTransaction(db, async (trx) => {
    const grant = await lockGrant(trx, grantId);
    if (grant.requested_by === actor.staffUser.id) throw cannotApproveOwn('role-grant-requested');
    if (grant.staff_user_id === actor.staffUser.id) throw cannotApproveOwn('role-grant-for-self');
    const user = await trx
      .selectFrom('staff_user')
      .selectAll()
      .where('id', '=', grant.staff_user_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const roles = [...user.roles, ...grant.roles.filter((role) => !user.roles.includes(role))];
    const updated = await trx
      .updateTable('staff_user')
      .set({ roles, updated_at: now })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('staff_role_grant')
      .set({ state: 'approved', decided_by: actor.staffUser.id, decided_at: now })
      .where('id', '=', grant.id)
      .execute();
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'staff_role_grant.approve',
        objectType: 'staff_role_grant',
        objectId: grant.id,
        details: {
          staffUserId: user.id,
          username: user.username,
          roles: grant.roles,
          requestedBy: grant.requested_by,
          approvedBy: actor.staffUser.id,
          userRoles: { from: user.roles, to: updated.roles },
        },
      },
      now,
    );
    return updated;
  });
}

/** Rejects a pending grant (any admin); the admin who asked thereby cancels it. The user's roles do not change. */
export async function rejectRoleGrant(
  db: Db,
  actor: StaffActor,
  grantId: string,
  now: Date,
): Promise<StaffRoleGrantRow> {
  return inTransaction(db, async (trx) => {
    const grant = await lockGrant(trx, grantId);
    const state = grant.requested_by === actor.staffUser.id ? 'cancelled' : 'rejected';
    const row = await trx
      .updateTable('staff_role_grant')
      .set({ state, decided_by: actor.staffUser.id, decided_at: now })
      .where('id', '=', grant.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor.audit,
      {
        action: state === 'cancelled' ? 'staff_role_grant.cancel' : 'staff_role_grant.reject',
        objectType: 'staff_role_grant',
        objectId: grant.id,
        details: { staffUserId: grant.staff_user_id, roles: grant.roles, requestedBy: grant.requested_by },
      },
      now,
    );
    return row;
  });
}
