// SQL for staff users.
import type { StaffRole } from '@tuki/domain';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database, StaffUserRow } from '../db/schema.ts';

/** Serialises the changes that could remove the last active admin (any process, any connection). */
const ADMIN_CHANGE_LOCK = 7_164_002;

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

export async function listAllStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_user').selectAll().execute();
}

/** The active staff users, in no particular order (the caller sorts). */
export async function listActiveStaffUsersUnordered(db: Db): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_user').selectAll().where('active', '=', true).execute();
}

/** Creates the staff user; undefined when the username is taken. */
export async function insertStaffUserUnlessTaken(
  db: Db,
  values: Insertable<Database['staff_user']>,
): Promise<StaffUserRow | undefined> {
  return db
    .insertInto('staff_user')
    .values(values)
    .onConflict((oc) => oc.column('username').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Holds the lock of the changes that could remove the last active admin until the transaction ends. */
export async function lockAdminChanges(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(ADMIN_CHANGE_LOCK)})`.execute(trx);
}

/** The staff user, locked until the transaction ends. */
export async function lockStaffUser(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** How many active admins there are besides this user. */
export async function countOtherActiveAdmins(db: Db, id: string): Promise<number> {
  const others = await db
    .selectFrom('staff_user')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('active', '=', true)
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('id', '!=', id)
    .executeTakeFirstOrThrow();
  return Number(others.count);
}

export async function updateStaffUserRow(
  db: Db,
  id: string,
  changes: Updateable<Database['staff_user']>,
): Promise<StaffUserRow> {
  return db
    .updateTable('staff_user')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adds the staff users whose username is not taken yet; the others are left as they are. */
export async function insertStaffUsersUnlessPresent(
  db: Db,
  users: Insertable<Database['staff_user']>[],
): Promise<void> {
  await db
    .insertInto('staff_user')
    .values(users)
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
}
