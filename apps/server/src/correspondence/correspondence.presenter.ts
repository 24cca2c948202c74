// The API's representations of information requests and messages, the same for the client and for staff (the
// client sees staff names as the sender and requester, as in any letter from the office).
import { informationItemCodes, isLateInformationRequest } from '@tuki/domain';
import { z } from 'zod';
import { attachmentSchema, presentAttachment } from '../attachments/index.ts';
import { pageOf } from '../shared/pagination.ts';
import type { InformationRequestRecord, MessageRecord } from './correspondence.repository.ts';

const staffNameSchema = z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() });

export const informationItemSchema = z
  .object({
    code: z
      .enum(informationItemCodes)
      .describe('A common item (its text is shown in the reader’s language), or `other` with a description'),
    description: z.string().nullable().describe('The caseworker’s own words; required for `other`'),
  })
  .meta({ id: 'InformationRequestItem' });

export const informationRequestSchema = z
  .object({
    id: z.uuid(),
    message: z.string(),
    dueDate: z.iso.date().describe('The date by which the client is asked to answer'),
    createdAt: z.iso.datetime(),
    requestedBy: staffNameSchema,
    items: z.array(informationItemSchema),
    reason: z
      .string()
      .nullable()
      .describe('Why information was asked again (a second or later request); null on the first'),
    afterSeventhWorkingDay: z
      .boolean()
      .describe(
        'Made after the 7th working day from the application’s arrival (TTL 14 a §: missing information ' +
          'should be asked for by then)',
      ),
    state: z
      .enum(['open', 'overdue', 'answered'])
      .describe('overdue: unanswered after its due date (Finnish time)'),
    answer: z
      .object({
        message: z.string(),
        answeredAt: z.iso.datetime(),
        attachments: z.array(attachmentSchema),
      })
      .nullable(),
  })
  .meta({ id: 'InformationRequest' });

export const messageSchema = z
  .object({
    id: z.uuid(),
    sender: z.object({
      type: z.enum(['person', 'staff']).describe('person: the client; staff: the office'),
      staff: staffNameSchema.nullable(),
    }),
    body: z.string(),
    sentAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable().describe('When the other side first read it (the read receipt)'),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: 'Message' });

export const messagePageSchema = pageOf(messageSchema)
  .extend({ unreadCount: z.number().int().min(0).describe('Messages from the other side not yet read') })
  .meta({ id: 'MessagePage' });

export type InformationRequestView = z.infer<typeof informationRequestSchema>;
export type MessageView = z.infer<typeof messageSchema>;

/** `today` is the current date in Finland. */
export function presentInformationRequest(
  record: InformationRequestRecord,
  today: string,
): InformationRequestView {
  const answered = record.answeredAt !== null;
  return {
    id: record.id,
    message: record.message,
    dueDate: record.dueDate,
    createdAt: record.createdAt.toISOString(),
    requestedBy: record.requestedBy,
    items: record.items,
    reason: record.reason,
    afterSeventhWorkingDay:
      record.applicationArrivedAt !== null &&
      isLateInformationRequest(record.applicationArrivedAt, record.createdAt),
    state: answered ? 'answered' : record.dueDate < today ? 'overdue' : 'open',
    answer:
      record.answeredAt !== null
        ? {
            message: record.answerMessage ?? '',
            answeredAt: record.answeredAt.toISOString(),
            attachments: record.attachments.map(presentAttachment),
          }
        : null,
  };
}

export function presentMessage(record: MessageRecord): MessageView {
  return {
    id: record.id,
    sender: { type: record.senderType, staff: record.senderStaff },
    body: record.body,
    sentAt: record.sentAt.toISOString(),
    readAt: record.readAt?.toISOString() ?? null,
    attachments: record.attachments.map(presentAttachment),
  };
}
