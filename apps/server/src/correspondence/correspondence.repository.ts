// SQL of the correspondence between the client and the office: information requests with their items and the
// files of the answers, the message thread with its files, and the unread counts.
import type { InformationItemCode } from '@tuki/domain';
import type { Insertable } from 'kysely';
import type { AttachmentRow, AttachmentTable } from '../attachments/index.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

export interface InformationRequestRecord {
  id: string;
  applicationId: string;
  requestedBy: { id: string; firstName: string; lastName: string };
  message: string;
  dueDate: string;
  createdAt: Date;
  answerMessage: string | null;
  answeredAt: Date | null;
  /** Why a further request was made; null on the first. */
  reason: string | null;
  /** When the application arrived, for whether the request came after the 7th working day. */
  applicationArrivedAt: Date | null;
  items: { code: InformationItemCode; description: string | null }[];
  attachments: AttachmentRow[];
}

export interface MessageRecord {
  id: string;
  applicationId: string;
  senderType: 'person' | 'staff';
  senderStaff: { id: string; firstName: string; lastName: string } | null;
  body: string;
  sentAt: Date;
  readAt: Date | null;
  attachments: AttachmentRow[];
}

const attachmentTable = (db: Db) => db.withTables<{ attachment: AttachmentTable }>();

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row);
    if (id === null) continue;
    const list = groups.get(id) ?? [];
    list.push(row);
    groups.set(id, list);
  }
  return groups;
}

/** The information requests of an application, oldest first, with their items and the answer's files. */
export async function listInformationRequests(
  db: Db,
  applicationId: string,
): Promise<InformationRequestRecord[]> {
  const requests = await db
    .selectFrom('information_request')
    .innerJoin('staff_user', 'staff_user.id', 'information_request.requested_by')
    .selectAll('information_request')
    .innerJoin('application', 'application.id', 'information_request.application_id')
    .select(['staff_user.first_name', 'staff_user.last_name', 'application.submitted_at'])
    .where('information_request.application_id', '=', applicationId)
    .orderBy('information_request.created_at')
    .orderBy('information_request.id')
    .execute();
  if (requests.length === 0) return [];
  const ids = requests.map((request) => request.id);
  const items = await db
    .selectFrom('information_request_item')
    .selectAll()
    .where('request_id', 'in', ids)
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  const files = await attachmentTable(db)
    .selectFrom('attachment')
    .selectAll()
    .where('information_request_id', 'in', ids)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  const itemsOf = groupBy(items, (item) => item.request_id);
  const filesOf = groupBy(files, (file) => file.information_request_id);
  return requests.map((request) => ({
    id: request.id,
    applicationId: request.application_id,
    requestedBy: { id: request.requested_by, firstName: request.first_name, lastName: request.last_name },
    message: request.message,
    dueDate: request.due_date,
    createdAt: new Date(request.created_at),
    answerMessage: request.answer_message,
    answeredAt: request.answered_at ? new Date(request.answered_at) : null,
    reason: request.reason,
    applicationArrivedAt: request.submitted_at ? new Date(request.submitted_at) : null,
    items: (itemsOf.get(request.id) ?? []).map((item) => ({
      code: item.code,
      description: item.description,
    })),
    attachments: filesOf.get(request.id) ?? [],
  }));
}

