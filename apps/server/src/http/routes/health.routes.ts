// Liveness and readiness probes for the load balancer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { HttpProblem, problemSchema } from '../problem.ts';

const statusSchema = z.object({ status: z.literal('ok') });

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
    async (request) => {
      try {
        await context.ping();
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable');
        throw new HttpProblem(503, 'The database is not reachable.');
      }
      return { status: 'ok' as const };
    },
  );
}
