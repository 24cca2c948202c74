// Liveness and readiness probes for the load balancer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  unavailableSummary,
} from '../db/unavailable.ts';
import type { AppContext } from './context.ts';
import { sendProblem } from './errors.ts';
import { problemSchema } from './problem.ts';

const statusSchema = z.object({ status: z.literal('ok') });

/** A probe must answer quickly: a database that does not answer `select 1` within this is not ready. */
export const READINESS_TIMEOUT_MS = 2_000;

/** The ping, or a DatabaseUnavailableError once `timeoutMs` has passed without an answer. */
async function pingWithin(ping: () => Promise<void>, timeoutMs: number): Promise<void> {
  const attempt = ping();
  // A ping that fails after the timeout has already been answered for.
  attempt.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DatabaseUnavailableError(`The database did not answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'The process is alive',
        tags: ['system'],
        response: { 200: statusSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  api.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        summary: 'The process can serve requests: the database answers',
        tags: ['system'],
        response: { 200: statusSchema, 503: problemSchema },
      },
    },
    async (request, reply) => {
      try {
        await pingWithin(context.ping, READINESS_TIMEOUT_MS);
      } catch (error) {
        const unavailable = isDatabaseUnavailable(error);
        // Probes come every few seconds: the workers and requests log an outage once; this is only for debugging.
        if (unavailable) request.log.debug({ database: unavailableSummary(error) }, 'not ready');
        else request.log.error({ err: error }, 'readiness check failed');
        reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        return sendProblem(
          reply,
          503,
          error instanceof DatabaseUnavailableError ? error.message : 'The database is not reachable.',
          { type: 'https://tuki.example/problems/database-unavailable' },
        );
      }
      return { status: 'ok' as const };
    },
  );
}
