// SQL for staff users.
import type { StaffRole } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { StaffUserRow } from '../db/schema.ts';

export async function findStaffUserById(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findStaffUserByUsername(db: Db, username: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_user').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function listActiveStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_user').selectAll().where('active', '=', true).orderBy('username').execute();
}

export interface StaffIdentity {
  externalId: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string | null;
  /** Roles from the directory; undefined when roles are kept in the database. */
  roles: StaffRole[] | undefined;
}

/** Creates or refreshes the staff user that signed in through the organisation's directory. */
export async function upsertStaffUserFromDirectory(
  db: Db,
  identity: StaffIdentity,
  now: Date,
): Promise<StaffUserRow> {
  const base = {
    username: identity.username,
    first_name: identity.firstName,
    last_name: identity.lastName,
    email: identity.email,
    external_id: identity.externalId,
    updated_at: now,
  };
  return db
    .insertInto('staff_user')
    .values({ ...base, roles: identity.roles ?? [], created_at: now })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet(identity.roles ? { ...base, roles: identity.roles } : base),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The names of the staff users with these ids. */
export async function listStaffNames(
  db: Db,
  ids: string[],
): Promise<Pick<StaffUserRow, 'id' | 'first_name' | 'last_name'>[]> {
  return db
    .selectFrom('staff_user')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', ids)
    .execute();
}

/** Whether a staff user is active and with which roles. */
export async function findStaffUserRoles(
  db: Db,
  id: string,
): Promise<Pick<StaffUserRow, 'id' | 'roles' | 'active'> | undefined> {
  return db
    .selectFrom('staff_user')
    .select(['id', 'roles', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}
