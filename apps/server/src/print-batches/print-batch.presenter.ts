// The API's representation of print batches and of the print queue.
import { z } from 'zod';
import { recipientParts } from '../people/index.ts';
import type { CreatedPrintBatch, PrintBatchRecord, PrintQueue } from './print-batches.ts';

export const printQueueSchema = z
  .object({
    waiting: z
      .number()
      .int()
      .min(0)
      .describe('Letters of decisions to be mailed on paper that are not yet in a print batch'),
    oldestDecidedAt: z.iso
      .datetime()
      .nullable()
      .describe('When the oldest of them was decided; null when none waits'),
  })
  .meta({ id: 'PrintQueue' });

export const printBatchSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    letters: z.number().int().min(1).describe('Letters in the batch, each marked mailed with it'),
    sizeBytes: z.number().int().min(1).describe('Size of the PDF'),
    documentUrl: z.string().describe('Where the PDF is downloaded: downloadPrintBatch'),
  })
  .meta({ id: 'PrintBatch' });

export const createdPrintBatchSchema = printBatchSchema
  .extend({
    pages: z.number().int().min(1).describe('Pages in the PDF, blank pages included'),
    blankPages: z
      .number()
      .int()
      .min(0)
      .describe('Blank pages inserted after letters with an odd page count, for printing on both sides'),
    decisionIds: z.array(z.uuid()).describe('The decisions whose letters are in the batch, in print order'),
    heldBack: z
      .array(
        z.object({
          decisionId: z.uuid(),
          referenceNumber: z.string().nullable(),
          missing: z
            .array(z.enum(recipientParts))
            .describe('What the letter’s address window lacks: the name or a part of the postal address'),
        }),
      )
      .describe(
        'Waiting letters left out of the batch (they stay waiting) because the recipient is incomplete',
      ),
  })
  .meta({ id: 'CreatedPrintBatch' });

export type PrintBatchView = z.infer<typeof printBatchSchema>;
export type CreatedPrintBatchView = z.infer<typeof createdPrintBatchSchema>;

export const printBatchDocumentUrl = (id: string) => `/api/v1/print-batches/${id}/document`;

export const presentPrintQueue = (queue: PrintQueue): z.infer<typeof printQueueSchema> => ({
  waiting: queue.waiting,
  oldestDecidedAt: queue.oldestDecidedAt?.toISOString() ?? null,
});

export const presentPrintBatch = (batch: PrintBatchRecord): PrintBatchView => ({
  id: batch.id,
  createdAt: batch.createdAt.toISOString(),
  createdBy: batch.createdBy,
  letters: batch.letters,
  sizeBytes: batch.sizeBytes,
  documentUrl: printBatchDocumentUrl(batch.id),
});

export const presentCreatedPrintBatch = (batch: CreatedPrintBatch): CreatedPrintBatchView => ({
  ...presentPrintBatch(batch),
  pages: batch.pages,
  blankPages: batch.blankPages,
  decisionIds: batch.decisionIds,
  heldBack: batch.heldBack,
});
