// Print batches of the letters to mail on paper: getPrintQueue, createPrintBatch (Idempotency-Key),
// listPrintBatches and downloadPrintBatch; for the handling roles.

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles } from '../applications/index.ts';
import { access } from '../http/access.ts';
import { type AppContext, letterRenderingOf } from '../http/context.ts';
import { afterCreated, nextCreatedCursor, pageQuery } from '../http/cursor.ts';
import { dispositionQuery, pdfResponse, sendPdf } from '../http/downloads.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { userLanguage } from '../http/language.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { pageOf } from '../shared/pagination.ts';
import {
  createdPrintBatchSchema,
  presentCreatedPrintBatch,
  presentPrintBatch,
  presentPrintQueue,
  printBatchDocumentUrl,
  printBatchSchema,
  printQueueSchema,
} from './print-batch.presenter.ts';
import {
  createPrintBatch,
  downloadPrintBatch,
  getPrintQueue,
  listPrintBatches,
  MAX_LETTERS_PER_BATCH,
} from './print-batches.ts';

const BASE = '/api/v1/print-batches';
const tags = ['case handling'];
const rule = access.staff(handlingRoles);

export async function printBatchesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${BASE}/pending`,
    {
      config: { access: rule },
      schema: {
        operationId: 'getPrintQueue',
        summary: 'How many letters wait to be printed and mailed, and since when',
        description: 'The letters of decisions with paper delivery that are not yet in a print batch.',
        tags,
        response: { 200: printQueueSchema, ...commonErrorResponses },
      },
    },
    async () => presentPrintQueue(await getPrintQueue(db)),
  );

  api.post(
    BASE,
    {
      config: { access: rule },
      schema: {
        operationId: 'createPrintBatch',
        summary: 'Make the print batch: one PDF of the waiting letters, which are marked mailed',
        description:
          'Takes the letters of the decisions with paper delivery that are not yet mailed (at most ' +
          `${MAX_LETTERS_PER_BATCH}, the oldest decisions first; the rest wait for the next batch), merges them ` +
          'into one PDF sorted by the recipients’ postal code (then decision time) for bulk mail, and marks them ' +
          'mailed. Every letter starts on a new sheet: a letter with an odd number of pages is followed by a blank ' +
          'page, so the batch can be printed on both sides. A letter is never put into two batches, even when ' +
          'two are made at once. 409 `nothing-to-print` when no letter waits. A letter whose recipient has no name ' +
          'or postal address (as its address window takes them) stays waiting and is listed in `heldBack`; when ' +
          'only such letters wait: 409 `recipient-incomplete` naming them (text in Accept-Language). With an ' +
          'Idempotency-Key a retry ' +
          'returns the first batch.',
        tags,
        headers: z.object({ 'idempotency-key': idempotencyKeyHeader }).loose(),
        response: {
          201: createdPrintBatchSchema,
          ...commonErrorResponses,
          409: problemSchema.describe(
            'No letter waits to be printed (`nothing-to-print`), or every waiting letter lacks its recipient’s ' +
              'name or postal address (`recipient-incomplete`)',
          ),
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      return replyIdempotent(request, reply, context, {}, async (trx, now) => {
        const batch = await createPrintBatch(
          trx,
          request.staff(),
          now,
          letterRenderingOf(context),
          userLanguage(request.headers['accept-language'], 'fi'),
        );
        return {
          statusCode: 201,
          body: presentCreatedPrintBatch(batch),
          headers: { location: printBatchDocumentUrl(batch.id) },
        };
      });
    },
  );

  api.get(
    BASE,
    {
      config: { access: rule },
      schema: {
        operationId: 'listPrintBatches',
        summary: 'The print batches made, newest first',
        tags,
        querystring: z.object(pageQuery),
        response: {
          200: pageOf(printBatchSchema).meta({ id: 'PrintBatchPage' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      const { batches, hasMore } = await listPrintBatches(db, {
        limit: request.query.limit,
        ...afterCreated(request.query.cursor),
      });
      return {
        items: batches.map(presentPrintBatch),
        nextCursor: nextCreatedCursor(hasMore, batches, (batch) => batch.createdAt),
      };
    },
  );

  api.get(
    `${BASE}/:printBatchId/document`,
    {
      config: { access: rule },
      schema: {
        operationId: 'downloadPrintBatch',
        summary: 'The print batch (PDF)',
        description: 'Every download is audited. `disposition=inline` shows it in the browser.',
        tags,
        params: z.object({ printBatchId: z.uuid() }),
        querystring: dispositionQuery,
        response: {
          200: pdfResponse('The batch'),
          ...commonErrorResponses,
          404: problemSchema.describe('No such print batch'),
        },
      },
    },
    async (request, reply) => {
      const { printBatchId } = request.params;
      const found = await downloadPrintBatch(db, request.staff(), printBatchId, clock.now());
      const day = found.createdAt.toISOString().slice(0, 10);
      const name = `print-batch-${day}-${printBatchId.slice(0, 8)}.pdf`;
      return sendPdf(reply as FastifyReply, found.pdf, {
        disposition: request.query.disposition,
        fileName: name,
      });
    },
  );
}
