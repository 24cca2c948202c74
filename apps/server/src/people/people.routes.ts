// People over HTTP: the citizen's own record: updateMyName (a name the
// identity service did not give, entered once; people/person-name.ts), getMyPreferences and updateMyPreferences
// (the e-mail address for notifications, whether to get them at all, the language of e-mails and letters, and
// whether decisions come only electronically). The e-services account feed for other systems (scope
// applications:read): listPersonCases by Tuki's person id, and listPersonCasesByCode with the personal identity code
// in the body, so that the code never appears in a URL (and so in no access log, proxy log or browser history);
// both are audited with the person as the subject.
//
// Data rights. exportMyData: the signed-in citizen downloads all their data as a zip (the right of access and
// to data portability). The GDPR API in the form Helsinki profile uses, for API clients with the gdpr scopes:
// GET /gdpr-api/v1/profiles/{id} (gdpr:read) returns the person's data as a `{ key, value | children }` tree;
// DELETE /gdpr-api/v1/profiles/{id}?dry_run= (gdpr:delete) deletes what may be deleted (see gdpr/erasure.ts).
import {
  helsinkiDate,
  isLanguage,
  languages,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
} from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFileStorage, removeStoredFiles } from '../attachments/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { findDecisionLetterPdf, renderLettersOfPerson } from '../decisions/index.ts';
import { access } from '../http/access.ts';
import { type AppContext, letterRenderingOf } from '../http/context.ts';
import { afterCreated, nextCreatedCursor, pageQuery } from '../http/cursor.ts';
import { userLanguage } from '../http/language.ts';
import { auditContext } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses, notFound, problemSchema } from '../http/problem.ts';
import { erasePersonData } from './erasure.ts';
import { exportZipStream } from './export-zip.ts';
import { listPersonCases, personCasePageSchema } from './person-cases.ts';
import { collectPersonData } from './person-data.ts';
import { enterMyName } from './person-name.ts';
import {
  findPersonByCode,
  findPersonById,
  lockPerson,
  updatePersonPreferences,
} from './persons.repository.ts';
import { gdprNodeSchema, personDataTree } from './profile-tree.ts';

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

/** The Helsinki profile GDPR API's error body: the reasons in Finnish, Swedish and English. */
const gdprErrorsSchema = z
  .object({
    errors: z.array(
      z.object({
        code: z.string().describe('RECORDS_MUST_BE_KEPT'),
        message: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
      }),
    ),
  })
  .meta({ id: 'GdprErrors' });

const profileParams = z.object({ id: z.uuid().describe('The person’s id in Tuki') });

const recordsMustBeKept = () => ({
  errors: [
    {
      code: 'RECORDS_MUST_BE_KEPT',
      message: {
        fi: translate('fi', 'dataRights.gdpr.recordsMustBeKept'),
        sv: translate('sv', 'dataRights.gdpr.recordsMustBeKept'),
        en: translate('en', 'dataRights.gdpr.recordsMustBeKept'),
      },
    },
  ],
});

