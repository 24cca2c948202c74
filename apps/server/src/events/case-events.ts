// What happened to a case, once: a command records one case event in its transaction (recordEvent in
// record-event.ts), and everything that follows from it is derived from this table in that same transaction —
// the audit rows, the outbox jobs (the client's e-mails) and the webhook events for other systems. Adding a case
// action that others must hear of means adding its kind here, and nowhere else.
import type { AttentionReason, AttentionResolution } from '@tuki/domain';
import type { AuditContext, AuditEntry } from '../audit/audit-log.ts';
import type { ApplicationRow, ApplicationStatusValue, DecisionOutcomeValue } from '../db/schema.ts';
import { type Job, topics } from '../outbox/outbox.ts';
import { type EventType, eventTypes } from './events.ts';

/** A status change the command made, in the order it made them (each also has its status history row). */
export interface StatusChangeFact {
  from: ApplicationStatusValue | null;
  to: ApplicationStatusValue;
}

/** The facts each kind carries besides the application, the actor and the status changes. */
export interface CaseEventPayloads {
  'application.submitted': Record<string, never>;
  'application.withdrawn': Record<string, never>;
  /** Taken, given or released; taking a sent application starts its handling (a status change). */
  'application.assigned': { previousAssigneeId: string | null; assigneeId: string | null };
  /** Marked urgent or not; the decision due date was recomputed (the application carries the new one). */
  'application.urgency_changed': { previousUrgent: boolean; previousDueDate: string | null; reason: string };
  'application.closed_as_duplicate': { duplicateOf: { id: string; referenceNumber: string | null } };
  'information.requested': {
    informationRequestId: string;
    items: readonly string[];
    /** The date the client is asked to answer by. */
    dueDate: string;
    decisionDueDate: string;
    requestNumber: number;
    afterSeventhWorkingDay: boolean;
    /** The asker took the unassigned application with the request. */
    assignedToAsker: string | null;
  };
  'information.answered': { informationRequestId: string; attachments: number };
  'message.sent': { messageId: string; senderType: 'person' | 'staff'; attachments: number };
  'decision.made': {
    decisionId: string;
    outcome: DecisionOutcomeValue;
    month: string;
    amountCents: number;
    parametersVersion: string | null;
    delivery: 'electronic' | 'paper';
  };
  'rectification.requested': { decisionId: string; attachments: number };
  /** A payment of the application's decision went to the bank in an exported payment file. */
  'payment.sent': PaymentFact;
  /** The bank rejected a payment (its status report); `rejectionCode` e.g. AC04, a closed account. */
  'payment.failed': PaymentFact & { rejectionCode: string | null };
  /** Suomi.fi Messages accepted the decision's letter (letter-delivery/): to the mailbox, or as its paper mail. */
  'decision.delivered': {
    decisionId: string;
    deliveryId: string;
    channel: 'suomifi_electronic' | 'suomifi_paper';
  };
  /**
   * What went wrong after the decision was cleared (applications/attention.ts): a returned letter (resent with a new
   * address, or handled) or a rejected payment (corrected: back to the next batch with a new end-to-end id; or
   * handled). The new address and account number are not repeated here: they are the client's data, in their rows.
   */
  'attention.resolved': {
    reason: AttentionReason;
    resolution: AttentionResolution;
    decisionId: string;
    letterDeliveryId: string | null;
    paymentId: string | null;
    /** The rejected payment's end-to-end id, and the new one when it goes to the next batch. */
    endToEndId: string | null;
    newEndToEndId: string | null;
    note: string | null;
  };
}

/** The payment a payment event is about. */
export interface PaymentFact {
  paymentId: string;
  decisionId: string;
  batchId: string;
  amountCents: number;
}

export type CaseEventKind = keyof CaseEventPayloads;

/** The application as the command left it. */
export type CaseEventApplication = Pick<
  ApplicationRow,
  'id' | 'person_id' | 'status' | 'reference_number' | 'due_date' | 'urgent'
>;

