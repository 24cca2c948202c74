// The sign-in and sign-out commands, shared by the development login and OpenID Connect.
// Each runs in one transaction with its audit row.
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PersonRow, SessionRow, StaffUserRow } from '../db/schema.ts';
import { findOrCreatePerson, updatePersonNames } from '../people/index.ts';
import { createSession, revokeSession, type SessionPolicy } from './sessions.ts';

export interface CitizenIdentity {
  personalIdentityCode: string;
  /** Names from the identity service, when it gives them: they replace the person's names when both are given. */
  firstName?: string;
  lastName?: string;
  /**
   * Names for a person created by this sign-in only (the development sign-in's generated names): an existing
   * person keeps theirs.
   */
  namesIfNew?: { firstName: string; lastName: string };
  method: 'dev' | 'oidc';
  loa: string | null;
}

/**
 * A new sign-in in the same browser ends the session that browser held (the cookie it sent with the sign-in), in
 * the sign-in's transaction, audited as a sign-out of that session's owner: one browser holds one session, and
 * signing in again (as the same or another user) never leaves an earlier session valid.
 */
async function endReplacedSession(
  trx: Db,
  replaced: SessionRow | undefined,
  replacedBy: string,
  context: AuditContext,
  now: Date,
): Promise<void> {
  if (!replaced || !(await revokeSession(trx, replaced.id, now))) return;
  const actor =
    replaced.kind === 'citizen'
      ? { type: 'person' as const, id: replaced.person_id }
      : { type: 'staff' as const, id: replaced.staff_user_id };
  await recordAudit(
    trx,
    { ...context, actor },
    {
      action: 'session.sign_out',
      subjectPersonId: replaced.person_id,
      objectType: 'session',
      objectId: replaced.id,
      details: { reason: 'signed_in_again', replacedBy },
    },
    now,
  );
}

export interface SignedIn<T> {
  token: string;
  session: SessionRow;
  subject: T;
}

export async function signInCitizen(
  db: Db,
  identity: CitizenIdentity,
  policy: SessionPolicy,
  context: AuditContext,
  now: Date,
  /** The live session of the browser that signs in, if it had one: it is ended. */
  replacing?: SessionRow,
): Promise<SignedIn<PersonRow>> {
  return db.transaction().execute(async (trx) => {
    const { person, created } = await findOrCreatePerson(trx, {
      personal_identity_code: identity.personalIdentityCode,
      first_name: identity.firstName ?? identity.namesIfNew?.firstName ?? '',
      last_name: identity.lastName ?? identity.namesIfNew?.lastName ?? '',
      created_at: now,
      updated_at: now,
    });
    if (!created && identity.firstName && identity.lastName) {
      await updatePersonNames(
        trx,
        person.id,
        { firstName: identity.firstName, lastName: identity.lastName },
        now,
      );
      person.first_name = identity.firstName;
      person.last_name = identity.lastName;
    }
    const { token, session } = await createSession(
      trx,
      { kind: 'citizen', personId: person.id, authMethod: identity.method, loa: identity.loa },
      policy,
      now,
    );
    await endReplacedSession(trx, replacing, session.id, context, now);
    const actorContext: AuditContext = { ...context, actor: { type: 'person', id: person.id } };
    if (created) {
      await recordAudit(
        trx,
        actorContext,
        { action: 'person.create', subjectPersonId: person.id, objectType: 'person', objectId: person.id },
        now,
      );
    }
    await recordAudit(
      trx,
      actorContext,
      {
        action: 'session.sign_in',
        subjectPersonId: person.id,
        objectType: 'session',
        objectId: session.id,
        details: { method: identity.method, loa: identity.loa },
      },
      now,
    );
    return { token, session, subject: person };
  });
}

export async function signInStaff(
  db: Db,
  staffUser: StaffUserRow,
  method: 'dev' | 'oidc',
  policy: SessionPolicy,
  context: AuditContext,
  now: Date,
  /** The live session of the browser that signs in, if it had one: it is ended. */
  replacing?: SessionRow,
): Promise<SignedIn<StaffUserRow>> {
  return db.transaction().execute(async (trx) => {
    const { token, session } = await createSession(
      trx,
      { kind: 'staff', staffUserId: staffUser.id, authMethod: method, loa: null },
      policy,
      now,
    );
    await endReplacedSession(trx, replacing, session.id, context, now);
    await recordAudit(
      trx,
      { ...context, actor: { type: 'staff', id: staffUser.id } },
      { action: 'session.sign_in', objectType: 'session', objectId: session.id, details: { method } },
      now,
    );
    return { token, session, subject: staffUser };
  });
}

export async function signOut(db: Db, session: SessionRow, context: AuditContext, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, session.id, now);
    await recordAudit(
      trx,
      context,
      {
        action: 'session.sign_out',
        subjectPersonId: session.person_id,
        objectType: 'session',
        objectId: session.id,
      },
      now,
    );
  });
}
