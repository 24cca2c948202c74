// Server-side sessions: the browser holds a random token in an HttpOnly cookie, the database holds its
// SHA-256 with the person or staff user, the CSRF token and the times that bound its life.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { SessionRow } from '../db/schema.ts';
import { findSessionByTokenHash, insertSession, touchSession } from './session.repository.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type NewSession =
  | { kind: 'citizen'; personId: string; authMethod: 'dev' | 'oidc'; loa: string | null }
  | { kind: 'staff'; staffUserId: string; authMethod: 'dev' | 'oidc'; loa: null };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** How often at most the last-seen time is written, so that every request is not a write. */
const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(
  db: Db,
  values: NewSession,
  policy: SessionPolicy,
  now: Date,
): Promise<{ token: string; session: SessionRow }> {
  const token = randomToken();
  const session = await insertSession(db, {
    token_hash: hashToken(token),
    kind: values.kind,
    person_id: values.kind === 'citizen' ? values.personId : null,
    staff_user_id: values.kind === 'staff' ? values.staffUserId : null,
    csrf_token: randomToken(),
    auth_method: values.authMethod,
    loa: values.loa,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
  });
  return { token, session };
}

export type SessionLookup =
  | { status: 'active'; session: SessionRow }
  | { status: 'expired' }
  | { status: 'none' };

/** Finds the live session of a token, refreshing its idle timer. */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<SessionLookup> {
  const session = await findSessionByTokenHash(db, hashToken(token));
  if (!session) return { status: 'none' };
  if (session.revoked_at) return { status: 'expired' };
  const idleDeadline = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() >= session.expires_at.getTime() || now.getTime() >= idleDeadline) {
    return { status: 'expired' };
  }
  if (now.getTime() - session.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
    await touchSession(db, session.id, now);
    session.last_seen_at = now;
  }
  return { status: 'active', session };
}

/** The instant a session ends if nothing more happens: the idle or the absolute limit, whichever is first. */
export function sessionExpiresAt(session: SessionRow, policy: SessionPolicy): Date {
  const idle = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  return new Date(Math.min(idle, session.expires_at.getTime()));
}

export { deleteOldSessions, revokeSession } from './session.repository.ts';
