// The transactional outbox: a command writes its event with `enqueue` in its own transaction, so the event exists
// exactly when the change it announces was committed. The job worker (worker.ts) handles it afterwards.
import type { Db } from '../db/database.ts';

/** The topics the worker knows; a topic names what happened and who handles it. */
export const topics = {
  applicationReceived: 'notification.application_received',
  informationRequested: 'notification.information_requested',
  newMessage: 'notification.new_message',
  /** Written by the decision (the next part of the case handling); the e-mail is ready for it. */
  decisionMade: 'notification.decision_made',
  /** An application was closed as a duplicate (merged into another one): a short notice, no decision letter. */
  applicationMerged: 'notification.application_merged',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

export interface OutboxEvent {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** How many attempts failed before this one. */
  attempts: number;
}

/** Writes an event in the caller's transaction; it is due at once. */
export async function enqueue(
  trx: Db,
  topic: Topic,
  payload: Record<string, unknown>,
  now: Date,
): Promise<number> {
  if (!trx.isTransaction) throw new Error('enqueue must run inside the command’s transaction');
  const row = await trx
    .insertInto('outbox')
    .values({ topic, payload: JSON.stringify(payload), created_at: now, available_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
