// Events for other systems, in the CloudEvents 1.0 JSON format. The rows are written from the command's case event
// in the transaction of the change (record-event.ts); this module names the types, reads the log and turns a row
// into the CloudEvent that is delivered and listed. The data is thin: the status, the reference number, ids and
// links to fetch the resource from the API, never names or identity codes.

import { allEventTypes, type EventType, sentApplicationStatuses } from '@tuki/domain';
import { z } from 'zod';
import type { EventRow } from './events.repository.ts';

export { allEventTypes, type EventType, eventTypes } from '@tuki/domain';

export const eventTypeSchema = z
  .enum(allEventTypes)
  .describe(
    'fi.tuki.application.status_changed: the application’s status changed (sent, taken into processing, ' +
      'waiting for information, decided, withdrawn, closed as a duplicate of another application); ' +
      'data.previousStatus. ' +
      'fi.tuki.application.information_requested: staff asked for additional information; ' +
      'data.informationRequestId, data.dueDate. ' +
      'fi.tuki.application.information_answered: the client answered it; data.informationRequestId. ' +
      'fi.tuki.application.message_sent: a message in the case’s thread; data.messageId, data.senderType ' +
      '(person or staff), data.links.messages. ' +
      'fi.tuki.application.decision_made: a decision was made; data.decisionId, data.links.decisionDocument. ' +
      'fi.tuki.application.payment_sent: a payment of a decision went to the bank in a payment file; ' +
      'data.paymentId, data.decisionId. ' +
      'fi.tuki.application.payment_failed: the bank rejected a payment; data.paymentId, data.decisionId, ' +
      'data.rejectionCode (e.g. AC04). ' +
      'fi.tuki.application.decision_delivered: Suomi.fi Messages accepted the decision letter, to the client’s ' +
      'mailbox or as paper mail; data.decisionId, data.deliveryChannel, data.links.decisionDocument.',
  );

const applicationStatusSchema = z.enum(sentApplicationStatuses);

export const eventDataSchema = z
  .object({
    applicationId: z.uuid(),
    status: applicationStatusSchema.describe('The application’s status when the event happened'),
    referenceNumber: z.string().nullable(),
    links: z
      .object({
        application: z.string().describe('The case: getApplication'),
        messages: z.string().optional().describe('message_sent: the thread'),
        decisionDocument: z
          .string()
          .optional()
          .describe('decision_made, decision_delivered: the letter (PDF)'),
      })
      .describe('Absolute URLs of the API resources to fetch'),
    previousStatus: z.string().nullable().optional().describe('status_changed'),
    informationRequestId: z.uuid().optional().describe('information_requested, information_answered'),
    dueDate: z.string().optional().describe('information_requested: the date to answer by'),
    messageId: z.uuid().optional().describe('message_sent'),
    senderType: z.enum(['person', 'staff']).optional().describe('message_sent'),
    decisionId: z
      .uuid()
      .optional()
      .describe('decision_made, payment_sent, payment_failed, decision_delivered'),
    paymentId: z.uuid().optional().describe('payment_sent, payment_failed'),
    rejectionCode: z
      .string()
      .nullable()
      .optional()
      .describe('payment_failed: the bank’s reason code, e.g. AC04 (closed account)'),
    deliveryChannel: z
      .enum(['suomifi_electronic', 'suomifi_paper'])
      .optional()
      .describe(
        'decision_delivered: suomifi_electronic, to the client’s Suomi.fi mailbox; suomifi_paper, printed and ' +
          'mailed by Suomi.fi',
      ),
  })
  .meta({ id: 'EventData' });

export const cloudEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.uuid().describe('Unique per event; also the webhook-id of its deliveries'),
    source: z.string().describe('This Tuki installation (its public URL)'),
    type: eventTypeSchema,
    subject: z.uuid().describe('The application id'),
    time: z.iso.datetime(),
    datacontenttype: z.literal('application/json'),
    sequence: z.string().describe('The event’s position in the log (a decimal number, increasing)'),
    data: eventDataSchema,
  })
  .meta({
    id: 'CloudEvent',
    description:
      'A CloudEvents 1.0 event (JSON format). Webhooks POST it as the body (structured mode, content type ' +
      'application/cloudevents+json) signed per Standard Webhooks.',
  });

export type CloudEvent = z.infer<typeof cloudEventSchema>;
export { type EventFilter, type EventRow, findEvent, listEvents } from './events.repository.ts';

function absolute(publicUrl: string, path: unknown): unknown {
  return typeof path === 'string' && path.startsWith('/') ? `${publicUrl}${path}` : path;
}

/** The CloudEvent of a row; links become absolute URLs under `publicUrl` (also the source). */
export function toCloudEvent(row: EventRow, publicUrl: string): CloudEvent {
  const data = { ...row.data } as Record<string, unknown>;
  const links = (data.links ?? {}) as Record<string, unknown>;
  data.links = Object.fromEntries(
    Object.entries(links).map(([key, value]) => [key, absolute(publicUrl, value)]),
  );
  return {
    specversion: '1.0',
    id: row.id,
    source: publicUrl,
    type: row.type as EventType,
    subject: row.subject,
    time: new Date(row.time).toISOString(),
    datacontenttype: 'application/json',
    sequence: String(row.seq),
    data: data as CloudEvent['data'],
  };
}
