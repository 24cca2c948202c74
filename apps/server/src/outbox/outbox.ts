// The transactional outbox: a job is written with `enqueue` in the command's own transaction (by the case event it
// follows from, events/case-events.ts), so the job exists exactly when the change it announces was committed. The
// job worker (worker.ts) handles it afterwards.
import type { Db } from '../db/database.ts';
import { insertOutboxJob } from './outbox.repository.ts';

/** The topics the worker knows; a topic names what happened and who handles it. */
export const topics = {
  applicationReceived: 'notification.application_received',
  informationRequested: 'notification.information_requested',
  newMessage: 'notification.new_message',
  /** Written by the decision (the next part of the case handling); the e-mail is ready for it. */
  decisionMade: 'notification.decision_made',
  /** An application was closed as a duplicate (merged into another one): a short notice, no decision letter. */
  applicationMerged: 'notification.application_merged',
  /** A decision letter to send through Suomi.fi Messages once it is rendered (letter-delivery/). */
  letterDelivery: 'letter.deliver',
  /**
   * A notice other than a decision (a request for information, an application closed as a duplicate) to the
   * client's Suomi.fi mailbox, when the service is configured and the client chose electronic communication
   * (notifications/suomifi-notice.ts).
   */
  suomifiNotice: 'notice.suomifi',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

/** The payload of each topic's job: ids only, never personal data. */
export interface JobPayloads {
  [topics.applicationReceived]: { personId: string; applicationId: string };
  [topics.informationRequested]: { personId: string; applicationId: string; informationRequestId: string };
  [topics.newMessage]: { personId: string; applicationId: string; messageId: string };
  [topics.decisionMade]: { personId: string; applicationId: string; decisionId: string };
  [topics.applicationMerged]: { personId: string; applicationId: string };
  [topics.letterDelivery]: { decisionId: string; deliveryId: string };
  /** `noticeId`: the message's externalId (the information request's id, or the closed application's). */
  [topics.suomifiNotice]: {
    kind: 'information_requested' | 'application_merged';
    personId: string;
    applicationId: string;
    noticeId: string;
  };
}

/** A job of one topic with that topic's payload. */
export type Job = { [T in Topic]: { topic: T; payload: JobPayloads[T] } }[Topic];

export interface OutboxEvent {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** How many attempts failed before this one. */
  attempts: number;
}

/** Writes an event in the caller's transaction; it is due at once. */
export async function enqueue<T extends Topic>(
  trx: Db,
  topic: T,
  payload: JobPayloads[T],
  now: Date,
): Promise<number> {
  if (!trx.isTransaction) throw new Error('enqueue must run inside the command’s transaction');
  return insertOutboxJob(trx, topic, payload, now);
}
