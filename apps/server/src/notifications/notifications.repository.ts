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
