// Payments on HTTP: listPayments and listPaymentBatches (the handling roles and the payment approver),
// createPaymentBatch (Idempotency-Key), approvePaymentBatch, downloadPaymentFile (pain.001) and
// importPaymentStatusReport (pain.002) for the payment approver. API clients: payments:read lists payments and
// batches and downloads a file already written; payments:write reads the bank's status reports in.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { paymentStatuses } from '../db/column-types.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { afterCreated, nextCreatedCursor, pageQuery } from '../http/cursor.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { pageOf } from '../shared/pagination.ts';
import {
  createdPaymentBatchSchema,
  importedStatusReportSchema,
  listedPaymentBatchSchema,
  paymentBatchSchema,
  paymentFileUrl,
  paymentSchema,
  presentListedPaymentBatch,
  presentPayment,
  presentPaymentBatch,
} from './payment.presenter.ts';
import { approvePaymentBatch, proposePaymentBatch } from './payment-batches.ts';
import { downloadPaymentFile, listPaymentBatches, listPayments } from './payment-reads.ts';
import { paymentProposerRoles } from './payment-roles.ts';
import { importPaymentStatusReport } from './status-report-import.ts';

const PAYMENTS = '/api/v1/payments';
const BATCHES = '/api/v1/payment-batches';
const tags = ['payments'];
const readers = access.staff(paymentProposerRoles);
const approvers = access.staff(['payment_approver']);
const readersAndClients = access.staff(paymentProposerRoles, { scopes: ['payments:read'] });
const fileReaders = access.staff(['payment_approver'], { scopes: ['payments:read'] });
const reportImporters = access.staff(['payment_approver'], { scopes: ['payments:write'] });

/** The largest status report read in: a bank's answer on a file of thousands of payments fits well. */
export const MAX_STATUS_REPORT_BYTES = 5 * 1024 * 1024;

