// SQL of the stored answers of idempotent requests: one row per actor, operation and key.
import type { Db } from '../db/database.ts';

export interface IdempotencyKeyId {
  actorId: string;
  operation: string;
  key: string;
}

/** Forgets the key if it was stored before `before` (past its lifetime). */
export async function deleteExpiredIdempotencyKey(db: Db, id: IdempotencyKeyId, before: Date): Promise<void> {
  await db
    .deleteFrom('idempotency_key')
    .where('actor_id', '=', id.actorId)
    .where('operation', '=', id.operation)
    .where('key', '=', id.key)
    .where('created_at', '<', before)
    .execute();
}

/** Claims the key for this request (no answer yet); false when it is already there. */
export async function claimIdempotencyKey(
  db: Db,
  id: IdempotencyKeyId,
  requestHash: string,
  now: Date,
): Promise<boolean> {
  const claimed = await db
    .insertInto('idempotency_key')
    .values({
      actor_id: id.actorId,
      operation: id.operation,
      key: id.key,
      request_hash: requestHash,
      status_code: 0,
      response: 'null',
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['actor_id', 'operation', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The stored key, which must exist. */
export async function findIdempotencyKey(db: Db, id: IdempotencyKeyId) {
  return db
    .selectFrom('idempotency_key')
    .selectAll()
    .where('actor_id', '=', id.actorId)
    .where('operation', '=', id.operation)
    .where('key', '=', id.key)
    .executeTakeFirstOrThrow();
}

/** Whether the key is stored. */
export async function hasIdempotencyKey(db: Db, id: IdempotencyKeyId): Promise<boolean> {
  const row = await db
    .selectFrom('idempotency_key')
    .select('key')
    .where('actor_id', '=', id.actorId)
    .where('operation', '=', id.operation)
    .where('key', '=', id.key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Stores the answer to replay (the response is JSON text). */
export async function storeIdempotentResponse(
  db: Db,
  id: IdempotencyKeyId,
  statusCode: number,
  response: string,
): Promise<void> {
  await db
    .updateTable('idempotency_key')
    .set({ status_code: statusCode, response })
    .where('actor_id', '=', id.actorId)
    .where('operation', '=', id.operation)
    .where('key', '=', id.key)
    .execute();
}

/** Removes the keys stored before `before`; returns how many. */
export async function deleteIdempotencyKeysBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_key').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