export type CaseEvent<K extends CaseEventKind = CaseEventKind> = {
  [P in K]: {
    kind: P;
    application: CaseEventApplication;
    /** Who acted, with the request's audit context. */
    actor: AuditContext;
    statusChanges: readonly StatusChangeFact[];
    payload: CaseEventPayloads[P];
  };
}[K];

/** The webhook event a kind announces besides its status changes (each status change is `status_changed`). */
export interface OwnWebhookEvent<K extends CaseEventKind> {
  type: EventType;
  /**
   * Written before the status changes (its data carries the status before them, as for an answer or a decision)
   * or after them.
   */
  order: 'beforeStatusChanges' | 'afterStatusChanges';
  /** The ids and links of its own, added to the application's thin data. */
  data(event: CaseEvent<K>): { ids: Record<string, unknown>; links?: Record<string, string> };
}

export interface CaseEventEffects<K extends CaseEventKind> {
  /** The audit rows, in order. */
  audit(event: CaseEvent<K>): AuditEntry[];
  /** The outbox jobs. */
  jobs(event: CaseEvent<K>): Job[];
  webhook?: OwnWebhookEvent<K>;
}

const applicationObject = (event: CaseEvent) => ({
  subjectPersonId: event.application.person_id,
  objectType: 'application',
  objectId: event.application.id,
});

const firstFrom = (event: CaseEvent) => event.statusChanges[0]?.from ?? null;

const ids = (event: CaseEvent) => ({
  personId: event.application.person_id,
  applicationId: event.application.id,
});

const applicationPath = (id: string) => `/api/v1/applications/${id}`;

