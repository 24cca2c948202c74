// Data rights. exportMyData: the signed-in citizen downloads all their data as a zip (the right of access and
// to data portability). The GDPR API in the form Helsinki profile uses, for API clients with the gdpr scopes:
// GET /gdpr-api/v1/profiles/{id} (gdpr:read) returns the person's data as a `{ key, value | children }` tree;
// DELETE /gdpr-api/v1/profiles/{id}?dry_run= (gdpr:delete) deletes what may be deleted (see gdpr/erasure.ts).

import { helsinkiDate, isLanguage, languages } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFileStorage, removeStoredFiles } from '../attachments/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { findDecisionLetterPdf, renderLettersOfPerson } from '../decisions/index.ts';
import { access } from '../http/access.ts';
import { type AppContext, letterRenderingOf } from '../http/context.ts';
import { auditContext } from '../http/plugins/session.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { erasePersonData } from './erasure.ts';
import { exportZipStream } from './export-zip.ts';
import { collectPersonData } from './person-data.ts';
import { findPersonById, lockPerson } from './persons.repository.ts';
import { gdprNodeSchema, personDataTree } from './profile-tree.ts';

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
