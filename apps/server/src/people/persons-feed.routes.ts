// The e-services account feed for other systems (scope applications:read): listPersonCases by Tuki's person id,
// and listPersonCasesByCode with the personal identity code in the body, so that the code never appears in a URL
// (and so in no access log, proxy log or browser history). Both are audited with the person as the subject.
import { normalizePersonalIdentityCode, parsePersonalIdentityCode } from '@tuki/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { PersonRow } from '../db/schema.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { decodeCursor, nextCursor, pageQuery } from '../http/cursor.ts';
import { auditContext } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses, notFound, problemSchema } from '../http/problem.ts';
import { type CasePosition, listPersonCases, personCasePageSchema } from './person-cases.ts';
import { findPersonByCode, findPersonById } from './persons.repository.ts';

const tags = ['e-services account'];
const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });
const FEED_NOTE =
  'The person’s cases, newest first; drafts are never listed (they are not cases until sent). Each case has its ' +
  'status and kind with their texts in Finnish, Swedish and English, the latest decision’s outcome, and a link ' +
  'to the case in the citizen’s e-services. Every call is audited with the person as the subject.';

export async function personsFeedRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rule = access.client(['applications:read']);

  async function page(
    request: FastifyRequest,
    person: PersonRow,
    query: { limit: number; cursor?: string | undefined },
    lookup: 'id' | 'personal_identity_code',
  ) {
    const cursor = decodeCursor(query.cursor, cursorSchema);
    const after: CasePosition | undefined = cursor
      ? { createdAt: new Date(cursor.createdAt), id: cursor.id }
      : undefined;
    const result = await listPersonCases(
      db,
      auditContext(request),
      person,
      { limit: query.limit, lookup, ...(after ? { after } : {}) },
      config.publicUrl,
      clock.now(),
    );
    return {
      items: result.items,
      nextCursor: nextCursor(result.hasMore, result.last, (last) => ({
        createdAt: last.createdAt.toISOString(),
        id: last.id,
      })),
    };
  }

  api.get(
    '/api/v1/persons/:personId/cases',
    {
      config: { access: rule },
      schema: {
        operationId: 'listPersonCases',
        summary: 'A person’s cases for the e-services account, by Tuki’s person id',
        description: FEED_NOTE,
        tags,
        params: z.object({ personId: z.uuid() }),
        querystring: z.object(pageQuery),
        response: {
          200: personCasePageSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such person'),
        },
      },
    },
    async (request) => {
      const person = await findPersonById(db, request.params.personId);
      if (!person) throw notFound('There is no such person.');
      return page(request, person, request.query, 'id');
    },
  );

  api.post(
    '/api/v1/persons/cases/by-personal-identity-code',
    {
      config: { access: rule },
      schema: {
        operationId: 'listPersonCasesByCode',
        summary: 'A person’s cases for the e-services account, by personal identity code',
        description:
          `${FEED_NOTE} The code is in the body, never in the URL. A person Tuki does not know has no cases: ` +
          'an empty page (the call is still audited). Changes nothing; repeat it freely.',
        tags,
        body: z
          .object({
            personalIdentityCode: z.string().max(20).describe('The person’s Finnish personal identity code'),
            ...pageQuery,
          })
          .meta({ id: 'PersonCasesByCodeRequest' }),
        response: { 200: personCasePageSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const parsed = parsePersonalIdentityCode(
        normalizePersonalIdentityCode(request.body.personalIdentityCode),
      );
      if (!parsed.ok) {
        throw badRequest('The personal identity code is not valid.', [
          { path: 'body.personalIdentityCode', message: 'is not a valid personal identity code' },
        ]);
      }
      const person = await findPersonByCode(db, parsed.value.code);
      if (!person) {
        await recordAudit(
          db,
          auditContext(request),
          {
            action: 'person.cases_feed',
            objectType: 'person',
            details: { count: 0, lookup: 'personal_identity_code', found: false },
          },
          clock.now(),
        );
        return { items: [], nextCursor: null };
      }
      return page(request, person, request.body, 'personal_identity_code');
    },
  );
}
