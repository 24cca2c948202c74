// Sending a decision letter through Suomi.fi Messages (issue 13, point 1). The decision's transaction makes the
// delivery (pending); the transaction that stores the letter's PDF (decisions/pending-letters.ts) enqueues its
// outbox job (`letterRendered`), so the job never waits for the PDF. The job uploads the PDF, checks the recipient's
// mailbox and sends one multichannel message with the delivery's id as its externalId:
// - an active mailbox: the electronic message, visible to the recipient only;
// - no mailbox and the city's printing service configured: Suomi.fi's paper mail with an address page in front;
// - no mailbox and no printing service: nothing is sent; a paper letter stays for the local print batch, an
//   electronic one in the e-services account, as without Suomi.fi.
// The sending is an outbox effect (outside any transaction). A crash between the send and the commit leaves the
// delivery pending; the repeated job sends the same externalId and the service answers 409, which is recorded as
// sent: the letter goes once. So every failure of the effect is retried; when the worker gives up for good, the
// letter falls back to the local print batch (paper) or the e-services account, as if the service were not in use.
// A letter that has been sent is one case event, `decision.delivered` (audit row and webhook event).
import { systemAuditContext } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { recordEvent } from '../events/record-event.ts';
import { enqueue, type OutboxEvent, topics } from '../outbox/outbox.ts';
import type { OutboxHandler, OutboxHandlerResult } from '../outbox/worker.ts';
import type { SuomifiMessagesClient } from '../suomifi/index.ts';
import {
  type DeliveryChannel,
  findApplicationOfDecision,
  findPendingDeliveryOfDecision,
  insertDeliveryEvent,
  insertLetterDelivery,
  lockPendingDelivery,
  recordDeliveryOutcome,
  setDecisionMailedAt,
} from './letter-delivery.repository.ts';

/**
 * In the decision's transaction, when Suomi.fi Messages is configured: the letter's delivery, pending. Its job is
 * enqueued once the letter's PDF is stored (letterRendered).
 */
export async function planLetterDelivery(trx: Db, decisionId: string, now: Date): Promise<string> {
  return insertLetterDelivery(trx, decisionId, now);
}

/**
 * In the transaction that stores the decision's letter (and deletes its pending row, which only one transaction
 * does): the job that sends it, when the decision has a pending delivery. Nothing without Suomi.fi.
 */
export async function letterRendered(trx: Db, decisionId: string, now: Date): Promise<void> {
  const delivery = await findPendingDeliveryOfDecision(trx, decisionId);
  if (delivery) await enqueue(trx, topics.letterDelivery, { decisionId, deliveryId: delivery.id }, now);
}

export interface LetterDeliveryOptions {
  client: SuomifiMessagesClient;
  /** Whether the city has Posti's printing and enveloping service (paper mail through Suomi.fi). */
  printingService: boolean;
  /** For tests: runs after the service accepted the message and before the outcome is stored (a crash there). */
  afterSend?: (deliveryId: string) => void | Promise<void>;
}

const titles = {
  fi: 'Päätös toimeentulotuesta',
  sv: 'Beslut om utkomststöd',
  en: 'Decision on social assistance',
} as const;
const bodies = {
  fi: 'Päätöksesi on liitteenä. Voit lukea sen myös asiointipalvelussa.',
  sv: 'Ditt beslut finns i bilagan. Du kan också läsa det i e-tjänsten.',
  en: 'Your decision is attached. You can also read it in the e-services account.',
} as const;

interface Outcome {
  channel: DeliveryChannel;
  messageId: string | null;
}

