// Retention over HTTP: the city's retention plan (archivists and admins), the destruction lists the monthly job
// proposes and their approval, and the destruction records (archivists). Every read and change is audited.
import { recordTypes } from '@tuki/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFileStorage } from '../attachments/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { ifMatchHeaders } from '../http/etag.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import {
  approveDestructionList,
  destructionListTag,
  getDestructionList,
  listDestructionLists,
  listDestructionRecords,
} from './destruction-lists.ts';
import {
  destructionListSchema,
  destructionListSummarySchema,
  destructionRecordSchema,
  presentDestructionList,
  presentDestructionListSummaries,
  presentDestructionRecord,
  presentRetentionRule,
  retentionPlanSchema,
  retentionRuleInputSchema,
  retentionRuleSchema,
} from './retention.presenter.ts';
import { getRetentionPlan, retentionPlanTag, updateRetentionPlan } from './retention-plan.ts';

const PLAN = '/api/v1/retention-plan';
const LISTS = '/api/v1/destruction-lists';
const RECORDS = '/api/v1/destruction-records';
const tags = ['retention'];
const planRule = access.staff(['archivist', 'admin']);
const archivists = access.staff(['archivist']);

export async function retentionRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const storage = createFileStorage(config.attachments.storage);
  app.addHook('onClose', async () => storage.close?.());

  api.get(
    PLAN,
    {
      config: { access: planRule },
      schema: {
        operationId: 'getRetentionPlan',
        summary: 'The city’s retention plan: each record type’s publicity and retention',
        description:
          'One rule per record type (application, attachment, message, decision, letter, payment_file): its ' +
          'publicity class and basis, whether it holds personal data, and how many years it is kept after the case ' +
          'is closed, with the basis. Seeded with 10 years (working-age adults’ services); archivists and admins. ' +
          'Audited `retention_plan.read`.',
        tags,
        response: { 200: retentionPlanSchema, ...commonErrorResponses },
      },
    },
    async (request) => ({
      rules: (await getRetentionPlan(db, request.staff(), clock.now())).map(presentRetentionRule),
    }),
  );

  api.put(
    `${PLAN}/:recordType`,
    {
      config: { access: planRule },
      schema: {
        operationId: 'updateRetentionPlan',
        summary: 'Change one record type’s rule in the retention plan',
        description:
          'Archivists and admins. If-Match takes the rule’s `etag` (412 when it has changed since). The next ' +
          'destruction list and the approval of a list follow the plan as it then is. Audited ' +
          '`retention_plan.update` with the values before and after.',
        tags,
        params: z.object({ recordType: z.enum(recordTypes) }),
        headers: ifMatchHeaders,
        body: retentionRuleInputSchema,
        response: {
          200: retentionRuleSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such record type'),
          412: problemSchema.describe('If-Match names an older version of the rule'),
        },
      },
    },
    async (request, reply) => {
      const row = await updateRetentionPlan(
        db,
        request.staff(),
        { recordType: request.params.recordType, ifMatch: request.headers['if-match'], ...request.body },
        clock.now(),
      );
      reply.etag(retentionPlanTag(row));
      return presentRetentionRule(row);
    },
  );

  api.get(
    LISTS,
    {
      config: { access: archivists },
      schema: {
        operationId: 'listDestructionLists',
        summary: 'The destruction lists, newest first',
        description:
          'The monthly job proposes at most one list a month of the closed cases whose every document is past ' +
          'retention; an archivist approves it. Archivists only; audited `destruction_list.list`.',
        tags,
        response: {
          200: z.object({ items: z.array(destructionListSummarySchema) }).meta({ id: 'DestructionListPage' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => ({
      items: presentDestructionListSummaries(await listDestructionLists(db, request.staff(), clock.now())),
    }),
  );

  api.get(
    `${LISTS}/:listId`,
    {
      config: { access: archivists },
      schema: {
        operationId: 'getDestructionList',
        summary: 'A destruction list with its cases and their documents',
        description:
          'Each case: its reference number, the day it closed, the last day of retention, the ids and record types ' +
          'of its documents and, once approved, whether it was destroyed or kept. Archivists only; audited ' +
          '`destruction_list.read`.',
        tags,
        params: z.object({ listId: z.uuid() }),
        response: {
          200: destructionListSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such destruction list'),
        },
      },
    },
    async (request, reply) => {
      const found = await getDestructionList(db, request.staff(), request.params.listId, clock.now());
      reply.etag(destructionListTag(found.list));
      return presentDestructionList(found.list, found.cases, found.approvedBy);
    },
  );

  api.post(
    `${LISTS}/:listId/approval`,
    {
      config: { access: archivists },
      schema: {
        operationId: 'approveDestructionList',
        summary: 'Approve a destruction list: its cases are destroyed',
        description:
          'Only an archivist (never the job that proposed it). Each case still past retention by the plan as it is ' +
          'now is destroyed as a whole: its rows are deleted, its files removed from the storage, and a destruction ' +
          'record kept (record types, reference number, document ids and counts, retention basis, approver and ' +
          'time; never content or identity codes). A case no longer past retention, or tied to one that is not (a ' +
          'merged duplicate, a request for rectification), is kept. The audit trail stays whole. If-Match takes ' +
          'the list’s ETag (412 when stale); approving an approved list again changes nothing and returns it. ' +
          'Audited `destruction_list.approve` and `application.destroy` per case.',
        tags,
        params: z.object({ listId: z.uuid() }),
        headers: ifMatchHeaders,
        response: {
          200: destructionListSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such destruction list'),
          412: problemSchema.describe('If-Match names an older version of the list'),
        },
      },
    },
    async (request, reply) => {
      const approved = await approveDestructionList(
        db,
        storage,
        request.staff(),
        { id: request.params.listId, ifMatch: request.headers['if-match'] },
        clock.now(),
      );
      reply.etag(destructionListTag(approved.list));
      return presentDestructionList(approved.list, approved.cases, approved.approvedBy);
    },
  );

  api.get(
    RECORDS,
    {
      config: { access: archivists },
      schema: {
        operationId: 'listDestructionRecords',
        summary: 'What has been destroyed, newest first',
        description:
          'One record per destroyed case: record types, reference number, document ids and counts, retention ' +
          'basis, who approved and when. Archivists only; audited `destruction_record.list`.',
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.object({ items: z.array(destructionRecordSchema) }).meta({ id: 'DestructionRecordPage' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => ({
      items: (await listDestructionRecords(db, request.staff(), request.query.limit, clock.now())).map(
        presentDestructionRecord,
      ),
    }),
  );
}
