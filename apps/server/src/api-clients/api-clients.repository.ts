// SQL for API clients and the keys that sign their access tokens.
import { sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserterReturningRow } from '../db/insert-row.ts';
import type { ApiClientRow, ApiSigningKeyRow, Database } from '../db/schema.ts';

/** Serialises the creation and rotation of signing keys (any process). */
const SIGNING_KEY_LOCK = 7_164_016;

export async function listApiClientRows(db: Db): Promise<ApiClientRow[]> {
  return db.selectFrom('api_client').selectAll().execute();
}

export async function findApiClientById(db: Db, id: string): Promise<ApiClientRow | undefined> {
  return db.selectFrom('api_client').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The client's row, locked for the rest of the transaction. */
export async function lockApiClient(db: Db, id: string): Promise<ApiClientRow | undefined> {
  return db.selectFrom('api_client').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export const insertApiClient = rowInserterReturningRow('api_client');

/** Applies changes as a new version of the client. */
export async function updateApiClientRow(
  db: Db,
  id: string,
  changes: Omit<Updateable<Database['api_client']>, 'version' | 'updated_at'>,
  now: Date,
): Promise<ApiClientRow> {
  return db
    .updateTable('api_client')
    .set((eb) => ({
      ...changes,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records a second admin's answer on a pending client, as a new version of it. */
export async function updateApiClientApproval(
  trx: Db,
  id: string,
  approval: 'approved' | 'rejected',
  decidedBy: string | null,
  now: Date,
): Promise<ApiClientRow> {
  return trx
    .updateTable('api_client')
    .set((eb) => ({
      approval,
      approval_decided_by: decidedBy,
      approval_decided_at: now,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** What checking an access token needs of its client. */
export async function findApiClientForToken(
  db: Db,
  id: string,
): Promise<
  | Pick<
      ApiClientRow,
      | 'id'
      | 'name'
      | 'scopes'
      | 'active'
      | 'approval'
      | 'created_by'
      | 'approval_requested_by'
      | 'approval_decided_by'
    >
  | undefined
> {
  return db
    .selectFrom('api_client')
    .select([
      'id',
      'name',
      'scopes',
      'active',
      'approval',
      'created_by',
      'approval_requested_by',
      'approval_decided_by',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Holds the signing keys' lock until the transaction ends: one creation or rotation at a time. */
export async function lockSigningKeys(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(SIGNING_KEY_LOCK)})`.execute(trx);
}

/** The key that signs new tokens (the unretired one), if there is one. */
export async function findCurrentSigningKeyRow(db: Db): Promise<ApiSigningKeyRow | undefined> {
  return db.selectFrom('api_signing_key').selectAll().where('retired_at', 'is', null).executeTakeFirst();
}

export const insertSigningKey = rowInserterReturningRow('api_signing_key');

/** Retires the current key; returns its kid, or null when there was none. */
export async function retireCurrentSigningKey(db: Db, now: Date): Promise<string | null> {
  const retired = await db
    .updateTable('api_signing_key')
    .set({ retired_at: now })
    .where('retired_at', 'is', null)
    .returning('kid')
    .executeTakeFirst();
  return retired?.kid ?? null;
}

/** The public part of the key with this kid. */
export async function findSigningKeyRow(
  db: Db,
  kid: string,
): Promise<
  Pick<ApiSigningKeyRow, 'kid' | 'algorithm' | 'public_jwk' | 'created_at' | 'retired_at'> | undefined
> {
  return db
    .selectFrom('api_signing_key')
    .select(['kid', 'algorithm', 'public_jwk', 'created_at', 'retired_at'])
    .where('kid', '=', kid)
    .executeTakeFirst();
}

/**
 * The keys that can verify a token now: the current one and those retired less than a token lifetime ago
 * (newest first). The key rows with their public JWKs; never the private key.
 */
export async function listVerificationKeys(
  db: Db,
  now: Date,
  ttlSeconds: number,
): Promise<ApiSigningKeyRow[]> {
  const since = new Date(now.getTime() - ttlSeconds * 1000);
  return db
    .selectFrom('api_signing_key')
    .selectAll()
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>', since)]))
    .orderBy('created_at', 'desc')
    .orderBy('kid', 'desc')
    .execute();
}

/** Every key, newest first (admins' view; no private keys leave this module). */
export async function listAllSigningKeys(db: Db): Promise<ApiSigningKeyRow[]> {
  return db
    .selectFrom('api_signing_key')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('kid', 'desc')
    .execute();
}