/** The outbox handler of `letter.deliver`. */
export function letterDeliveryHandler(options: LetterDeliveryOptions): OutboxHandler {
  return async (event: OutboxEvent, { trx }): Promise<OutboxHandlerResult> => {
    const { deliveryId } = event.payload as { deliveryId: string };
    const row = await lockPendingDelivery(trx, deliveryId);
    if (row?.status !== 'pending') return;
    // A print batch took the letter first: it went by post; nothing to send.
    if (row.print_batch_id !== null) {
      await recordDeliveryOutcome(trx, deliveryId, {
        channel: 'local_print',
        status: 'local',
        messageId: null,
        sentAt: null,
      });
      return;
    }
    // A job made before the letter was stored (by an earlier version): storing the letter enqueues another one.
    if (!row.pdf) return;
    const pdf = row.pdf;
    const paper = row.delivery === 'paper';
    const recipientAddress = (row.letter_data as { recipient?: RecipientAddress } | null)?.recipient;
    const decisionId = row.decision_id;
    const language = row.language;
    // Out of the local print queue while the letter is on its way; given back when it stays local.
    if (paper) await setDecisionMailedAt(trx, decisionId, event.createdAt);
    let outcome: Outcome | undefined;
    return {
      effect: {
        run: async () => {
          outcome = await send(options, {
            deliveryId,
            recipientId: row.personal_identity_code,
            pdf,
            paper,
            recipientAddress,
            language,
          });
          if (outcome.channel.startsWith('suomifi')) await options.afterSend?.(deliveryId);
        },
        done: async (done, now) => {
          const result = outcome as Outcome;
          const channel = result.channel;
          const sent = channel === 'suomifi_electronic' || channel === 'suomifi_paper';
          const recorded = await recordDeliveryOutcome(done, deliveryId, {
            channel,
            status: sent ? 'sent' : 'local',
            messageId: result.messageId,
            sentAt: sent ? now : null,
          });
          if (!recorded) return;
          if (channel === 'suomifi_electronic' || channel === 'suomifi_paper') {
            await insertDeliveryEvent(done, deliveryId, 'sent', now);
            const application = await findApplicationOfDecision(done, decisionId);
            await recordEvent(
              done,
              {
                kind: 'decision.delivered',
                application,
                actor: systemAuditContext,
                statusChanges: [],
                payload: { decisionId, deliveryId, channel },
              },
              now,
            );
          } else if (paper) await setDecisionMailedAt(done, decisionId, null);
        },
        // A send is repeated with the same externalId, which the service refuses as a duplicate: always retry.
        failed: async () => 'retry',
        // Tried for the last time: the letter goes as without the service, rather than not at all.
        gaveUp: async (trx) => {
          const recorded = await recordDeliveryOutcome(trx, deliveryId, {
            channel: paper ? 'local_print' : 'eservice',
            status: 'local',
            messageId: null,
            sentAt: null,
          });
          if (recorded && paper) await setDecisionMailedAt(trx, decisionId, null);
        },
      },
    };
  };
}

interface RecipientAddress {
  name: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
}

async function send(
  options: LetterDeliveryOptions,
  letter: {
    deliveryId: string;
    recipientId: string;
    pdf: Uint8Array;
    paper: boolean;
    recipientAddress: RecipientAddress | undefined;
    language: keyof typeof titles;
  },
): Promise<Outcome> {
  const { client } = options;
  const mailbox = (await client.activeMailboxes([letter.recipientId])).has(letter.recipientId);
  const printing = options.printingService && letter.paper && letter.recipientAddress !== undefined;
  if (!mailbox && !printing) {
    return { channel: letter.paper ? 'local_print' : 'eservice', messageId: null };
  }
  const attachmentId = await client.uploadAttachment(`decision-${letter.deliveryId}.pdf`, letter.pdf);
  const address = letter.recipientAddress as RecipientAddress;
  const result = await client.sendMessage({
    externalId: letter.deliveryId,
    recipientId: letter.recipientId,
    title: titles[letter.language],
    body: bodies[letter.language],
    attachmentIds: [attachmentId],
    ...(printing && {
      paper: {
        attachmentId,
        createAddressPage: true,
        recipientAddress: {
          name: address.name,
          streetAddress: address.streetAddress,
          zipCode: address.postalCode,
          city: address.postOffice,
          countryCode: 'FI',
        },
      },
    }),
  });
  return {
    channel: mailbox ? 'suomifi_electronic' : 'suomifi_paper',
    messageId: result.messageId ?? null,
  };
}