/** Every case event kind and what follows from it. */
export const caseEventEffects: { [K in CaseEventKind]: CaseEventEffects<K> } = {
  'application.submitted': {
    audit: (event) => [
      {
        action: 'application.submit',
        ...applicationObject(event),
        details: {
          referenceNumber: event.application.reference_number,
          dueDate: event.application.due_date,
          urgent: event.application.urgent,
        },
      },
    ],
    jobs: (event) => [{ topic: topics.applicationReceived, payload: ids(event) }],
  },
  'application.withdrawn': {
    audit: (event) => [
      {
        action: 'application.withdraw',
        ...applicationObject(event),
        details: { previousStatus: firstFrom(event) },
      },
    ],
    jobs: () => [],
  },
  'application.assigned': {
    audit: (event) => [
      { action: 'application.assign', ...applicationObject(event), details: { ...event.payload } },
      ...event.statusChanges.map((change) => ({
        action: 'application.status_change',
        ...applicationObject(event),
        details: { previousStatus: change.from, status: change.to },
      })),
    ],
    jobs: () => [],
  },
  // Only the office's own record: no e-mail, and no webhook event (the catalogue of events.ts has none for it).
  'application.urgency_changed': {
    audit: (event) => [
      {
        action: 'application.urgency_change',
        ...applicationObject(event),
        details: {
          urgent: event.application.urgent,
          dueDate: event.application.due_date,
          previousUrgent: event.payload.previousUrgent,
          previousDueDate: event.payload.previousDueDate,
          reason: event.payload.reason,
        },
      },
    ],
    jobs: () => [],
  },
  'application.closed_as_duplicate': {
    audit: (event) => [
      {
        action: 'application.close_as_duplicate',
        ...applicationObject(event),
        details: {
          previousStatus: firstFrom(event),
          duplicateOfId: event.payload.duplicateOf.id,
          duplicateOfReferenceNumber: event.payload.duplicateOf.referenceNumber,
        },
      },
    ],
    jobs: (event) => [
      { topic: topics.applicationMerged, payload: ids(event) },
      {
        topic: topics.suomifiNotice,
        payload: { kind: 'application_merged', ...ids(event), noticeId: event.application.id },
      },
    ],
  },
  'information.requested': {
    audit: (event) => {
      const { payload, application } = event;
      return [
        ...(payload.assignedToAsker
          ? [
              {
                action: 'application.assign',
                ...applicationObject(event),
                details: {
                  previousAssigneeId: null,
                  assigneeId: payload.assignedToAsker,
                  by: 'information_request',
                },
              },
            ]
          : []),
        {
          action: 'information_request.create',
          subjectPersonId: application.person_id,
          objectType: 'information_request',
          objectId: payload.informationRequestId,
          details: {
            applicationId: application.id,
            items: payload.items,
            dueDate: payload.dueDate,
            decisionDueDate: payload.decisionDueDate,
            requestNumber: payload.requestNumber,
            afterSeventhWorkingDay: payload.afterSeventhWorkingDay,
          },
        },
      ];
    },
    jobs: (event) => [
      {
        topic: topics.informationRequested,
        payload: { ...ids(event), informationRequestId: event.payload.informationRequestId },
      },
      {
        topic: topics.suomifiNotice,
        payload: {
          kind: 'information_requested',
          ...ids(event),
          noticeId: event.payload.informationRequestId,
        },
      },
    ],
    webhook: {
      type: eventTypes.informationRequested,
      order: 'afterStatusChanges',
      data: (event) => ({
        ids: { informationRequestId: event.payload.informationRequestId, dueDate: event.payload.dueDate },
      }),
    },
  },
  'information.answered': {
    audit: (event) => [
      {
        action: 'information_request.answer',
        subjectPersonId: event.application.person_id,
        objectType: 'information_request',
        objectId: event.payload.informationRequestId,
        details: {
          applicationId: event.application.id,
          attachments: event.payload.attachments,
          dueDate: event.application.due_date,
        },
      },
    ],
    jobs: () => [],
    webhook: {
      type: eventTypes.informationAnswered,
      order: 'beforeStatusChanges',
      data: (event) => ({ ids: { informationRequestId: event.payload.informationRequestId } }),
    },
  },
  'message.sent': {
    audit: (event) => [
      {
        action: 'message.send',
        subjectPersonId: event.application.person_id,
        objectType: 'message',
        objectId: event.payload.messageId,
        details: { applicationId: event.application.id, attachments: event.payload.attachments },
      },
    ],
    // The client hears of the office's messages by e-mail; their own need no e-mail.
    jobs: (event) =>
      event.payload.senderType === 'staff'
        ? [{ topic: topics.newMessage, payload: { ...ids(event), messageId: event.payload.messageId } }]
        : [],
    webhook: {
      type: eventTypes.messageSent,
      order: 'afterStatusChanges',
      data: (event) => ({
        ids: { messageId: event.payload.messageId, senderType: event.payload.senderType },
        links: { messages: `${applicationPath(event.application.id)}/messages` },
      }),
    },
  },
  'decision.made': {
    audit: (event) => {
      const { decisionId, ...details } = event.payload;
      return [
        {
          action: 'decision.create',
          subjectPersonId: event.application.person_id,
          objectType: 'decision',
          objectId: decisionId,
          details: { applicationId: event.application.id, ...details },
        },
      ];
    },
    jobs: (event) => [
      { topic: topics.decisionMade, payload: { ...ids(event), decisionId: event.payload.decisionId } },
    ],
    webhook: {
      type: eventTypes.decisionMade,
      order: 'beforeStatusChanges',
      data: (event) => ({
        ids: { decisionId: event.payload.decisionId },
        links: { decisionDocument: `/api/v1/decisions/${event.payload.decisionId}/document` },
      }),
    },
  },
  'rectification.requested': {
    audit: (event) => [
      {
        action: 'rectification.request',
        ...applicationObject(event),
        details: {
          decisionId: event.payload.decisionId,
          attachments: event.payload.attachments,
          dueDate: event.application.due_date,
        },
      },
    ],
    jobs: (event) => [{ topic: topics.applicationReceived, payload: ids(event) }],
  },
  // The batch's own audit row (payment_batch.export) names the file; these say it of each payment, about its person.
  'payment.sent': {
    audit: (event) => [paymentAudit('payment.send', event)],
    jobs: () => [],
    webhook: {
      type: eventTypes.paymentSent,
      order: 'afterStatusChanges',
      data: (event) => ({
        ids: { paymentId: event.payload.paymentId, decisionId: event.payload.decisionId },
      }),
    },
  },
  'payment.failed': {
    audit: (event) => [paymentAudit('payment.reject', event)],
    jobs: () => [],
    webhook: {
      type: eventTypes.paymentFailed,
      order: 'afterStatusChanges',
      data: (event) => ({
        ids: {
          paymentId: event.payload.paymentId,
          decisionId: event.payload.decisionId,
          rejectionCode: event.payload.rejectionCode,
        },
      }),
    },
  },
  // Recorded by the delivery job (the system): the letter's way, never its content or the address.
  'decision.delivered': {
    audit: (event) => {
      const { decisionId, ...details } = event.payload;
      return [
        {
          action: 'decision.deliver',
          subjectPersonId: event.application.person_id,
          objectType: 'decision',
          objectId: decisionId,
          details: { applicationId: event.application.id, ...details },
        },
      ];
    },
    jobs: () => [],
    webhook: {
      type: eventTypes.decisionDelivered,
      order: 'afterStatusChanges',
      data: (event) => ({
        ids: { decisionId: event.payload.decisionId, deliveryChannel: event.payload.channel },
        links: { decisionDocument: `/api/v1/decisions/${event.payload.decisionId}/document` },
      }),
    },
  },
  // Only the office's own record: no e-mail (the client gets the letter again, or the payment), and no webhook event
  // (the catalogue of events.ts has none for it; a corrected payment announces itself again when it is sent).
  'attention.resolved': {
    audit: (event) => [attentionAudit(event)],
    jobs: () => [],
  },
};

