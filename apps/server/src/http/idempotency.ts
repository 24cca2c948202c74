// The API's Idempotency-Key header. A route hands its operation to replyIdempotent, which runs it at most once per
// key, actor and operation (the store is shared/idempotency.ts) and answers a retry with the first answer,
// marked `Idempotent-Replayed: true`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';
import { type IdempotentResponse, runIdempotent } from '../shared/idempotency.ts';
import { problemSchema, unauthorized } from './problem.ts';

/** The Idempotency-Key header, for the route's `headers` schema. */
export const idempotencyKeyHeader = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'must be 1–200 visible ASCII characters')
  .optional()
  .describe(
    'A unique value per intended operation (e.g. a UUID); a retry with the same key returns the first result',
  );

/** The refusal of a key used before for another request, for the route's responses. */
export const idempotencyKeyReused = {
  422: problemSchema.describe('The Idempotency-Key was used for a different request'),
};

/** Whose keys they are: `person:<id>`, `staff:<id>` or `client:<id>` (keys of different actors never meet). */
export function idempotencyActor(request: FastifyRequest): string {
  const principal = request.principal;
  if (!principal) throw unauthorized();
  if (principal.kind === 'citizen') return `person:${principal.person.id}`;
  if (principal.kind === 'staff') return `staff:${principal.staffUser.id}`;
  return `client:${principal.client.id}`;
}

/**
 * Runs the route's operation (keyed by its operationId) at most once per Idempotency-Key and answers with its
 * status, headers and body, the first ones on a retry. `identity` is what identifies the request (path parameters
 * and body): a retry with the key must send the same. `work` runs in the transaction that claims the key;
 * `onReplay` (in a transaction) when a stored answer is returned instead, e.g. to audit the read.
 */
export async function replyIdempotent<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  context: { db: Db; clock: Clock },
  identity: unknown,
  work: (trx: Db, now: Date) => Promise<IdempotentResponse<T>>,
  onReplay?: (trx: Db, now: Date) => Promise<void>,
): Promise<T> {
  const operationId = (request.routeOptions.schema as { operationId?: string } | undefined)?.operationId;
  if (!operationId) throw new Error(`${request.routeOptions.url} has no operationId to key its replies by`);
  const key = request.headers['idempotency-key'];
  const now = context.clock.now();
  const result = await runIdempotent(
    context.db,
    {
      actorId: idempotencyActor(request),
      operation: operationId,
      key: typeof key === 'string' ? key : undefined,
      request: identity,
    },
    now,
    (trx) => work(trx, now),
    onReplay && ((trx) => onReplay(trx, now)),
  );
  reply.code(result.statusCode).headers(result.headers ?? {});
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return result.body;
}