export async function paymentsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    PAYMENTS,
    {
      config: { access: readersAndClients },
      schema: {
        operationId: 'listPayments',
        summary: 'The payments of decisions, newest first',
        description:
          'Filtered by status, batch or application. Every list is audited (`payment.list`): it names payees ' +
          'and their accounts. Open to API clients with the scope payments:read.',
        tags,
        querystring: z.object({
          ...pageQuery,
          status: z.enum(paymentStatuses).optional(),
          batch: z.uuid().optional().describe('Only the payments of this batch'),
          application: z.uuid().optional().describe('Only the payments of this application'),
        }),
        response: { 200: pageOf(paymentSchema).meta({ id: 'PaymentPage' }), ...commonErrorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, status, batch, application } = request.query;
      const { payments, hasMore } = await listPayments(
        db,
        request.caseReader(),
        {
          ...(status ? { status } : {}),
          ...(batch ? { batchId: batch } : {}),
          ...(application ? { applicationId: application } : {}),
        },
        { limit, ...afterCreated(cursor) },
        clock.now(),
      );
      return {
        items: payments.map(presentPayment),
        nextCursor: nextCreatedCursor(hasMore, payments, (payment) => new Date(payment.created_at)),
      };
    },
  );

  api.get(
    BATCHES,
    {
      config: { access: readersAndClients },
      schema: {
        operationId: 'listPaymentBatches',
        summary: 'The payment batches, newest first',
        description: 'Open to API clients with the scope payments:read.',
        tags,
        querystring: z.object(pageQuery),
        response: {
          200: pageOf(listedPaymentBatchSchema).meta({ id: 'PaymentBatchPage' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      const { batches, hasMore } = await listPaymentBatches(db, request.caseReader(), {
        limit: request.query.limit,
        ...afterCreated(request.query.cursor),
      });
      return {
        items: batches.map(presentListedPaymentBatch),
        nextCursor: nextCreatedCursor(hasMore, batches, (batch) => new Date(batch.created_at)),
      };
    },
  );

  api.post(
    BATCHES,
    {
      config: { access: readers },
      schema: {
        operationId: 'createPaymentBatch',
        summary: 'Propose a batch of every payment due by a day',
        description:
          'Puts every payment in no batch due on or before `dueBy` into a new batch, to be paid on that day (or ' +
          'today, when `dueBy` is past). A payment is never put into two batches, even when two are made at ' +
          'once. A payment approver other than the maker, who made no decision paid in it, approves it ' +
          '(approvePaymentBatch). 409 `nothing-to-pay` when nothing is due. With an Idempotency-Key a retry ' +
          'returns the first batch.',
        tags,
        headers: z.object({ 'idempotency-key': idempotencyKeyHeader }).loose(),
        body: z.object({
          dueBy: z.iso.date().describe('The payments due on or before this day; the day the bank pays them'),
        }),
        response: {
          201: createdPaymentBatchSchema,
          ...commonErrorResponses,
          409: problemSchema.describe('No payment is due by the day (`nothing-to-pay`)'),
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      return replyIdempotent(request, reply, context, request.body, async (trx, now) => {
        const { batch, payments } = await proposePaymentBatch(trx, request.staff(), request.body, now);
        return {
          statusCode: 201,
          body: { ...presentPaymentBatch(batch), paymentIds: payments.map((payment) => payment.id) },
          headers: { location: paymentFileUrl(batch.id) },
        };
      });
    },
  );

  api.post(
    `${BATCHES}/:paymentBatchId/approval`,
    {
      config: { access: approvers },
      schema: {
        operationId: 'approvePaymentBatch',
        summary: 'Approve a proposed payment batch (a second person)',
        description:
          'Only a payment approver who neither proposed the batch (403 `cannot-approve-own-batch`) nor made a ' +
          'decision paid in it (403 `cannot-approve-own-decision`). 409 `payment-batch-not-proposed` when it is ' +
          'approved already.',
        tags,
        params: z.object({ paymentBatchId: z.uuid() }),
        response: {
          200: paymentBatchSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such payment batch'),
          409: problemSchema.describe('The batch is not proposed (`payment-batch-not-proposed`)'),
        },
      },
    },
    async (request) =>
      presentPaymentBatch(
        await approvePaymentBatch(db, request.staff(), request.params.paymentBatchId, clock.now()),
      ),
  );

  api.get(
    `${BATCHES}/:paymentBatchId/file`,
    {
      config: { access: fileReaders },
      schema: {
        operationId: 'downloadPaymentFile',
        summary: 'The batch’s payment file (ISO 20022 pain.001.001.09) for the bank',
        description:
          'The first download of an approved batch writes the file from the city’s account (PAYMENT_DEBTOR_*), ' +
          'checks it against the schema and the batch’s count and sum, stores it and marks the payments sent ' +
          '(audited `payment_batch.export`); later downloads hand out the same file (audited ' +
          '`payment_batch.download`). 409 `payment-batch-not-approved` before the approval; 503 ' +
          '`payments-not-configured` when the city’s account is not configured. An API client with the scope ' +
          'payments:read (e.g. the city’s bank connector) gets a file already written: 409 ' +
          '`payment-batch-not-exported` until a payment approver has downloaded it first.',
        tags,
        params: z.object({ paymentBatchId: z.uuid() }),
        response: {
          200: {
            description: 'The payment file',
            content: { 'application/xml': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...commonErrorResponses,
          404: problemSchema.describe('No such payment batch'),
          409: problemSchema.describe(
            'The batch is not approved yet (`payment-batch-not-approved`); for an API client, its file is not ' +
              'written yet (`payment-batch-not-exported`)',
          ),
          503: problemSchema.describe('Payments are not configured (`payments-not-configured`)'),
        },
      },
    },
    async (request, typedReply) => {
      const reply = typedReply as FastifyReply;
      const file = await downloadPaymentFile(
        db,
        request.caseReader(),
        { batchId: request.params.paymentBatchId, debtor: config.paymentDebtor },
        clock.now(),
      );
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.messageId}.xml"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.xml);
    },
  );

  // A scope of its own: the XML body parser applies to the status report only.
  await app.register(async (scope) => {
    for (const type of ['application/xml', 'text/xml'])
      scope.addContentTypeParser(
        type,
        { parseAs: 'string', bodyLimit: MAX_STATUS_REPORT_BYTES },
        (_request, body, done) => {
          done(null, String(body));
        },
      );
    scope.withTypeProvider<ZodTypeProvider>().post(
      `${BATCHES}/status-reports`,
      {
        config: { access: reportImporters },
        schema: {
          operationId: 'importPaymentStatusReport',
          summary: 'Read in the bank’s status report (pain.002) on a payment file',
          description:
            'The XML as the body (`application/xml`, at most 5 MiB). Matched to its batch by the original message ' +
            'id and to the payments by their end-to-end ids: accepted payments become accepted, rejected ones ' +
            'rejected with the bank’s reason, pending ones stay sent; a rejected group rejects the whole batch. ' +
            'The same report read again changes nothing (`alreadyImported`). 422 for a body that is not a ' +
            'status report or is about no payment file of ours; 409 `payment-batch-not-exported`. Open to API ' +
            'clients with the scope payments:write (the city’s bank connector).',
          tags,
          consumes: ['application/xml'],
          body: z.string().min(1).describe('The pain.002.001.03 or pain.002.001.10 XML'),
          response: {
            200: importedStatusReportSchema,
            ...commonErrorResponses,
            409: problemSchema.describe('The batch has not been exported (`payment-batch-not-exported`)'),
            413: problemSchema.describe('The report is larger than 5 MiB'),
            415: problemSchema.describe('The body is not application/xml'),
            422: problemSchema.describe('Not a status report, or about no payment file of ours'),
          },
        },
      },
      // The command's result is the answer as it is (importedStatusReportSchema).
      async (request) => importPaymentStatusReport(db, request.caseReader(), request.body, clock.now()),
    );
  });
}
