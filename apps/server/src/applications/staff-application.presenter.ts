// The staff side's representations: the work queue's items and counts, and the whole case.
import { attentionReasons, helsinkiDate, isFinalStatus, languages } from '@tuki/domain';
import { z } from 'zod';
import { informationRequestSchema } from '../correspondence/index.ts';
import { decisionSchema, rectificationSchema } from '../decisions/index.ts';
import { documentRetention, type RetentionRules } from '../shared/document-retention.ts';
import { pageOf } from '../shared/pagination.ts';
import {
  applicationContentApiSchema,
  applicationKindSchema,
  applicationStatusSchema,
  contentVersionSchema,
  permittedActionsSchema,
  presentCaseRecords,
} from './application.presenter.ts';
import { attachmentSchema } from './attachments-hook.ts';
import { permittedActionsOf } from './case-permissions.ts';
import { contentOf, contentVersionOf } from './content.ts';
import { type CaseReader, dueStateOf, type QueueCounts, type QueueRow } from './queue.ts';
import type { StaffCase } from './staff-case.ts';

export const staffNameSchema = z
  .object({ id: z.uuid(), firstName: z.string(), lastName: z.string() })
  .meta({ id: 'StaffName' });

const applicantSchema = z
  .object({ personId: z.uuid(), firstName: z.string(), lastName: z.string() })
  .meta({ id: 'Applicant' });

const dueStateSchema = z
  .enum(['overdue', 'due_today', 'upcoming'])
  .describe('overdue: the due date has passed without a decision; due_today: due today (Helsinki)')
  .meta({ id: 'DueState' });

const attentionReasonSchema = z.enum(attentionReasons).meta({ id: 'AttentionReason' });

const attentionItemSchema = z
  .object({
    reason: attentionReasonSchema,
    id: z.uuid().describe('The letter’s delivery (address_needed) or the payment (payment_rejected)'),
    decisionId: z.uuid(),
    since: z.iso.datetime().nullable().describe('When the letter came back, or the payment was rejected'),
    payment: z
      .object({
        payeeKind: z.enum(['client', 'landlord']),
        payeeName: z.string(),
        amountCents: z.number().int(),
        ibanEnd: z.string().describe('The last four characters of the rejected account number'),
        rejectionCode: z.string().nullable().describe('The bank’s reason code, e.g. AC04 (closed account)'),
        rejectionReason: z.string().nullable().describe('The bank’s reason as text'),
      })
      .nullable()
      .describe('With payment_rejected: the payment'),
  })
  .meta({ id: 'AttentionItem' });

export const queueItemSchema = z
  .object({
    id: z.uuid(),
    referenceNumber: z.string().nullable(),
    applicant: applicantSchema,
    kind: applicationKindSchema,
    status: applicationStatusSchema,
    submittedAt: z.iso.datetime(),
    dueDate: z.iso.date(),
    dueState: dueStateSchema,
    urgent: z.boolean(),
    assignee: staffNameSchema.nullable(),
    unreadMessageCount: z.number().int().min(0),
    possibleDuplicate: z
      .boolean()
      .describe(
        'Another open or decided application of the same person or family (spouse by identity code) for the same month',
      ),
    attention: z
      .array(attentionReasonSchema)
      .describe(
        'What went wrong after the decision and no one has seen to yet: address_needed (a decision letter came ' +
          'back to the sender), payment_rejected (the bank rejected a payment)',
      ),
    paymentRejectionCode: z
      .string()
      .nullable()
      .describe(
        'With payment_rejected: the bank’s reason code (ISO 20022, e.g. AC04 closed account), if it gave one',
      ),
  })
  .meta({ id: 'QueueItem' });

export const queueCountsSchema = z
  .object({
    all: z.number().int().min(0),
    mine: z.number().int().min(0),
    unassigned: z.number().int().min(0),
    overdue: z.number().int().min(0),
    urgent: z.number().int().min(0),
    possibleDuplicates: z.number().int().min(0),
    needsAttention: z
      .number()
      .int()
      .min(0)
      .describe(
        'Needing attention after the decision, in any status (the search applies, not the status filter)',
      ),
  })
  .describe('How many applications each filter would show, with the status filter and the search applied')
  .meta({ id: 'QueueCounts' });

export const queuePageSchema = pageOf(queueItemSchema)
  .extend({ counts: queueCountsSchema })
  .meta({ id: 'ApplicationQueuePage' });

