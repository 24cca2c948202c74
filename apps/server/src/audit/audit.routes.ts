// listAuditEvents: the audit trail for auditors, by person (whose data), by actor (who acted) and time range.
// verifyAuditTrail: proves the chain of a running system intact (audit/audit-verify.ts). Both are audited too.
import { normalizePersonalIdentityCode, parsePersonalIdentityCode } from '@tuki/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { decodeCursor, encodeCursor, pageQuery } from '../http/cursor.ts';
import { auditContext } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses } from '../http/problem.ts';
import { findPersonByCode } from '../people/index.ts';
import { pageOf } from '../shared/pagination.ts';
import { findStaffUserByUsername } from '../staff-users/index.ts';
import { listAuditEvents } from './audit.repository.ts';
import { recordAudit } from './audit-log.ts';
import { verifyAuditChain } from './audit-verify.ts';

const auditEventSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({
      type: z.enum(['person', 'staff', 'api_client', 'system', 'anonymous']),
      id: z.string().nullable(),
      username: z.string().nullable().describe('For staff actors'),
    }),
    action: z.string(),
    subjectPersonId: z.uuid().nullable(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    outcome: z.enum(['success', 'denied', 'failure']),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });

const querySchema = z.object({
  personalIdentityCode: z.string().max(20).optional().describe('The person whose data was read or changed'),
  personId: z.uuid().optional(),
  actorUsername: z
    .string()
    .regex(/^[a-z0-9._@-]{1,100}$/)
    .optional()
    .describe(
      'The staff user who acted, by their exact username: what they read or changed, and what the API clients they ' +
        'created, asked personal-data access for or approved read or changed (details.grantedBy)',
    ),
  actorId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The one who acted, by id: a staff user, an API client (its client id) or a person'),
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive start instant'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive end instant'),
  ...pageQuery,
});

const verificationSchema = z
  .object({
    ok: z.boolean().describe('Whether every row up to the chain head verified'),
    rowsChecked: z.number().int().describe('Rows found intact, from the first one on'),
    firstBroken: z
      .object({
        seq: z.number().int(),
        id: z.uuid().nullable().describe('The row’s id; null when the row is missing'),
        problem: z.string(),
      })
      .nullable()
      .describe('The first row that does not verify, and why'),
    startedAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditTrailVerification' });

export async function auditRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit-events',
    {
      config: { access: access.staff(['auditor'], { scopes: ['audit:read'] }) },
      schema: {
        operationId: 'listAuditEvents',
        summary: 'The audit trail: who read or changed whose data (auditor role only)',
        description: 'Also for API clients with the scope audit:read. Every call is itself audited.',
        tags: ['audit'],
        querystring: querySchema,
        response: { 200: pageOf(auditEventSchema).meta({ id: 'AuditEventPage' }), ...commonErrorResponses },
      },
    },
    async (request) => {
      const query = request.query;
      let personId = query.personId;
      // A search by a code that matches nobody (or another person than personId) finds nothing, but the search
      // itself is still audited: it shows whose data someone looked for.
      let nobody = false;
      if (query.personalIdentityCode !== undefined) {
        const parsed = parsePersonalIdentityCode(normalizePersonalIdentityCode(query.personalIdentityCode));
        if (!parsed.ok) {
          throw badRequest('The personal identity code is not valid.', [
            { path: 'query.personalIdentityCode', message: 'is not a valid personal identity code' },
          ]);
        }
        const person = await findPersonByCode(db, parsed.value.code);
        nobody = !person || (personId !== undefined && personId !== person.id);
        personId = person?.id ?? personId;
      }
      // The same for an actor: an unknown username (or another user than actorId) finds nothing, audited.
      let actorId = query.actorId;
      if (query.actorUsername !== undefined) {
        const staffUser = await findStaffUserByUsername(db, query.actorUsername);
        nobody = nobody || !staffUser || (actorId !== undefined && actorId !== staffUser.id);
        actorId = staffUser?.id ?? actorId;
      }
      const cursor = decodeCursor(query.cursor, z.object({ seq: z.number().int() }));
      const { rows, hasMore } = nobody
        ? { rows: [], hasMore: false }
        : await listAuditEvents(db, {
            ...(personId ? { personId } : {}),
            ...(actorId !== undefined ? { actorId } : {}),
            ...(query.actorUsername !== undefined
              ? { actorType: 'staff' as const, withGrantedClients: true }
              : {}),
            ...(query.from ? { from: new Date(query.from) } : {}),
            ...(query.to ? { to: new Date(query.to) } : {}),
            ...(cursor ? { beforeSeq: cursor.seq } : {}),
            limit: query.limit,
          });
      await recordAudit(
        db,
        auditContext(request),
        {
          action: 'audit.list',
          subjectPersonId: personId ?? null,
          details: {
            from: query.from ?? null,
            to: query.to ?? null,
            byPersonalIdentityCode: query.personalIdentityCode !== undefined,
            actorUsername: query.actorUsername ?? null,
            actorId: query.actorId ?? null,
            count: rows.length,
          },
        },
        clock.now(),
      );
      const last = rows.at(-1);
      return {
        items: rows.map((row) => ({
          id: row.id,
          seq: Number(row.seq),
          occurredAt: row.occurred_at.toISOString(),
          actor: { type: row.actor_type, id: row.actor_id, username: row.actor_username },
          action: row.action,
          subjectPersonId: row.subject_person_id,
          objectType: row.object_type,
          objectId: row.object_id,
          requestId: row.request_id,
          ip: row.ip,
          outcome: row.outcome,
          details: (row.details as Record<string, unknown> | null) ?? null,
        })),
        nextCursor: hasMore && last ? encodeCursor({ seq: Number(last.seq) }) : null,
      };
    },
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/audit-events/verify',
    {
      config: { access: access.staff(['auditor'], { scopes: ['audit:read'] }) },
      schema: {
        operationId: 'verifyAuditTrail',
        summary: 'Verify the audit chain of the running system (auditor role only)',
        description:
          'Checks every row up to the chain head as it stands when the call begins: no gaps, each row linked ' +
          'to the previous one, each hash matching its row. Reads the chain in batches, so its memory use ' +
          'does not grow with the trail. Also for API clients with the scope audit:read. Every call is itself ' +
          'audited (audit.verify, after the check). A stopped embedded system is verified with npm run ' +
          'audit:verify.',
        tags: ['audit'],
        response: { 200: verificationSchema, ...commonErrorResponses },
      },
    },
    async (request) => {
      const startedAt = clock.now();
      const report = await verifyAuditChain(db);
      await recordAudit(
        db,
        auditContext(request),
        {
          action: 'audit.verify',
          details: {
            ok: report.ok,
            rowsChecked: report.rowsChecked,
            firstBrokenSeq: report.firstBroken?.seq ?? null,
          },
        },
        clock.now(),
      );
      return {
        ok: report.ok,
        rowsChecked: report.rowsChecked,
        firstBroken: report.firstBroken ?? null,
        startedAt: startedAt.toISOString(),
      };
    },
  );
}
