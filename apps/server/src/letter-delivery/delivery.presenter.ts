// A decision letter's delivery as the API shows it (each decision's `deliveries`): the channel, the status and
// the times the service reported. Empty when Suomi.fi Messages is not configured.
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { listDeliveriesOfDecisions } from './letter-delivery.repository.ts';

export const deliverySchema = z
  .object({
    channel: z
      .enum(['suomifi_electronic', 'suomifi_paper', 'local_print', 'eservice'])
      .nullable()
      .describe(
        'suomifi_electronic: to the Suomi.fi mailbox; suomifi_paper: printed and mailed by Suomi.fi; local_print: ' +
          'in the local print batch; eservice: in the e-services account only; null while not yet sent',
      ),
    status: z.enum(['pending', 'sent', 'local', 'read', 'returned_to_sender']),
    sentAt: z.iso.datetime().nullable().describe('When Suomi.fi Messages accepted the letter'),
    readAt: z.iso.datetime().nullable().describe('When the recipient opened the message (electronic)'),
    printedAt: z.iso.datetime().nullable().describe('When the letter was sent for printing and enveloping'),
    returnedAt: z.iso.datetime().nullable().describe('When Posti returned the letter to the sender'),
  })
  .meta({ id: 'LetterDelivery' });

export type DeliveryView = z.infer<typeof deliverySchema>;

const firstTimeOf = {
  readAt: ['read', 'receipt_confirmed'],
  printedAt: ['printed'],
  returnedAt: ['returned_to_sender'],
} as const;

/** The deliveries of these decisions, by decision id (a decision without one is absent). */
export async function deliveriesOfDecisions(
  db: Db,
  decisionIds: readonly string[],
): Promise<Map<string, DeliveryView[]>> {
  const rows = await listDeliveriesOfDecisions(db, decisionIds);
  const byDelivery = new Map<string, { decisionId: string; view: DeliveryView }>();
  for (const row of rows) {
    let entry = byDelivery.get(row.id);
    if (!entry) {
      entry = {
        decisionId: row.decision_id,
        view: {
          channel: row.channel as DeliveryView['channel'],
          status: row.status as DeliveryView['status'],
          sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
          readAt: null,
          printedAt: null,
          returnedAt: null,
        },
      };
      byDelivery.set(row.id, entry);
    }
    if (!row.kind || !row.event_time) continue;
    for (const [field, kinds] of Object.entries(firstTimeOf) as [
      keyof typeof firstTimeOf,
      readonly string[],
    ][]) {
      // The rows come in time order: the first event of a kind is its time.
      if (kinds.includes(row.kind) && entry.view[field] === null) {
        entry.view[field] = new Date(row.event_time).toISOString();
      }
    }
  }
  const result = new Map<string, DeliveryView[]>();
  for (const { decisionId, view } of byDelivery.values()) {
    result.set(decisionId, [...(result.get(decisionId) ?? []), view]);
  }
  return result;
}
