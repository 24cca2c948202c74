// Managing staff users (admins): list, read, create and update. Each change runs in one transaction with its audit
// row. Deactivating a user ends their sessions in the same transaction; the last active admin cannot lose the role
// or be deactivated, and nobody can deactivate themselves. Handling and auditing roles given to a user are not
// added at once: they wait for another admin's approval (approvals/staff-role-grants.ts).
import type { StaffRole } from '@tuki/domain';
import { handlingRoles, type StaffActor } from '../applications/index.ts';
import { pendingRoleGrants, privilegedRolesOf, requestRoleGrant } from '../approvals/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { StaffUserRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { revokeSessionsOfStaffUser } from '../session/index.ts';
import { Conflict, notFound, VersionRequired } from '../shared/errors.ts';
import { assertIfMatch } from '../shared/versions.ts';
import {
  type CreateStaffUserInput,
  presentColleague,
  presentStaffUser,
  type StaffUserListItem,
  staffUserTag,
  type UpdateStaffUserInput,
} from './staff-user.presenter.ts';
import {
  countOtherActiveAdmins,
  findStaffUserById,
  insertStaffUserUnlessTaken,
  listActiveStaffUsersUnordered,
  listAllStaffUsers,
  lockAdminChanges,
  lockStaffUser,
  updateStaffUserRow,
} from './staff-users.repository.ts';

const NOT_FOUND = 'There is no such staff user.';

export const isAdmin = (user: Pick<StaffUserRow, 'roles'>) => user.roles.includes('admin');

const collator = new Intl.Collator('fi', { sensitivity: 'base' });
const byName = (a: StaffUserRow, b: StaffUserRow) =>
  collator.compare(a.last_name, b.last_name) ||
  collator.compare(a.first_name, b.first_name) ||
  a.username.localeCompare(b.username);

/** A staff user with the ETag of this version. */
export interface VersionedStaffUser {
  row: StaffUserRow;
  etag: string;
  /** The roles waiting for another admin's approval. */
  pendingRoles: string[];
}

const versioned = (row: StaffUserRow, pendingRoles: string[] = []): VersionedStaffUser => ({
  row,
  etag: staffUserTag(row),
  pendingRoles,
});

export async function versionedWithGrant(db: Db, row: StaffUserRow): Promise<VersionedStaffUser> {
  const grant = (await pendingRoleGrants(db, [row.id])).get(row.id);
  return versioned(row, grant?.roles ?? []);
}

/** A change to a staff user must say which version it is based on. */
class PreconditionRequired extends VersionRequired {
  constructor() {
    super('Send the ETag of the staff user you loaded in If-Match.', { code: 'precondition-required' });
  }
}

/**
 * Admins get every user with every field; the handling roles get the active users who handle cases, with names
 * and roles only. Sorted by last name, then first name (Finnish collation, the same on every database).
 */
export async function listStaffUsers(db: Db, actor: StaffActor): Promise<StaffUserListItem[]> {
  if (isAdmin(actor.staffUser)) {
    const rows = await listAllStaffUsers(db);
    const grants = await pendingRoleGrants(db);
    return rows.sort(byName).map((row) => presentStaffUser(row, grants.get(row.id)?.roles ?? []));
  }
  const roles: readonly string[] = handlingRoles;
  const rows = await listActiveStaffUsersUnordered(db);
  return rows
    .filter((row) => row.roles.some((role) => roles.includes(role)))
    .sort(byName)
    .map(presentColleague);
}

export async function getStaffUser(db: Db, id: string): Promise<VersionedStaffUser> {
  const row = await findStaffUserById(db, id);
  if (!row) throw notFound(NOT_FOUND);
  return versionedWithGrant(db, row);
}

export async function createStaffUser(
  db: Db,
  actor: StaffActor,
  input: CreateStaffUserInput,
  now: Date,
): Promise<VersionedStaffUser> {
  const waiting = privilegedRolesOf(input.roles);
  return inTransaction(db, async (trx) => {
    const row = await insertStaffUserUnlessTaken(trx, {
      username: input.username,
      first_name: input.firstName,
      last_name: input.lastName,
      email: input.email ?? null,
      roles: input.roles.filter((role) => !waiting.includes(role)),
      external_id: null,
      created_at: now,
      updated_at: now,
    });
    if (!row) {
      throw new Conflict(`The username ${input.username} is already in use.`, {
        code: 'username-taken',
        errors: [{ path: 'username', message: 'is already in use', code: 'username_taken' }],
      });
    }
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'staff_user.create',
        objectType: 'staff_user',
        objectId: row.id,
        details: {
          username: row.username,
          roles: row.roles,
          active: row.active,
          ...(waiting.length > 0 ? { rolesAwaitingApproval: waiting } : {}),
        },
      },
      now,
    );
    if (waiting.length > 0) await requestRoleGrant(trx, actor, row, waiting, now);
    return versioned(row, waiting);
  });
}

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

