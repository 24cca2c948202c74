// The API's retention plan, destruction lists and destruction records: ids, reference numbers, record types, dates
// and counts; never content or identity codes.
import { publicityClasses, recordTypes } from '@tuki/domain';
import { z } from 'zod';
import type { DestructionListCaseRow, DestructionListRow } from './destruction-lists.ts';
import type { listDestructionListRows, listDestructionRecordRows } from './retention.repository.ts';
import type { RetentionPlanRow } from './retention-plan.ts';

export const retentionRuleSchema = z
  .object({
    recordType: z.enum(recordTypes),
    publicity: z.enum(publicityClasses),
    publicityBasis: z.string().min(1).max(500),
    personalData: z.boolean(),
    retentionYears: z
      .number()
      .int()
      .min(1)
      .max(150)
      .describe('Kept this many years after the case is closed'),
    basis: z.string().min(1).max(500).describe('The basis of the retention period'),
    etag: z.string().describe('The If-Match of updateRetentionPlan for this record type'),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'RetentionRule' });

export const retentionPlanSchema = z
  .object({ rules: z.array(retentionRuleSchema) })
  .meta({ id: 'RetentionPlan', description: 'The city’s retention plan (tiedonohjaussuunnitelma)' });

export const retentionRuleInputSchema = z
  .object({
    publicity: z.enum(publicityClasses),
    publicityBasis: z.string().trim().min(1).max(500),
    personalData: z.boolean(),
    retentionYears: z.number().int().min(1).max(150),
    basis: z.string().trim().min(1).max(500),
  })
  .meta({ id: 'RetentionRuleChange' });

export function presentRetentionRule(row: RetentionPlanRow) {
  return {
    recordType: row.record_type,
    publicity: row.publicity,
    publicityBasis: row.publicity_basis,
    personalData: row.personal_data,
    retentionYears: row.retention_years,
    basis: row.retention_basis,
    etag: `"${row.record_type}:${row.version}"`,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const documentSchema = z.object({ recordType: z.enum(recordTypes), id: z.uuid() });
const countsSchema = z
  .partialRecord(z.enum(recordTypes), z.number().int().min(0))
  .describe('How many documents of each record type');

export const destructionListSummarySchema = z
  .object({
    id: z.uuid(),
    period: z.string().describe('The month of the proposal, YYYY-MM'),
    status: z.enum(['proposed', 'approved']),
    proposedAt: z.iso.datetime(),
    proposedOn: z.iso.date().describe('Retention had ended before this day'),
    approvedAt: z.iso.datetime().nullable(),
    cases: z.number().int().min(0),
    etag: z.string().describe('The If-Match of approveDestructionList'),
  })
  .meta({ id: 'DestructionListSummary' });

export const destructionListCaseSchema = z
  .object({
    applicationId: z.uuid(),
    referenceNumber: z.string().nullable(),
    closedOn: z.iso.date(),
    destroyAfter: z.iso.date().describe('The last day of the longest retention among its documents'),
    documents: z.array(documentSchema),
    counts: countsSchema,
    outcome: z
      .enum(['destroyed', 'kept'])
      .nullable()
      .describe(
        'After approval: destroyed, or kept (no longer past retention, or tied to a case that is not)',
      ),
  })
  .meta({ id: 'DestructionListCase' });

export const destructionListSchema = destructionListSummarySchema
  .extend({
    approvedBy: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }).nullable(),
    items: z.array(destructionListCaseSchema),
  })
  .meta({ id: 'DestructionList' });

export const destructionRecordSchema = z
  .object({
    id: z.uuid(),
    listId: z.uuid(),
    applicationId: z.uuid(),
    referenceNumber: z.string().nullable(),
    closedOn: z.iso.date(),
    recordTypes: z.array(z.enum(recordTypes)),
    counts: countsSchema,
    documents: z.array(documentSchema),
    retentionYears: z.number().int(),
    retentionBasis: z.string(),
    approvedBy: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    approvedAt: z.iso.datetime(),
    destroyedAt: z.iso.datetime(),
  })
  .meta({ id: 'DestructionRecord' });

const countsOf = (documents: readonly { recordType: (typeof recordTypes)[number] }[]) => {
  const counts: Partial<Record<(typeof recordTypes)[number], number>> = {};
  for (const document of documents) counts[document.recordType] = (counts[document.recordType] ?? 0) + 1;
  return counts;
};

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentDestructionListSummary(
  row: DestructionListRow & { cases?: string | number | null },
  cases?: number,
) {
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    proposedAt: iso(row.proposed_at),
    proposedOn: row.proposed_on,
    approvedAt: row.approved_at ? iso(row.approved_at) : null,
    cases: cases ?? Number(row.cases ?? 0),
    etag: `"${row.id}:${row.version}"`,
  };
}

export const presentDestructionListSummaries = (rows: Awaited<ReturnType<typeof listDestructionListRows>>) =>
  rows.map((row) => presentDestructionListSummary(row));

export function presentDestructionList(
  list: DestructionListRow,
  cases: readonly DestructionListCaseRow[],
  approvedBy: { id: string; first_name: string; last_name: string } | undefined,
) {
  return {
    ...presentDestructionListSummary(list, cases.length),
    approvedBy: approvedBy
      ? { id: approvedBy.id, firstName: approvedBy.first_name, lastName: approvedBy.last_name }
      : null,
    items: cases.map((entry) => ({
      applicationId: entry.application_id,
      referenceNumber: entry.reference_number,
      closedOn: entry.closed_on,
      destroyAfter: entry.destroy_after,
      documents: entry.documents,
      counts: countsOf(entry.documents),
      outcome: entry.outcome,
    })),
  };
}

export function presentDestructionRecord(row: Awaited<ReturnType<typeof listDestructionRecordRows>>[number]) {
  return {
    id: row.id,
    listId: row.list_id,
    applicationId: row.application_id,
    referenceNumber: row.reference_number,
    closedOn: row.closed_on,
    recordTypes: recordTypes.filter((type) => (row.counts[type] ?? 0) > 0),
    counts: row.counts,
    documents: row.documents,
    retentionYears: row.retention_years,
    retentionBasis: row.retention_basis,
    approvedBy: { id: row.approved_by, firstName: row.first_name, lastName: row.last_name },
    approvedAt: iso(row.approved_at),
    destroyedAt: iso(row.destroyed_at),
  };
}
