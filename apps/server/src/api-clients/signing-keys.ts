// The keys that sign API clients' access tokens (ES256). The newest unretired key signs; rotating retires it and
// creates a new one. A retired key keeps verifying the tokens it signed until they expire, and is listed in the
// JWKS until then. The private key is stored as a PKCS#8 PEM in the database (see migration 0016 for production).
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
} from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { ApiSigningKeyRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  findCurrentSigningKeyRow,
  findSigningKeyRow,
  insertSigningKey,
  lockSigningKeys,
  retireCurrentSigningKey,
} from './api-clients.repository.ts';

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  algorithm: 'ES256' | 'EdDSA';
  privateKey: KeyObject;
}

export interface VerificationKey {
  kid: string;
  algorithm: 'ES256' | 'EdDSA';
  publicKey: KeyObject;
  createdAt: Date;
  retiredAt: Date | null;
}

/** jsonb comes back parsed from node-postgres and PGlite alike, but be lenient with a string. */
function jwkOf(row: Pick<ApiSigningKeyRow, 'public_jwk'>): Record<string, unknown> {
  const value: unknown = row.public_jwk;
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}

/** The public JWK as the JWKS lists it. */
export function publicJwkOf(row: Pick<ApiSigningKeyRow, 'public_jwk' | 'kid' | 'algorithm'>) {
  return { ...jwkOf(row), kid: row.kid, alg: row.algorithm, use: 'sig' };
}

function newKeyRow(now: Date) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `${now.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    kid,
    algorithm: SIGNING_ALGORITHM,
    private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    public_jwk: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }),
    created_at: now,
  } as const;
}

/** Imported keys by kid (a key's material never changes, so they can be kept). */
const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

function importPrivate(row: ApiSigningKeyRow): SigningKey {
  let key = privateKeys.get(row.kid);
  if (!key) {
    key = createPrivateKey(row.private_key);
    privateKeys.set(row.kid, key);
  }
  return { kid: row.kid, algorithm: row.algorithm, privateKey: key };
}

/** The key that signs new tokens; the first call on an empty table creates one. */
export async function currentSigningKey(db: Db, now: Date): Promise<SigningKey> {
  const existing = await findCurrentSigningKeyRow(db);
  if (existing) return importPrivate(existing);
  return inTransaction(db, async (trx) => {
    await lockSigningKeys(trx);
    const again = await findCurrentSigningKeyRow(trx);
    if (again) return importPrivate(again);
    const row = await insertSigningKey(trx, newKeyRow(now));
    return importPrivate(row);
  });
}

/** Retires the current key (if any) and creates a new one; returns the new key's row and the retired kid. */
export async function rotateSigningKey(
  db: Db,
  now: Date,
): Promise<{ created: ApiSigningKeyRow; retiredKid: string | null }> {
  return inTransaction(db, async (trx) => {
    await lockSigningKeys(trx);
    const retiredKid = await retireCurrentSigningKey(trx, now);
    const created = await insertSigningKey(trx, newKeyRow(now));
    return { created, retiredKid };
  });
}

/** The key with this kid, for verifying a token; undefined when unknown. */
export async function findVerificationKey(db: Db, kid: string): Promise<VerificationKey | undefined> {
  const row = await findSigningKeyRow(db, kid);
  if (!row) return undefined;
  let key = publicKeys.get(row.kid);
  if (!key) {
    key = createPublicKey({ key: jwkOf(row), format: 'jwk' });
    publicKeys.set(row.kid, key);
  }
  return {
    kid: row.kid,
    algorithm: row.algorithm,
    publicKey: key,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  };
}

export { listAllSigningKeys, listVerificationKeys } from './api-clients.repository.ts';