export async function gdprRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const storage = createFileStorage(config.attachments.storage);
  app.addHook('onClose', async () => storage.close?.());
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rendering = letterRenderingOf(context);

  api.get(
    '/api/v1/my/data-export',
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'exportMyData',
        summary: 'All your data as a zip: JSON, attachments and decision letters',
        description:
          'A zip streamed as it is made: `README.txt` (what is in it, in `language`, default your preferred ' +
          'language), `tuki-export.json` (your person record and preferences, every application with its content ' +
          'and status history, information requests and answers, messages, decisions with their calculations, ' +
          'their payments (another payee’s account, such as a landlord’s, masked) and payment commitments, ' +
          'their letters’ delivery through Suomi.fi Messages with the events the service reported, the notices ' +
          'sent through Suomi.fi Messages, how the office cleared a returned letter or a rejected payment, ' +
          'attachment details, and the audit events about you: who read or changed your data and when), and ' +
          'under `applications/<reference number>/` the attachments (`attachments/`) and decision letters ' +
          '(`decision-letters/`). Files whose virus scan has not passed are listed but not included. Audited ' +
          '(`person.data_export`).',
        tags: ['applications'],
        querystring: z.object({
          language: z.enum(languages).optional().describe('The language of README.txt'),
        }),
        response: {
          200: {
            description: 'The zip',
            content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...commonErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { person } = request.citizen();
      const now = clock.now();
      // A decision just made whose letter is not stored yet: rendered first, so the export has every letter.
      await renderLettersOfPerson(db, person.id, rendering, now);
      const { snapshot, files } = await inTransaction(db, async (trx) => {
        const collected = await collectPersonData(trx, person, now);
        await recordAudit(
          trx,
          auditContext(request),
          {
            action: 'person.data_export',
            subjectPersonId: person.id,
            objectType: 'person',
            objectId: person.id,
            details: {
              applications: collected.snapshot.applications.length,
              files: collected.files.length,
              auditEvents: collected.snapshot.auditEvents.length,
            },
          },
          now,
        );
        return collected;
      });
      const language = request.query.language ?? person.preferred_language;
      const stream = exportZipStream(
        snapshot,
        files,
        {
          attachment: (key) => storage.get(key),
          letter: async (decisionId) => findDecisionLetterPdf(db, decisionId),
        },
        isLanguage(language) ? language : 'fi',
      );
      stream.on('error', (error) =>
        request.log.error({ err: error }, 'the data export failed while streaming'),
      );
      return (reply as FastifyReply)
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="tuki-export-${helsinkiDate(now)}.zip"`)
        .send(stream);
    },
  );

  const gdprTags = ['GDPR API'];

  api.get(
    '/gdpr-api/v1/profiles/:id',
    {
      config: { access: access.client(['gdpr:read']) },
      schema: {
        operationId: 'getGdprProfile',
        summary: 'GDPR API (Helsinki profile): all the person’s data',
        description:
          'The person’s data as a tree of `{ key, value }` and `{ key, children }` nodes, the form the Helsinki ' +
          'profile GDPR API uses; the same content as the citizen’s own export (exportMyData) without the files. ' +
          'An unknown id is 204 with no body, as in that API. Audited (`gdpr.query`) with the person as subject.',
        tags: gdprTags,
        params: profileParams,
        response: {
          200: gdprNodeSchema,
          204: z.null().describe('No such person'),
          ...commonErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const tree = await inTransaction(db, async (trx) => {
        const person = await findPersonById(trx, request.params.id);
        await recordAudit(
          trx,
          auditContext(request),
          {
            action: 'gdpr.query',
            subjectPersonId: person?.id ?? null,
            objectType: 'person',
            objectId: request.params.id,
            details: { found: person !== undefined },
          },
          now,
        );
        return person ? personDataTree((await collectPersonData(trx, person, now)).snapshot) : undefined;
      });
      if (!tree) return reply.code(204).send(null);
      return tree;
    },
  );

  api.delete(
    '/gdpr-api/v1/profiles/:id',
    {
      config: { access: access.client(['gdpr:delete']) },
      schema: {
        operationId: 'deleteGdprProfile',
        summary: 'GDPR API (Helsinki profile): delete the person’s data, or check whether it can be',
        description:
          'A person with any sent application (social welfare client records, which the Act on Client Documents ' +
          'in Social Welfare requires to be kept, with their decisions, letters and correspondence) cannot be ' +
          'deleted: 403 with `errors: [{ code: "RECORDS_MUST_BE_KEPT", message: { fi, sv, en } }]`. Even then, ' +
          'what is not a record IS deleted (GDPR art. 17(3) exempts only what the obligation needs): drafts with ' +
          'their files, the person’s files never sent with an answer or a message, sessions, stored idempotency ' +
          'answers, the e-mail address and notification choice (electronic-only delivery returns to letters by ' +
          'mail). A person with drafts only (or nothing) is deleted: the same, plus the address and phone; 204. ' +
          'The person row (name, personal identity code) stays for the audit trail, which must be kept and names ' +
          'it. `dry_run=true` deletes nothing and answers what the real call would (204, or the 403 with the ' +
          'reasons). An unknown id is 204. Audited (`gdpr.delete`, with dryRun).',
        tags: gdprTags,
        params: profileParams,
        querystring: z.object({
          dry_run: z
            .enum(['true', 'false', '1', '0', 'True', 'False'])
            .optional()
            .describe('true: only check; nothing is deleted'),
        }),
        response: {
          204: z.null().describe('Deleted (or, with dry_run, would be)'),
          ...commonErrorResponses,
          403: z
            .union([gdprErrorsSchema, problemSchema])
            .describe(
              'The records must be kept (GdprErrors; the deletable data was still deleted unless dry_run), or ' +
                'the client lacks the scope (Problem)',
            ),
        },
      },
    },
    async (request, reply) => {
      const dryRun = ['true', '1', 'True'].includes(request.query.dry_run ?? 'false');
      const now = clock.now();
      const audit = auditContext(request);
      const outcome = await inTransaction(db, async (trx) => {
        const person: PersonRow | undefined = await lockPerson(trx, request.params.id);
        if (!person) {
          await recordAudit(
            trx,
            audit,
            {
              action: 'gdpr.delete',
              objectType: 'person',
              objectId: request.params.id,
              details: { dryRun, found: false },
            },
            now,
          );
          return undefined;
        }
        return erasePersonData(trx, audit, person, { dryRun }, now);
      });
      if (outcome && outcome.removedStorageKeys.length > 0) {
        // After the commit; a failure is retried by the housekeeping sweep (removePendingStoredFiles).
        await removeStoredFiles(db, storage, outcome.removedStorageKeys).catch((error: unknown) => {
          request.log.warn({ err: error }, 'deleting erased files failed; they stay queued for removal');
        });
      }
      if (outcome && !outcome.allowed) return reply.code(403).send(recordsMustBeKept());
      return reply.code(204).send(null);
    },
  );
}
