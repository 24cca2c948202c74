// updateMyName: a citizen whose name the identity service did not give enters it once (people/person-name.ts).
import { isLanguage } from '@tuki/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { userLanguage } from '../http/language.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { enterMyName } from './person-name.ts';

const nameBody = z
  .object({
    firstName: z.string().max(500).optional().describe('Required when the first name is missing'),
    lastName: z.string().max(500).optional().describe('Required when the last name is missing'),
  })
  .meta({ id: 'UpdateMyNameRequest' });

const nameSchema = z.object({ firstName: z.string(), lastName: z.string() }).meta({ id: 'MyName' });

function languageOf(request: FastifyRequest) {
  const { person } = request.citizen();
  const header = request.headers['accept-language'];
  return userLanguage(
    typeof header === 'string' ? header : undefined,
    isLanguage(person.preferred_language) ? person.preferred_language : 'fi',
  );
}

export async function personNameRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.put(
    '/api/v1/my/name',
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'updateMyName',
        summary: 'Enter your name, once, when the identity service did not give it',
        description:
          'Allowed only while the first or the last name is missing (409 `name-already-known` otherwise), and ' +
          'only for the missing parts: a part the identity service gave is kept (sending a different value for ' +
          'it is 400). Each part: letters, spaces, hyphens and apostrophes, at most 100 characters; 400 lists ' +
          'the fields with a `code` (`required`, `too_long`, `invalid_characters`, `already_known`) and a ' +
          'message in the language of Accept-Language. Audited (`person.name_enter`). The identity ' +
          'service’s names replace these at the next sign-in that gives them.',
        tags: ['applications'],
        body: nameBody,
        response: {
          200: nameSchema,
          ...commonErrorResponses,
          409: problemSchema.describe('The name is already known'),
        },
      },
    },
    async (request) => {
      const { person, audit } = request.citizen();
      const language = languageOf(request);
      const updated = await inTransaction(db, (trx) =>
        enterMyName(
          trx,
          person.id,
          { firstName: request.body.firstName, lastName: request.body.lastName, language },
          audit,
          clock.now(),
        ),
      );
      return { firstName: updated.first_name, lastName: updated.last_name };
    },
  );
}