export const staffApplicationSchema = z
  .object({
    id: z.uuid(),
    referenceNumber: z.string().nullable(),
    kind: applicationKindSchema,
    status: applicationStatusSchema,
    applicant: applicantSchema,
    submittedAt: z.iso.datetime(),
    dueDate: z.iso.date(),
    dueState: dueStateSchema,
    urgent: z.boolean(),
    assignee: staffNameSchema.nullable(),
    content: applicationContentApiSchema,
    contentVersion: contentVersionSchema,
    statusHistory: z
      .array(
        z.object({
          status: applicationStatusSchema,
          changedAt: z.iso.datetime(),
          actor: z.object({
            type: z.enum(['person', 'staff', 'api_client', 'system']),
            staff: staffNameSchema.nullable().describe('The staff user, when a staff user made the change'),
          }),
        }),
      )
      .describe('Every status the application has had, oldest first'),
    attachments: z.array(attachmentSchema),
    openedBy: z
      .array(staffNameSchema.extend({ firstOpenedAt: z.iso.datetime(), lastOpenedAt: z.iso.datetime() }))
      .describe('The staff users who have opened the case (from the audit trail), first opener first'),
    informationRequests: z
      .array(informationRequestSchema)
      .describe('Requests for more information and their answers, oldest first'),
    unreadMessageCount: z.number().int().min(0).describe('Messages from the client that no one has read'),
    decisions: z.array(decisionSchema).describe('The decisions on the application, with their letters'),
    client: z
      .object({ language: z.enum(languages), electronicDelivery: z.boolean() })
      .describe('The language of the client’s letters, and whether decisions go only electronically'),
    rectification: rectificationSchema
      .nullable()
      .describe('For a request for rectification: what it concerns'),
    mergedInto: z
      .object({ id: z.uuid(), referenceNumber: z.string().nullable() })
      .nullable()
      .describe('When closed as a duplicate: the application it was merged into'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    permittedActions: permittedActionsSchema(
      'The actions the signed-in staff user may take on the case now (none for an API client)',
    ),
    attention: z
      .array(attentionItemSchema)
      .describe(
        'What went wrong after the decision and no one has seen to yet (resolveApplicationAttention)',
      ),
  })
  .meta({ id: 'StaffApplication' });

export type QueueItemView = z.infer<typeof queueItemSchema>;
export type StaffApplicationView = z.infer<typeof staffApplicationSchema>;

export function presentQueueItem(row: QueueRow, today: string): QueueItemView {
  return {
    id: row.id,
    referenceNumber: row.reference_number,
    applicant: { personId: row.person_id, firstName: row.person_first_name, lastName: row.person_last_name },
    kind: row.kind,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    dueDate: row.due_date,
    dueState: dueStateOf(row, today),
    urgent: row.urgent,
    assignee:
      row.assignee_id !== null
        ? {
            id: row.assignee_id,
            firstName: row.assignee_first_name ?? '',
            lastName: row.assignee_last_name ?? '',
          }
        : null,
    unreadMessageCount: row.unread_messages,
    possibleDuplicate: row.possible_duplicate,
    attention: [
      ...(row.address_needed ? (['address_needed'] as const) : []),
      ...(row.payment_rejection_code !== null ? (['payment_rejected'] as const) : []),
    ],
    paymentRejectionCode: row.payment_rejection_code === '' ? null : row.payment_rejection_code,
  };
}

export function presentQueueCounts(counts: QueueCounts): QueueCounts {
  return { ...counts };
}

export function presentStaffApplication(
  found: StaffCase,
  today: string,
  reader: CaseReader,
): StaffApplicationView {
  const { row } = found;
  const dueDate = row.due_date ?? '';
  return {
    id: row.id,
    referenceNumber: row.reference_number,
    kind: row.kind,
    status: row.status,
    applicant: found.applicant,
    submittedAt: (row.submitted_at ?? row.created_at).toISOString(),
    dueDate,
    dueState: dueStateOf({ due_date: dueDate, status: row.status }, today),
    urgent: row.urgent,
    assignee: found.assignee,
    content: contentOf(row),
    contentVersion: contentVersionOf(row),
    statusHistory: found.history.map((entry) => ({
      status: entry.status,
      changedAt: entry.changed_at.toISOString(),
      actor: { type: entry.actor_type, staff: entry.staff },
    })),
    attachments: [...found.attachments],
    openedBy: found.openedBy.map((entry) => ({
      id: entry.id,
      firstName: entry.firstName,
      lastName: entry.lastName,
      firstOpenedAt: entry.firstOpenedAt.toISOString(),
      lastOpenedAt: entry.lastOpenedAt.toISOString(),
    })),
    ...presentCaseRecords(found, today, 'staff'),
    client: found.client,
    mergedInto: found.mergedInto,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    permittedActions: 'staffUser' in reader ? permittedActionsOf(row, reader) : [],
    attention: found.attention.map((item) => ({
      reason: item.reason,
      id: item.id,
      decisionId: item.decisionId,
      since: item.since?.toISOString() ?? null,
      payment: item.payment,
    })),
  };
}

/**
 * The view with each attachment's, decision's and letter's classification from the retention plan; the last day of
 * retention counts from the day the case was closed (its last change to a final status, in Helsinki).
 */
export function withDocumentRetention(
  view: StaffApplicationView,
  rules: RetentionRules,
): StaffApplicationView {
  const closing = isFinalStatus(view.status)
    ? view.statusHistory.findLast((entry) => isFinalStatus(entry.status))
    : undefined;
  const closedOn = closing ? helsinkiDate(new Date(closing.changedAt)) : null;
  return {
    ...view,
    attachments: view.attachments.map((attachment) => ({
      ...attachment,
      retention: documentRetention(rules, 'attachment', closedOn),
    })),
    decisions: view.decisions.map((decision) => ({
      ...decision,
      retention: documentRetention(rules, 'decision', closedOn),
      letterRetention: documentRetention(rules, 'letter', closedOn),
    })),
  };
}
