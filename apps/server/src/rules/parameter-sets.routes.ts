// The rules' parameter sets: listParameterSets and getParameterSet (admins and the handling roles, read-only for
// the latter), createParameterSet (admins). A set is never changed or deleted once added.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles } from '../applications/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import {
  parameterSetBody,
  parameterSetDetailSchema,
  parameterSetListSchema,
} from './parameter-set.presenter.ts';
import { createParameterSet, getParameterSet, listParameterSets } from './parameter-sets-admin.ts';

const BASE = '/api/v1/parameter-sets';
const tags = ['parameter sets'];
const readers = access.staff(['admin', ...handlingRoles]);
const params = z.object({ version: z.string().min(1).max(100) });
const CHAIN_NOTE =
  'A set is in force from its effectiveFrom through its own validThrough, or through the month before the ' +
  'next set’s effectiveFrom when that is earlier; a month no set reaches is refused by the calculation.';

export async function parameterSetsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: readers },
      schema: {
        operationId: 'listParameterSets',
        summary: 'The parameter sets of the calculation, by effective month',
        description: `Shipped and admin-added sets, oldest first, each with its computed validThrough, and the coverage of the months ahead (\`coverage.missingSoon\` from 60 days before the first month no set covers). ${CHAIN_NOTE} Admins and the handling roles; others 403.`,
        tags,
        response: { 200: parameterSetListSchema, ...commonErrorResponses },
      },
    },
    async () => listParameterSets(db, clock.now()),
  );

  api.get(
    `${BASE}/:version`,
    {
      config: { access: readers },
      schema: {
        operationId: 'getParameterSet',
        summary: 'One parameter set with every value and its source',
        description: `${CHAIN_NOTE} Admins and the handling roles; others 403.`,
        tags,
        params,
        response: {
          200: parameterSetDetailSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No set with this version'),
        },
      },
    },
    async (request) => getParameterSet(db, request.params.version),
  );

  api.post(
    BASE,
    {
      config: { access: access.staff(['admin']) },
      schema: {
        operationId: 'createParameterSet',
        summary: 'Add a parameter set with an effective month (admins)',
        description:
          'The body is a whole set (typically the newest one with some values changed, each changed value ' +
          'citing its source). effectiveFrom must be the current month (Helsinki time) or later (400 ' +
          `…/parameter-set-retroactive). ${CHAIN_NOTE} A set is never changed or deleted afterwards; a ` +
          'decision keeps a copy of the set it was calculated with. Audited (parameter_set.create, naming ' +
          'the values changed against the set before it).',
        tags,
        body: parameterSetBody,
        response: {
          201: parameterSetDetailSchema,
          ...commonErrorResponses,
          409: problemSchema.describe(
            'The version is taken (type …/parameter-set-version-taken) or a set already starts in that ' +
              'month (type …/parameter-set-month-taken)',
          ),
        },
      },
    },
    async (request, reply) => {
      const created = await createParameterSet(db, request.staff(), request.body, clock.now());
      reply.code(201).header('location', `${BASE}/${encodeURIComponent(created.version)}`);
      return created;
    },
  );
}