function attentionAudit(event: CaseEvent<'attention.resolved'>): AuditEntry {
  return {
    action: 'application.attention_resolve',
    ...applicationObject(event),
    details: { ...event.payload },
  };
}

function paymentAudit(action: string, event: CaseEvent<'payment.sent' | 'payment.failed'>): AuditEntry {
  const { paymentId, ...details } = event.payload;
  return {
    action,
    subjectPersonId: event.application.person_id,
    objectType: 'payment',
    objectId: paymentId,
    details: { applicationId: event.application.id, ...details },
  };
}

/** A webhook event to write: its type, time and thin data (links relative to the API, made absolute on output). */
export interface WebhookEventRecord {
  type: EventType;
  data: Record<string, unknown>;
}

/** Drafts are the citizen's own until sent: neither their creation nor their removal is announced. */
function announced(change: StatusChangeFact): boolean {
  return change.to !== 'draft' && !(change.from === 'draft' && change.to !== 'submitted');
}

/**
 * The webhook events of a case event, in order: its own event before or after one `status_changed` per status
 * change. The data is thin: the status when the event happened, the reference number, ids and links.
 */
export function webhookEventsOf<K extends CaseEventKind>(event: CaseEvent<K>): WebhookEventRecord[] {
  const { application } = event;
  const base = (status: ApplicationStatusValue | null) => ({
    applicationId: application.id,
    status,
    referenceNumber: application.reference_number,
  });
  const changes = event.statusChanges.filter(announced).map(
    (change): WebhookEventRecord => ({
      type: eventTypes.statusChanged,
      data: {
        ...base(change.to),
        previousStatus: change.from,
        links: { application: applicationPath(application.id) },
      },
    }),
  );
  const own = (caseEventEffects[event.kind] as CaseEventEffects<K>).webhook;
  if (!own) return changes;
  const before = own.order === 'beforeStatusChanges';
  const status = before ? (event.statusChanges[0]?.from ?? application.status) : application.status;
  const extra = own.data(event);
  const record: WebhookEventRecord = {
    type: own.type,
    data: {
      ...base(status),
      ...extra.ids,
      links: { application: applicationPath(application.id), ...extra.links },
    },
  };
  return before ? [record, ...changes] : [...changes, record];
}
