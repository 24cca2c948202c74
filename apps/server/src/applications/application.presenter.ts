// Maps application rows to the API's representations: the summary in the citizen's list and the whole case.
import {
  applicationContentSchema,
  applicationKinds,
  applicationStatuses,
  caseActionNames,
  caseKinds,
  contentVersions,
  draftDeletionDate,
  permittedActions,
} from '@tuki/domain';
import { z } from 'zod';
import { informationRequestSchema, presentInformationRequest } from '../correspondence/index.ts';
import type { ApplicationRow } from '../db/schema.ts';
import {
  decisionSchema,
  presentDecision,
  presentRectification,
  rectificationSchema,
} from '../decisions/index.ts';
import { presentDecisionPayment } from '../payments/index.ts';
import { pageOf } from '../shared/pagination.ts';
import type { ApplicationCase, CaseRecords } from './application-case.ts';
import type { StatusHistoryRow } from './applications.repository.ts';
import { attachmentSchema } from './attachments-hook.ts';
import { contentOf, contentVersionOf } from './content.ts';

export const applicationStatusSchema = z.enum(applicationStatuses).meta({ id: 'ApplicationStatus' });
export const caseActionSchema = z.enum(caseActionNames).meta({
  id: 'CaseAction',
  description: 'An action on a case (who may take it, and in which statuses: packages/domain actions.ts)',
});
/** The case actions the reader of a case may take on it now (the description says who reads). */
export const permittedActionsSchema = (description: string) =>
  z.array(caseActionSchema).describe(description);
export const applicationKindSchema = z
  .enum(caseKinds)
  .meta({ id: 'ApplicationKind', description: 'rectification: a request for rectification of a decision' });
/** The kinds a citizen can start a draft of. */
export const formKindSchema = z.enum(applicationKinds).meta({ id: 'ApplicationFormKind' });
export const applicationContentApiSchema = applicationContentSchema.meta({
  id: 'ApplicationContent',
  description:
    'The citizen form: one schema for every content version (see contentVersion); partial while a draft',
});
export const contentVersionSchema = z
  .literal(contentVersions)
  .describe(
    'The version of the form the content follows: 1 (other members with a free-text relation) or 2 (adds ' +
      'electricity, the sauna fee, detached-house costs and a chosen relationship). A draft becomes the current ' +
      'version when saved or sent.',
  )
  .meta({ id: 'ApplicationContentVersion' });

const summaryFields = {
  id: z.uuid(),
  kind: applicationKindSchema,
  status: applicationStatusSchema,
  referenceNumber: z.string().nullable().describe('Given when the application is sent, e.g. TT-2026-000123'),
  submittedAt: z.iso.datetime().nullable(),
  dueDate: z.iso.date().nullable().describe('The date by which a decision is due (Finnish working days)'),
  urgent: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  draftDeletesAt: z.iso
    .date()
    .nullable()
    .describe('For an unsent draft: the date it is deleted unless changed before'),
};

export const applicationSummarySchema = z.object(summaryFields).meta({ id: 'ApplicationSummary' });
export const applicationSummaryPageSchema = pageOf(applicationSummarySchema).meta({
  id: 'ApplicationSummaryPage',
});

export const myApplicationSchema = z
  .object({
    ...summaryFields,
    content: applicationContentApiSchema,
    contentVersion: contentVersionSchema,
    statusHistory: z
      .array(z.object({ status: applicationStatusSchema, changedAt: z.iso.datetime() }))
      .describe('Every status the application has had, oldest first'),
    attachments: z.array(attachmentSchema),
    informationRequests: z
      .array(informationRequestSchema)
      .describe(
        'Requests for more information from the office, oldest first; answer with answerInformationRequest',
      ),
    decisions: z.array(decisionSchema).describe('The decisions on the application, with their letters'),
    rectification: rectificationSchema
      .nullable()
      .describe('For a request for rectification: what it concerns'),
    unreadMessageCount: z.number().int().min(0).describe('Messages from the office not yet read'),
    mergedInto: z
      .object({
        ownApplication: z.boolean().describe('Whether it is another application of the same citizen'),
        referenceNumber: z
          .string()
          .nullable()
          .describe('Its reference number; null when it is a family member’s application'),
      })
      .nullable()
      .describe('When closed as a duplicate: the application it was merged into'),
    allowedActions: z
      .object({ edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean() })
      .describe('What the citizen may do now'),
    permittedActions: permittedActionsSchema('The actions the citizen may take on the application now'),
  })
  .meta({ id: 'MyApplication' });

export type ApplicationSummaryView = z.infer<typeof applicationSummarySchema>;
export type MyApplicationView = z.infer<typeof myApplicationSchema>;

export type { StatusHistoryRow };

export function presentApplicationSummary(row: ApplicationRow): ApplicationSummaryView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    referenceNumber: row.reference_number,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    dueDate: row.due_date,
    urgent: row.urgent,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    draftDeletesAt: row.status === 'draft' ? draftDeletionDate(row.updated_at) : null,
  };
}

/**
 * A case's correspondence and decisions, as the citizen's and the staff's views of it show them; each decision
 * with its payments as `viewer` may see them.
 */
export function presentCaseRecords(records: CaseRecords, today: string, viewer: 'person' | 'staff') {
  return {
    informationRequests: records.informationRequests.map((request) =>
      presentInformationRequest(request, today),
    ),
    unreadMessageCount: records.unreadMessageCount,
    decisions: records.decisions.map((decision) => ({
      ...presentDecision(decision),
      payments: records.payments
        .filter((payment) => payment.decision_id === decision.id)
        .map((payment) => presentDecisionPayment(payment, viewer)),
    })),
    rectification: presentRectification(records.rectification),
  };
}

/** `today` is the current date in Finland. */
export function presentMyApplication(found: ApplicationCase, today: string): MyApplicationView {
  const { row, history, attachments } = found;
  // Only the applicant reads it (anyone else is told it does not exist).
  const permitted = permittedActions(
    { status: row.status, personId: row.person_id, assigneeId: row.assignee_id },
    { kind: 'citizen', personId: row.person_id },
  );
  return {
    ...presentApplicationSummary(row),
    content: contentOf(row),
    contentVersion: contentVersionOf(row),
    statusHistory: history.map((entry) => ({
      status: entry.status,
      changedAt: entry.changed_at.toISOString(),
    })),
    attachments: [...attachments],
    ...presentCaseRecords(found, today, 'person'),
    mergedInto: found.mergedInto,
    allowedActions: {
      edit: permitted.includes('editDraft'),
      submit: permitted.includes('submit'),
      withdraw: permitted.includes('withdraw'),
    },
    permittedActions: permitted,
  };
}