/** A page of the thread, oldest first, after the keyset position when given (or the one message asked for). */
export async function listMessageRecords(
  db: Db,
  applicationId: string,
  page: { limit: number; after?: { sentAt: Date; id: string }; messageId?: string },
): Promise<MessageRecord[]> {
  let query = db
    .selectFrom('message')
    .leftJoin('staff_user', 'staff_user.id', 'message.sender_staff_id')
    .selectAll('message')
    .select(['staff_user.first_name', 'staff_user.last_name'])
    .where('message.application_id', '=', applicationId);
  if (page.messageId !== undefined) query = query.where('message.id', '=', page.messageId);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('message.sent_at', '>', after.sentAt),
        eb.and([eb('message.sent_at', '=', after.sentAt), eb('message.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('message.sent_at').orderBy('message.id').limit(page.limit).execute();
  const ids = rows.map((row) => row.id);
  const files =
    ids.length === 0
      ? []
      : await attachmentTable(db)
          .selectFrom('attachment')
          .selectAll()
          .where('message_id', 'in', ids)
          .orderBy('uploaded_at')
          .orderBy('id')
          .execute();
  const filesOf = groupBy(files, (file) => file.message_id);
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.application_id,
    senderType: row.sender_type,
    senderStaff:
      row.sender_staff_id !== null
        ? { id: row.sender_staff_id, firstName: row.first_name ?? '', lastName: row.last_name ?? '' }
        : null,
    body: row.body,
    sentAt: new Date(row.sent_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
    attachments: filesOf.get(row.id) ?? [],
  }));
}

/** How many messages from the other side the reader has not read. */
export async function countUnreadMessages(
  db: Db,
  applicationId: string,
  reader: 'person' | 'staff',
): Promise<number> {
  const row = await db
    .selectFrom('message')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', applicationId)
    .where('sender_type', '=', reader === 'person' ? 'staff' : 'person')
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the other side's unread messages read; returns how many. */
export async function markMessagesRead(
  db: Db,
  applicationId: string,
  reader: 'person' | 'staff',
  now: Date,
): Promise<number> {
  const updated = await db
    .updateTable('message')
    .set({ read_at: now })
    .where('application_id', '=', applicationId)
    .where('sender_type', '=', reader === 'person' ? 'staff' : 'person')
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return updated.length;
}

/**
 * Links waiting correspondence files to an answer or a message. Every id must name a file of this application
 * that the sender uploaded and has not sent yet; the positions of those that do not are returned.
 */
export async function linkCorrespondenceFiles(
  db: Db,
  input: {
    applicationId: string;
    attachmentIds: readonly string[];
    uploader: { kind: 'person' } | { kind: 'staff'; staffId: string };
    link: { informationRequestId: string } | { messageId: string };
  },
): Promise<{ invalid: number[] }> {
  if (input.attachmentIds.length === 0) return { invalid: [] };
  const files = await attachmentTable(db)
    .selectFrom('attachment')
    .select(['id'])
    .where('application_id', '=', input.applicationId)
    .where('id', 'in', [...input.attachmentIds])
    .where('purpose', '=', 'correspondence')
    .where('information_request_id', 'is', null)
    .where('message_id', 'is', null)
    .where(
      'uploaded_by_staff_id',
      input.uploader.kind === 'staff' ? '=' : 'is',
      input.uploader.kind === 'staff' ? input.uploader.staffId : null,
    )
    .forUpdate()
    .execute();
  const found = new Set(files.map((file) => file.id));
  const invalid = input.attachmentIds.flatMap((id, index) => (found.has(id) ? [] : [index]));
  if (invalid.length > 0) return { invalid };
  await attachmentTable(db)
    .updateTable('attachment')
    .set(
      'informationRequestId' in input.link
        ? { information_request_id: input.link.informationRequestId }
        : { message_id: input.link.messageId },
    )
    .where('id', 'in', [...input.attachmentIds])
    .execute();
  return { invalid: [] };
}

export async function countInformationRequests(db: Db, applicationId: string): Promise<number> {
  const earlier = await db
    .selectFrom('information_request')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return Number(earlier.count);
}

/** Creates the request with its items (in the order given); returns its id. */
export async function insertInformationRequest(
  db: Db,
  values: Insertable<Database['information_request']>,
  items: { code: InformationItemCode; description: string | null }[],
): Promise<{ id: string }> {
  const request = await db
    .insertInto('information_request')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('information_request_item')
    .values(
      items.map((item, position) => ({
        request_id: request.id,
        position,
        code: item.code,
        description: item.description,
      })),
    )
    .execute();
  return request;
}

/** The request of this application, locked until the transaction ends. */
export async function lockInformationRequest(
  db: Db,
  requestId: string,
  applicationId: string,
): Promise<{ id: string; answered_at: Date | null } | undefined> {
  return db
    .selectFrom('information_request')
    .select(['id', 'answered_at'])
    .where('id', '=', requestId)
    .where('application_id', '=', applicationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function answerInformationRequestRow(
  db: Db,
  requestId: string,
  answer: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('information_request')
    .set({ answer_message: answer, answered_at: now })
    .where('id', '=', requestId)
    .execute();
}

export async function insertMessage(
  db: Db,
  values: Insertable<Database['message']>,
): Promise<{ id: string }> {
  return db.insertInto('message').values(values).returning('id').executeTakeFirstOrThrow();
}
