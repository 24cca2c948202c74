// Access tokens of API clients: JWTs signed with the current signing key (ES256), the kid in the header.
// Claims: iss = PUBLIC_URL, aud = PUBLIC_URL + '/api', sub = the client id, scope (space-separated), jti, iat, exp.
// Verification takes the key by kid (unknown kid or `alg: none`: refused), checks the signature, iss, aud and exp
// against the app's clock, then loads the client: it must be active and, with personal-data scopes, approved by a
// second admin; the scopes are those of the token that the client still has.
import { randomUUID } from 'node:crypto';
import { type ApiScope, isApiScope } from '@tuki/domain';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { clientMayAct } from '../approvals/index.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';
import type { ApiClientPrincipal } from '../shared/principal.ts';
import { findApiClientForToken } from './api-clients.repository.ts';
import { currentSigningKey, findVerificationKey } from './signing-keys.ts';

export interface TokenSettings {
  /** PUBLIC_URL without a trailing slash. */
  issuer: string;
  ttlSeconds: number;
}

export const audienceOf = (issuer: string) => `${issuer}/api`;

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  scopes: ApiScope[];
  kid: string;
  jti: string;
}

export async function issueAccessToken(
  db: Db,
  settings: TokenSettings,
  input: { clientId: string; scopes: readonly ApiScope[] },
  now: Date,
): Promise<IssuedToken> {
  const key = await currentSigningKey(db, now);
  const iat = Math.floor(now.getTime() / 1000);
  const jti = randomUUID();
  const scopes = [...input.scopes];
  const accessToken = await new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: key.algorithm, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(settings.issuer)
    .setAudience(audienceOf(settings.issuer))
    .setSubject(input.clientId)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(iat + settings.ttlSeconds)
    .sign(key.privateKey);
  return { accessToken, expiresIn: settings.ttlSeconds, scopes, kid: key.kid, jti };
}

/** Why a bearer token was refused (for the log; the client gets one message). */
export class InvalidTokenError extends Error {}

/**
 * The client a bearer token speaks for, or InvalidTokenError. Scopes: the token's that the client still holds
 * (an admin's removal of a scope takes effect at once, an addition with the next token).
 */
export async function verifyAccessToken(
  db: Db,
  settings: TokenSettings,
  clock: Clock,
  token: string,
): Promise<ApiClientPrincipal> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new InvalidTokenError('malformed token');
  }
  if (!kid) throw new InvalidTokenError('no kid');
  const key = await findVerificationKey(db, kid);
  if (!key) throw new InvalidTokenError('unknown kid');
  const now = clock.now();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key.publicKey, {
      algorithms: [key.algorithm],
      issuer: settings.issuer,
      audience: audienceOf(settings.issuer),
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      typ: 'at+jwt',
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
    throw error;
  }
  const iat = Number(payload.iat);
  // A key signs nothing after its retirement; a token claiming otherwise was not made here.
  if (key.retiredAt && iat * 1000 > key.retiredAt.getTime())
    throw new InvalidTokenError('signed after retirement');
  if (iat * 1000 > now.getTime() + 60_000) throw new InvalidTokenError('issued in the future');
  const clientId = String(payload.sub);
  if (!/^[0-9a-f-]{36}$/i.test(clientId)) throw new InvalidTokenError('bad subject');
  const client = await findApiClientForToken(db, clientId);
  if (!client || !clientMayAct(client))
    throw new InvalidTokenError('client unknown, inactive or not approved');
  const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const scopes = granted.filter(
    (scope): scope is ApiScope => isApiScope(scope) && client.scopes.includes(scope),
  );
  if (client.approval !== 'approved') return { id: client.id, name: client.name, scopes };
  const grantedBy = {
    createdBy: client.created_by,
    requestedBy: client.approval_requested_by,
    approvedBy: client.approval_decided_by,
  };
  return { id: client.id, name: client.name, scopes, grantedBy };
}

/** For the session plugin: the client of a valid token, null for a token that is not valid (other errors throw). */
export function bearerVerifier(db: Db, settings: TokenSettings, clock: Clock) {
  return async (token: string): Promise<ApiClientPrincipal | null> => {
    try {
      return await verifyAccessToken(db, settings, clock, token);
    } catch (error) {
      if (error instanceof InvalidTokenError) return null;
      throw error;
    }
  };
}
