// People over HTTP (the data rights are in gdpr.routes.ts). The citizen's own record: updateMyName (a name the
// identity service did not give, entered once; people/person-name.ts), getMyPreferences and updateMyPreferences
// (the e-mail address for notifications, whether to get them at all, the language of e-mails and letters, and
// whether decisions come only electronically). The e-services account feed for other systems (scope
// applications:read): listPersonCases by Tuki's person id, and listPersonCasesByCode with the personal identity code
// in the body, so that the code never appears in a URL (and so in no access log, proxy log or browser history);
// both are audited with the person as the subject.
import {
  isLanguage,
  languages,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
} from '@tuki/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { afterCreated, nextCreatedCursor, pageQuery } from '../http/cursor.ts';
import { userLanguage } from '../http/language.ts';
import { auditContext } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses, notFound, problemSchema } from '../http/problem.ts';
import { listPersonCases, personCasePageSchema } from './person-cases.ts';
import { enterMyName } from './person-name.ts';
import { findPersonByCode, findPersonById, updatePersonPreferences } from './persons.repository.ts';

export async function peopleRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  await personNameRoutes(app, context);
  await preferencesRoutes(app, context);
  await personsFeedRoutes(app, context);
}

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

async function personNameRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
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

const preferencesSchema = z
  .object({
    email: z.email().max(254).nullable().describe('Where notifications go; null: none given'),
    emailNotifications: z
      .boolean()
      .describe('Whether to get an e-mail when there is something new in the e-services account'),
    language: z.enum(languages).describe('The language of e-mails and decision letters'),
    electronicDelivery: z
      .boolean()
      .default(false)
      .describe('true: decisions only in the e-services account; false: also a letter by mail'),
  })
  .meta({ id: 'MyPreferences' });

const present = (
  person: Pick<PersonRow, 'email' | 'email_notifications' | 'preferred_language' | 'electronic_delivery'>,
) => ({
  email: person.email,
  emailNotifications: person.email_notifications,
  language: person.preferred_language,
  electronicDelivery: person.electronic_delivery,
});

async function preferencesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const path = '/api/v1/my/preferences';

  api.get(
    path,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'getMyPreferences',
        summary: 'Your notification and language preferences',
        tags: ['applications'],
        response: { 200: preferencesSchema, ...commonErrorResponses },
      },
    },
    async (request) => present(request.citizen().person),
  );

  api.put(
    path,
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'updateMyPreferences',
        summary: 'Change your notification and language preferences',
        description:
          'The change is audited. E-mails never contain personal data: only a link to the account.',
        tags: ['applications'],
        body: preferencesSchema,
        response: { 200: preferencesSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { person, audit } = request.citizen();
      const now = clock.now();
      const updated = await inTransaction(db, async (trx) => {
        const row = await updatePersonPreferences(
          trx,
          person.id,
          {
            email: request.body.email?.trim() || null,
            emailNotifications: request.body.emailNotifications,
            language: request.body.language,
            electronicDelivery: request.body.electronicDelivery,
          },
          now,
        );
        await recordAudit(
          trx,
          audit,
          {
            action: 'person.preferences_update',
            subjectPersonId: person.id,
            objectType: 'person',
            objectId: person.id,
            details: {
              emailGiven: row.email !== null,
              emailNotifications: row.email_notifications,
              language: row.preferred_language,
              electronicDelivery: row.electronic_delivery,
            },
          },
          now,
        );
        return row;
      });
      return present(updated);
    },
  );
}

const tags = ['e-services account'];
const FEED_NOTE =
  'The person’s cases, newest first; drafts are never listed (they are not cases until sent). Each case has its ' +
  'status and kind with their texts in Finnish, Swedish and English, the latest decision’s outcome, and a link ' +
  'to the case in the citizen’s e-services. Every call is audited with the person as the subject.';

async function personsFeedRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rule = access.client(['applications:read']);

  async function page(
    request: FastifyRequest,
    person: PersonRow,
    query: { limit: number; cursor?: string | undefined },
    lookup: 'id' | 'personal_identity_code',
  ) {
    const result = await listPersonCases(
      db,
      auditContext(request),
      person,
      { limit: query.limit, lookup, ...afterCreated(query.cursor) },
      config.publicUrl,
      clock.now(),
    );
    return {
      items: result.items,
      nextCursor: nextCreatedCursor(
        result.hasMore,
        result.last ? [result.last] : [],
        (last) => last.createdAt,
      ),
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
