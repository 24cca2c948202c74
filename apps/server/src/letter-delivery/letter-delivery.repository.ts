// SQL of the letters' delivery through Suomi.fi Messages (migration 0035): the delivery made with the decision, what
// the job needs to send it, the outcome, the service's events and the events poller's continuation token.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export type DeliveryChannel = 'suomifi_electronic' | 'suomifi_paper' | 'local_print' | 'eservice';
export type DeliveryStatus = 'pending' | 'sent' | 'local' | 'read' | 'returned_to_sender';
export type DeliveryEventKind =
  | 'sent'
  | 'electronic_created'
  | 'read'
  | 'receipt_confirmed'
  | 'paper_created'
  | 'printed'
  | 'posti_receipt_confirmed'
  | 'returned_to_sender'
  | 'posti_unresolved';

/** In the decision's transaction: the letter's delivery, pending; its id is the message's externalId. */
export async function insertLetterDelivery(trx: Db, decisionId: string, now: Date): Promise<string> {
  const row = await trx
    .insertInto('letter_delivery')
    .values({ decision_id: decisionId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The pending delivery with what sending it needs (the letter, the recipient's identity code, the decision's
 * delivery choice and its print batch, if any); the decision's row is locked so a print batch cannot take it meanwhile.
 */
export async function lockPendingDelivery(trx: Db, deliveryId: string) {
  return trx
    .selectFrom('letter_delivery as ld')
    .innerJoin('decision as d', 'd.id', 'ld.decision_id')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .leftJoin('decision_document as doc', 'doc.decision_id', 'd.id')
    .select([
      'ld.id',
      'ld.status',
      'd.id as decision_id',
      'd.delivery',
      'd.print_batch_id',
      'd.language',
      'p.personal_identity_code',
      'doc.pdf',
      'doc.letter_data',
    ])
    .where('ld.id', '=', deliveryId)
    .forUpdate('d')
    .executeTakeFirst();
}

/** Keeps a paper decision out of the local print queue while its letter goes through Suomi.fi (or gives it back). */
export async function setDecisionMailedAt(trx: Db, decisionId: string, mailedAt: Date | null): Promise<void> {
  await trx
    .updateTable('decision')
    .set({ mailed_at: mailedAt })
    .where('id', '=', decisionId)
    .where('print_batch_id', 'is', null)
    .execute();
}

export async function recordDeliveryOutcome(
  trx: Db,
  deliveryId: string,
  outcome: {
    channel: DeliveryChannel;
    status: DeliveryStatus;
    messageId: string | null;
    sentAt: Date | null;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('letter_delivery')
    .set({
      channel: outcome.channel,
      status: outcome.status,
      message_id: outcome.messageId,
      sent_at: outcome.sentAt,
    })
    .where('id', '=', deliveryId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The decision's delivery while it is pending. */
export async function findPendingDeliveryOfDecision(trx: Db, decisionId: string) {
  return trx
    .selectFrom('letter_delivery')
    .select('id')
    .where('decision_id', '=', decisionId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Letters mailed in a local print batch: their pending deliveries went by the batch, nothing is sent. */
export async function recordDeliveriesPrintedLocally(trx: Db, decisionIds: readonly string[]): Promise<void> {
  if (decisionIds.length === 0) return;
  await trx
    .updateTable('letter_delivery')
    .set({ channel: 'local_print', status: 'local' })
    .where('decision_id', 'in', decisionIds)
    .where('status', '=', 'pending')
    .execute();
}

/** The application a decision is on, as a case event carries it. */
export async function findApplicationOfDecision(trx: Db, decisionId: string) {
  return trx
    .selectFrom('decision as d')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select(['a.id', 'a.person_id', 'a.status', 'a.reference_number', 'a.due_date', 'a.urgent'])
    .where('d.id', '=', decisionId)
    .executeTakeFirstOrThrow();
}

/** An event of a delivery; the same event (kind and time) a second time changes nothing. */
export async function insertDeliveryEvent(
  trx: Db,
  deliveryId: string,
  kind: DeliveryEventKind,
  eventTime: Date,
): Promise<void> {
  await trx
    .insertInto('letter_delivery_event')
    .values({ delivery_id: deliveryId, kind, event_time: eventTime })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function setDeliveryStatus(trx: Db, deliveryId: string, status: DeliveryStatus): Promise<void> {
  await trx.updateTable('letter_delivery').set({ status }).where('id', '=', deliveryId).execute();
}

/** The delivery an event of the service concerns: by our externalId (a uuid), else by the service's message id. */
export async function findDeliveryForEvent(
  trx: Db,
  externalId: string | undefined,
  messageId: string | undefined,
) {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (externalId && uuid.test(externalId)) {
    const row = await trx
      .selectFrom('letter_delivery')
      .select(['id', 'status'])
      .where('id', '=', externalId)
      .executeTakeFirst();
    if (row) return row;
  }
  if (!messageId) return undefined;
  return trx
    .selectFrom('letter_delivery')
    .select(['id', 'status'])
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

/** The continuation token, locked until the events read from it are stored. */
export async function lockEventCursor(trx: Db): Promise<string | undefined> {
  const row = await trx
    .selectFrom('suomifi_event_cursor')
    .select('continuation_token')
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirst();
  return row?.continuation_token;
}

export async function readEventCursor(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('suomifi_event_cursor')
    .select('continuation_token')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.continuation_token;
}

export async function storeEventCursor(trx: Db, token: string, now: Date): Promise<void> {
  await trx
    .insertInto('suomifi_event_cursor')
    .values({ id: 1, continuation_token: token, updated_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ continuation_token: token, updated_at: now }))
    .execute();
}

/** The deliveries of these decisions with the times of their events, for the decision's representation. */
export async function listDeliveriesOfDecisions(db: Db, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('letter_delivery as ld')
    .innerJoin('decision as d', 'd.id', 'ld.decision_id')
    .leftJoin('letter_delivery_event as e', 'e.delivery_id', 'ld.id')
    .select([
      'ld.id',
      'ld.decision_id',
      'ld.channel',
      'ld.status',
      'ld.sent_at',
      'd.decided_at',
      'd.delivery',
      'd.mailed_at',
      'd.print_batch_id',
      'e.kind',
      'e.event_time',
    ])
    .where('ld.decision_id', 'in', decisionIds)
    .orderBy('ld.created_at')
    .orderBy('e.event_time')
    .execute();
}

/** The session advisory lock of the events poller (any constant; 'SFEV' in ASCII). */
const EVENTS_POLL_LOCK = 0x53464556;

/**
 * Takes the events poller's session lock on this connection, without waiting: false when another session holds
 * it. Held until releaseEventsPollLock on the same connection, or until the session ends (a process that dies
 * releases it).
 */
export async function tryEventsPollLock(connection: Db): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    select pg_try_advisory_lock(${sql.lit(EVENTS_POLL_LOCK)}) as locked`.execute(connection);
  return rows[0]?.locked === true;
}

export async function releaseEventsPollLock(connection: Db): Promise<void> {
  await sql`select pg_advisory_unlock(${sql.lit(EVENTS_POLL_LOCK)})`.execute(connection);
}
