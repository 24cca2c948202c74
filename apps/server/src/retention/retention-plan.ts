// The city's retention plan (tiedonohjaussuunnitelma) as data: one row per record type, seeded by migration 0039
// with the defaults of @tuki/domain; an archivist or admin reads and changes it. Each change is audited with the
// values before and after.
import { type PublicityClass, type RecordType, retentionPlanRoles, type StaffRole } from '@tuki/domain';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RetentionRule, RetentionRules } from '../shared/document-retention.ts';
import { Forbidden, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import {
  listRetentionPlanRows,
  lockRetentionPlanRow,
  updateRetentionPlanRow,
} from './retention.repository.ts';

/** The staff user acting on retention, with the request's audit context. */
export interface RetentionActor {
  staffUser: { id: string; roles: readonly StaffRole[] };
  audit: AuditContext;
}

export type RetentionPlanRow = Awaited<ReturnType<typeof listRetentionPlanRows>>[number];

/** 403 `retention-role-required` unless the actor has one of the roles. */
export function requireRetentionRole(actor: RetentionActor, roles: readonly StaffRole[], what: string): void {
  if (!actor.staffUser.roles.some((role) => roles.includes(role)))
    throw new Forbidden(`Only ${roles.join(' or ')} may ${what}.`, { code: 'retention-role-required' });
}

export const retentionRuleOf = (row: RetentionPlanRow): RetentionRule => ({
  recordType: row.record_type,
  publicity: row.publicity,
  publicityBasis: row.publicity_basis,
  personalData: row.personal_data,
  retentionYears: row.retention_years,
  basis: row.retention_basis,
});

/** The plan's rules by record type (what documents are classified with). */
export async function readRetentionRules(db: Db): Promise<RetentionRules> {
  const rows = await listRetentionPlanRows(db);
  return new Map(rows.map((row) => [row.record_type, retentionRuleOf(row)]));
}

export async function getRetentionPlan(db: Db, actor: RetentionActor, now: Date) {
  requireRetentionRole(actor, retentionPlanRoles, 'read the retention plan');
  const rows = await listRetentionPlanRows(db);
  await recordAudit(db, actor.audit, { action: 'retention_plan.read', objectType: 'retention_plan' }, now);
  return rows;
}

export interface RetentionPlanChange {
  recordType: RecordType;
  ifMatch: string | undefined;
  publicity: PublicityClass;
  publicityBasis: string;
  personalData: boolean;
  retentionYears: number;
  basis: string;
}

export const retentionPlanTag = (row: Pick<RetentionPlanRow, 'record_type' | 'version'>) =>
  entityTag(row.record_type, row.version);

export async function updateRetentionPlan(
  db: Db,
  actor: RetentionActor,
  change: RetentionPlanChange,
  now: Date,
) {
  requireRetentionRole(actor, retentionPlanRoles, 'change the retention plan');
  return inTransaction(db, async (trx) => {
    const before = await lockRetentionPlanRow(trx, change.recordType);
    if (!before) throw notFound('No such record type in the retention plan.');
    assertIfMatch(change.ifMatch, retentionPlanTag(before));
    const after = await updateRetentionPlanRow(
      trx,
      change.recordType,
      {
        publicity: change.publicity,
        publicity_basis: change.publicityBasis,
        personal_data: change.personalData,
        retention_years: change.retentionYears,
        retention_basis: change.basis,
      },
      actor.staffUser.id,
      now,
    );
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'retention_plan.update',
        objectType: 'retention_plan',
        objectId: change.recordType,
        details: { before: retentionRuleOf(before), after: retentionRuleOf(after) },
      },
      now,
    );
    return after;
  });
}
