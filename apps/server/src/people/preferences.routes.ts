// The citizen's contact preferences: getMyPreferences and updateMyPreferences — the e-mail address for
// notifications, whether to get them at all, the language of e-mails and letters, and whether decisions come only
// electronically (otherwise the letter is also mailed).
import { languages } from '@tuki/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { commonErrorResponses } from '../http/problem.ts';

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

export async function preferencesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
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
        const row = await trx
          .updateTable('person')
          .set({
            email: request.body.email?.trim() || null,
            email_notifications: request.body.emailNotifications,
            preferred_language: request.body.language,
            electronic_delivery: request.body.electronicDelivery,
            updated_at: now,
          })
          .where('id', '=', person.id)
          .returningAll()
          .executeTakeFirstOrThrow();
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
