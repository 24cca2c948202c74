// The message thread of an application, one per application for the client and the office. Reading the thread is
// audited; marking the other side's messages read gives the read receipts; sending is one transaction with the
// files, the audit event and, for a message from the office, the outbox event of the client's e-mail.
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { CitizenActor, StaffActor } from '../applications/index.ts';
import {
  findNonDraftApplication,
  getOwnApplication,
  lockOwnApplication,
  requireCasePermission,
} from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordEvent } from '../events/record-event.ts';
import { InvalidInput, notFound } from '../shared/errors.ts';
import {
  countUnreadMessages,
  insertMessage,
  linkCorrespondenceFiles,
  listMessageRecords,
  type MessageRecord,
  markMessagesRead,
} from './correspondence.repository.ts';

/** Who is at the thread: the client (their own applications only) or a staff user with a handling role. */
export type ThreadActor = { side: 'person'; actor: CitizenActor } | { side: 'staff'; actor: StaffActor };

export interface ThreadPage {
  messages: MessageRecord[];
  hasMore: boolean;
  unreadCount: number;
}

async function findSentApplication(db: Db, who: ThreadActor, applicationId: string, lock: boolean) {
  let row: ApplicationRow | undefined;
  if (who.side === 'person') {
    row = lock
      ? await lockOwnApplication(db, applicationId, who.actor.person.id)
      : await getOwnApplication(db, applicationId, who.actor.person.id);
    if (row.status === 'draft') row = undefined;
  } else {
    row = await findNonDraftApplication(db, applicationId, lock);
  }
  if (!row) throw notFound('There is no such sent application.');
  return row;
}

export async function listThread(
  db: Db,
  who: ThreadActor,
  input: { applicationId: string; limit: number; after?: { sentAt: Date; id: string } },
  now: Date,
): Promise<ThreadPage> {
  return inTransaction(db, async (trx) => {
    const application = await findSentApplication(trx, who, input.applicationId, false);
    const records = await listMessageRecords(trx, application.id, {
      limit: input.limit + 1,
      ...(input.after ? { after: input.after } : {}),
    });
    await recordAudit(
      trx,
      who.actor.audit,
      {
        action: 'message.list',
        subjectPersonId: application.person_id,
        objectType: 'application',
        objectId: application.id,
        details: { count: Math.min(records.length, input.limit) },
      },
      now,
    );
    return {
      messages: records.slice(0, input.limit),
      hasMore: records.length > input.limit,
      unreadCount: await countUnreadMessages(trx, application.id, who.side),
    };
  });
}

/** Marks the other side's messages read (the read receipts); returns how many were marked. */
export async function markThreadRead(
  db: Db,
  who: ThreadActor,
  applicationId: string,
  now: Date,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const application = await findSentApplication(trx, who, applicationId, false);
    const marked = await markMessagesRead(trx, application.id, who.side, now);
    if (marked > 0) {
      await recordAudit(
        trx,
        who.actor.audit,
        {
          action: 'message.read',
          subjectPersonId: application.person_id,
          objectType: 'application',
          objectId: application.id,
          details: { marked },
        },
        now,
      );
    }
    return marked;
  });
}

export interface SendInput {
  applicationId: string;
  body: string;
  attachmentIds: readonly string[];
  language: Language;
}

/** Sends a message; call inside a transaction (the idempotent request's). */
export async function sendThreadMessage(
  db: Db,
  who: ThreadActor,
  input: SendInput,
  now: Date,
): Promise<MessageRecord> {
  const application = await findSentApplication(db, who, input.applicationId, true);
  requireCasePermission('sendMessage', application, who.actor);
  const body = input.body.trim();
  if (body === '' && input.attachmentIds.length === 0) {
    const message = translate(input.language, 'correspondence.emptyMessage');
    throw new InvalidInput(message, { errors: [{ path: 'body', message }] });
  }
  const staffId = who.side === 'staff' ? who.actor.staffUser.id : null;
  const inserted = await insertMessage(db, {
    application_id: application.id,
    sender_type: who.side,
    sender_staff_id: staffId,
    // A message of files only carries a dash, so the thread never shows an empty bubble.
    body: body === '' ? '–' : body,
    sent_at: now,
  });
  const linked = await linkCorrespondenceFiles(db, {
    applicationId: application.id,
    attachmentIds: input.attachmentIds,
    uploader: staffId !== null ? { kind: 'staff', staffId } : { kind: 'person' },
    link: { messageId: inserted.id },
  });
  if (linked.invalid.length > 0) {
    const message = translate(input.language, 'correspondence.unknownFile');
    throw new InvalidInput(message, {
      errors: linked.invalid.map((index) => ({ path: `attachmentIds.${index}`, message })),
    });
  }
  await recordEvent(
    db,
    {
      kind: 'message.sent',
      application,
      actor: who.actor.audit,
      statusChanges: [],
      payload: { messageId: inserted.id, senderType: who.side, attachments: input.attachmentIds.length },
    },
    now,
  );
  const [record] = await listMessageRecords(db, application.id, { limit: 1, messageId: inserted.id });
  if (!record) throw new Error('the message just sent was not found');
  return record;
}