export async function updateStaffUser(
  db: Db,
  actor: StaffActor,
  input: { id: string; ifMatch: string | undefined; changes: UpdateStaffUserInput },
  now: Date,
): Promise<VersionedStaffUser> {
  return inTransaction(db, async (trx) => {
    await lockAdminChanges(trx);
    const current = await lockStaffUser(trx, input.id);
    if (!current) throw notFound(NOT_FOUND);
    const { changes } = input;
    const roles: StaffRole[] | undefined = changes.roles;
    const active = changes.active ?? current.active;

    if (current.id === actor.staffUser.id && current.active && active === false) {
      throw new Conflict('You cannot deactivate yourself; ask another admin.', {
        code: 'cannot-deactivate-self',
        errors: [{ path: 'active', message: 'cannot deactivate yourself', code: 'cannot_deactivate_self' }],
      });
    }
    const losesAdmin = current.active && isAdmin(current) && (!active || (roles && !roles.includes('admin')));
    if (losesAdmin) {
      const others = await countOtherActiveAdmins(trx, current.id);
      if (others === 0) {
        throw new Conflict('This is the last active admin: give another active user the admin role first.', {
          code: 'last-admin',
          errors: [
            {
              path: changes.active === false ? 'active' : 'roles',
              message: 'the last active admin must stay an active admin',
              code: 'last_admin',
            },
          ],
        });
      }
    }
    // An admin manages accounts but does not read cases: giving oneself a role (e.g. handler) would change that
    // with one request, so it takes another admin (both changes are audited). Giving a role up is allowed.
    const granted =
      current.id === actor.staffUser.id ? (roles ?? []).filter((r) => !current.roles.includes(r)) : [];
    if (granted.length > 0) {
      throw new Conflict('You cannot give yourself new roles; ask another admin.', {
        code: 'cannot-grant-self',
        errors: [{ path: 'roles', message: 'cannot give yourself new roles', code: 'cannot_grant_self' }],
      });
    }
    if (input.ifMatch === undefined) throw new PreconditionRequired();
    assertIfMatch(input.ifMatch, staffUserTag(current));
    // Handling and auditing roles added here wait for another admin; the rest of the change applies at once.
    const waiting = privilegedRolesOf((roles ?? []).filter((role) => !current.roles.includes(role)));
    if (waiting.length > 0) await requestRoleGrant(trx, actor, current, waiting, now);
    const rolesNow = roles?.filter((role) => !waiting.includes(role));

    const row = await updateStaffUserRow(trx, current.id, {
      ...(changes.firstName !== undefined ? { first_name: changes.firstName } : {}),
      ...(changes.lastName !== undefined ? { last_name: changes.lastName } : {}),
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(rolesNow !== undefined ? { roles: rolesNow } : {}),
      active,
      updated_at: now,
    });

    let sessionsRevoked = 0;
    if (current.active && !row.active) {
      sessionsRevoked = await revokeSessionsOfStaffUser(trx, row.id, now);
    }

    const changed = [
      current.first_name !== row.first_name ? 'firstName' : null,
      current.last_name !== row.last_name ? 'lastName' : null,
      current.email !== row.email ? 'email' : null,
      !sameRoles(current.roles, row.roles) ? 'roles' : null,
      current.active !== row.active ? 'active' : null,
    ].filter((field) => field !== null);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'staff_user.update',
        objectType: 'staff_user',
        objectId: row.id,
        details: {
          username: row.username,
          changed,
          ...(changed.includes('roles') ? { roles: { from: current.roles, to: row.roles } } : {}),
          ...(changed.includes('active') ? { active: { from: current.active, to: row.active } } : {}),
          ...(sessionsRevoked > 0 ? { sessionsRevoked } : {}),
          ...(waiting.length > 0 ? { rolesAwaitingApproval: waiting } : {}),
        },
      },
      now,
    );
    return versionedWithGrant(trx, row);
  });
}
