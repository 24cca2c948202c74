import type { Db } from '../db/database.ts';
import { rowInserter } from '../db/insert-row.ts';
import type { PersonRow } from '../db/schema.ts';

export async function findNotificationChoices(
  db: Db,
  personId: string,
): Promise<Pick<PersonRow, 'email' | 'email_notifications' | 'preferred_language'> | undefined> {
  return db
    .selectFrom('person')
    .select(['email', 'email_notifications', 'preferred_language'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** The content of the person's application (for the e-mail address given in it). */
export async function findApplicationContentOfPerson(db: Db, applicationId: string, personId: string) {
  return db
    .selectFrom('application')
    .select('content')
    .where('id', '=', applicationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The record of the outbox event's e-mail, if there is one. */
export async function findNotificationSent(db: Db, outboxId: number) {
  return db
    .selectFrom('notification_sent')
    .select('state')
    .where('outbox_id', '=', outboxId)
    .executeTakeFirst();
}

export const insertNotificationSent = rowInserter('notification_sent');

/** Forgets the claim of an e-mail surely not sent, so the next attempt sends it. */
export async function deleteSendingNotification(db: Db, outboxId: number): Promise<void> {
  await db
    .deleteFrom('notification_sent')
    .where('outbox_id', '=', outboxId)
    .where('state', '=', 'sending')
    .execute();
}

/** Settles an e-mail being sent as sent (at `at`, when given) or uncertain. */
export async function setNotificationState(
  trx: Db,
  outboxId: number,
  state: 'sent' | 'uncertain',
  at?: Date,
): Promise<void> {
  await trx
    .updateTable('notification_sent')
    .set({ state, ...(at ? { sent_at: at } : {}) })
    .where('outbox_id', '=', outboxId)
    .where('state', '=', 'sending')
    .execute();
}

/** Whom a Suomi.fi notice goes to: the identity code, the language and whether they chose electronic delivery. */
export async function findNoticeRecipient(db: Db, personId: string) {
  return db
    .selectFrom('person')
    .select(['personal_identity_code', 'preferred_language', 'electronic_delivery'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/**
 * What a notice names: the application's reference number, and the information request's due date or the reference
 * of the application it was merged into.
 */
export async function findNoticeFacts(
  db: Db,
  kind: 'information_requested' | 'application_merged',
  applicationId: string,
  noticeId: string,
) {
  const application = await db
    .selectFrom('application as a')
    .leftJoin('application as merged', 'merged.id', 'a.duplicate_of')
    .select(['a.reference_number', 'merged.reference_number as merged_reference'])
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
  if (!application) return undefined;
  const request =
    kind === 'information_requested'
      ? await db
          .selectFrom('information_request')
          .select('due_date')
          .where('id', '=', noticeId)
          .where('application_id', '=', applicationId)
          .executeTakeFirst()
      : undefined;
  return {
    referenceNumber: application.reference_number ?? '',
    mergedInto: application.merged_reference ?? '',
    dueDate: request?.due_date ?? null,
  };
}

export async function findSuomifiNotice(db: Db, id: string) {
  return db.selectFrom('suomifi_notice').select(['id', 'outcome']).where('id', '=', id).executeTakeFirst();
}

/** What came of a notice; a second record of the same notice changes nothing. */
export async function insertSuomifiNotice(
  db: Db,
  values: {
    id: string;
    kind: 'information_requested' | 'application_merged';
    applicationId: string;
    outcome: 'sent' | 'no_mailbox';
    messageId: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('suomifi_notice')
    .values({
      id: values.id,
      kind: values.kind,
      application_id: values.applicationId,
      outcome: values.outcome,
      message_id: values.messageId,
      created_at: values.now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
