// Handling and auditing roles (privileged-grants.ts) given to a staff user wait in staff_role_grant until an admin
// other than the one who asked, and other than the user, approves them; then they are added to the user's roles.
// Each step is one transaction with its audit row.

import type { StaffRole } from '@tuki/domain';
import type { StaffActor } from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { StaffRoleGrantRow, StaffUserRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, notFound } from '../shared/errors.ts';
import { cannotApproveOwn, notPending } from './approval-rules.ts';
import {
  decideRoleGrant,
  findPendingRoleGrants,
  insertRoleGrant,
  lockRoleGrant,
  lockStaffUser,
  setStaffUserRoles,
} from './approvals.repository.ts';

const NOT_FOUND = 'There is no such role grant.';

/** The pending grant of each of these users (all users when no ids are given). */
export async function pendingRoleGrants(db: Db, staffUserIds?: readonly string[]) {
  const rows = await findPendingRoleGrants(db, staffUserIds);
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
  roles: readonly StaffRole[],
  now: Date,
): Promise<StaffRoleGrantRow> {
  // The caller holds the user's row lock, so nobody else asks for the same user in between.
  const [waiting] = await findPendingRoleGrants(trx, [user.id]);
  if (waiting) {
    throw new Conflict(
      'Roles for this user are already waiting for approval: approve, reject or cancel them first.',
      {
        code: 'role-grant-pending',
        errors: [
          { path: 'roles', message: 'roles are already waiting for approval', code: 'role_grant_pending' },
        ],
      },
    );
  }
  const row = await insertRoleGrant(trx, {
    staffUserId: user.id,
    roles,
    requestedBy: actor.staffUser.id,
    requestedAt: now,
  });
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
  const grant = await lockRoleGrant(trx, id);
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
    const user = await lockStaffUser(trx, grant.staff_user_id);
    const roles = [...user.roles, ...grant.roles.filter((role) => !user.roles.includes(role))];
    const updated = await setStaffUserRoles(trx, user.id, roles, now);
    await decideRoleGrant(trx, grant.id, {
      state: 'approved',
      decidedBy: actor.staffUser.id,
      decidedAt: now,
    });
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
    const row = await decideRoleGrant(trx, grant.id, {
      state,
      decidedBy: actor.staffUser.id,
      decidedAt: now,
    });
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
