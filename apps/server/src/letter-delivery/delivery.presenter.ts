// A decision letter's delivery as the API shows it (each decision's `deliveries`): the channel, the status, the
// times the service reported, and the sending and notification days they give (decisions/notification.ts). Empty
// when Suomi.fi Messages is not configured.
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import {
  type DecisionDeliveryFacts,
  deliveryFactsOf,
  notificationOf,
  sendingOf,
} from '../decisions/notification.ts';
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
    sentOn: z.iso
      .date()
      .nullable()
      .describe(
        'The day the letter counts as sent (Helsinki time): an electronic message on the day Suomi.fi accepted ' +
          'it; Suomi.fi paper mail on the day it was sent for printing (until reported, the day it was accepted); ' +
          'the local print batch on the batch’s day; the e-services account on the decision’s day. Null while ' +
          'not sent',
      ),
    notifiedOn: z.iso
      .date()
      .nullable()
      .describe(
        'The day the client is taken to be notified by this delivery: the 3rd day after sentOn for an electronic ' +
          'message or the e-services account, the 7th for a letter by post (HL 59 §). Null while not sent',
      ),
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
  const byDelivery = new Map<
    string,
    { decisionId: string; decision: DecisionDeliveryFacts; view: DeliveryView }
  >();
  for (const row of rows) {
    let entry = byDelivery.get(row.id);
    if (!entry) {
      entry = {
        decisionId: row.decision_id,
        decision: {
          decidedAt: new Date(row.decided_at),
          delivery: row.delivery,
          batchMailedAt: row.print_batch_id && row.mailed_at ? new Date(row.mailed_at) : null,
        },
        view: {
          channel: row.channel as DeliveryView['channel'],
          status: row.status as DeliveryView['status'],
          sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
          readAt: null,
          printedAt: null,
          returnedAt: null,
          sentOn: null,
          notifiedOn: null,
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
  for (const { decisionId, decision, view } of byDelivery.values()) {
    const sending = sendingOf(decision, deliveryFactsOf(view));
    if (sending) {
      view.sentOn = sending.sentOn;
      view.notifiedOn = notificationOf(sending.channel, sending.sentOn).notifiedOn;
    }
    result.set(decisionId, [...(result.get(decisionId) ?? []), view]);
  }
  return result;
}
