// Idempotent operations (the API's `Idempotency-Key` header, read in http/idempotency.ts): a retry with the same
// key by the same actor for the same operation returns the first answer (status, body and the headers that matter)
// and changes nothing; the same key with a different request is refused (Unprocessable, 422). Keys are kept for
// 24 hours.
//
// The key is claimed by inserting its row in the same transaction as the change. A concurrent retry with the same
// key waits on that row (the primary key) until the first transaction ends: after a commit it finds and replays the
// stored answer; after a rollback (an error answer, which is not stored) it runs the operation itself.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { Unprocessable } from './errors.ts';
import {
  claimIdempotencyKey,
  deleteExpiredIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
  storeIdempotentResponse,
} from './idempotency.repository.ts';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/** What an operation answered, as it is stored and replayed. */
export interface IdempotentResponse<T = unknown> {
  statusCode: number;
  body: T;
  /** Response headers to repeat on a replay, such as the ETag. */
  headers?: Record<string, string>;
}

export interface IdempotencyScope {
  /** Who acts, e.g. `person:<uuid>`: keys of different actors never meet. */
  actorId: string;
  /** The operationId. */
  operation: string;
  /** The header's value; without one the operation simply runs. */
  key: string | undefined;
  /** What identifies the request (path parameters and body): a retry must send the same. */
  request: unknown;
}

/** JSON with object keys sorted, so that the same request always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const requestHash = (request: unknown) =>
  createHash('sha256').update(canonicalJson(request)).digest('hex');

const storedResponseSchema = z.object({
  body: z.unknown(),
  headers: z.record(z.string(), z.string()).optional(),
});

/**
 * Runs `work` in one transaction, at most once per key. `onReplay` runs (in a transaction) when a stored answer is
 * returned instead, e.g. to audit that the client saw the data again.
 */
export async function runIdempotent<T>(
  db: Db,
  scope: IdempotencyScope,
  now: Date,
  work: (trx: Db) => Promise<IdempotentResponse<T>>,
  onReplay?: (trx: Db) => Promise<void>,
): Promise<IdempotentResponse<T> & { replayed: boolean }> {
  const key = scope.key;
  if (key === undefined) {
    return { ...(await inTransaction(db, work)), replayed: false };
  }
  const hash = requestHash(scope.request);
  const id = { actorId: scope.actorId, operation: scope.operation, key };
  return inTransaction(db, async (trx) => {
    // A key older than its lifetime is forgotten even if housekeeping has not removed it yet.
    await deleteExpiredIdempotencyKey(trx, id, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS));
    const claimed = await claimIdempotencyKey(trx, id, hash, now);
    if (!claimed) {
      const stored = await findIdempotencyKey(trx, id);
      if (stored.request_hash !== hash) {
        throw new Unprocessable(
          'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
          { code: 'idempotency-key-reused' },
        );
      }
      await onReplay?.(trx);
      const response = storedResponseSchema.parse(stored.response);
      return {
        statusCode: stored.status_code,
        body: response.body as T,
        ...(response.headers ? { headers: response.headers } : {}),
        replayed: true,
      };
    }
    const response = await work(trx);
    await storeIdempotentResponse(
      trx,
      id,
      response.statusCode,
      JSON.stringify({ body: response.body, headers: response.headers }),
    );
    return { ...response, replayed: false };
  });
}

/** Removes keys past their lifetime (run by housekeeping). */
export async function deleteOldIdempotencyKeys(db: Db, now: Date): Promise<number> {
  return deleteIdempotencyKeysBefore(db, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS));
}
