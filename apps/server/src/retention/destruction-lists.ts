// Destruction of documents whose retention has ended. Once a month the job (housekeeping) proposes a list of the
// closed cases all of whose documents are past retention (proposeDestructionList); an archivist reviews it and
// approves it (approveDestructionList; never the job). Approving destroys each case as a whole in one transaction:
// its rows are deleted (the application row too, not a tombstone: a tombstone would keep the link to the person),
// its attachments' files are queued for removal from the storage and removed after the commit, and a destruction
// record is kept (record types, reference number, document ids and counts, retention basis, approver and time;
// never content or identity codes). The audit trail is never touched: its rows about the destroyed documents stay,
// and the chain still verifies.
import {
  destroyAfter,
  destructionApproverRoles,
  helsinkiDate,
  isPastRetention,
  type RecordType,
  recordTypes,
} from '@tuki/domain';
import { deleteAttachmentRows, type FileStorage, removeStoredFiles } from '../attachments/index.ts';
import { recordAudit, recordAudits, systemAuditContext } from '../audit/index.ts';
import type { DestructionDocument } from '../db/column-types.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RetentionRules } from '../shared/document-retention.ts';
import { notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import {
  deleteCaseRows,
  findDestructionList,
  findDestructionListOfPeriod,
  findStaffName,
  insertDestructionList,
  insertDestructionListCases,
  insertDestructionRecords,
  listCaseDocuments,
  listCaseLinks,
  listClosedCasesBefore,
  listDestructionListCaseRows,
  listDestructionListRows,
  listDestructionRecordRows,
  lockClosedCases,
  lockDestructionList,
  lockDestructionProposals,
  markDestructionListApproved,
  setDestructionOutcomes,
} from './retention.repository.ts';
import { type RetentionActor, readRetentionRules, requireRetentionRole } from './retention-plan.ts';

interface ClosedCase {
  id: string;
  person_id: string;
  reference_number: string | null;
  closed_at: Date;
}

interface AssessedCase {
  row: ClosedCase;
  closedOn: string;
  destroyAfter: string;
  documents: DestructionDocument[];
  /** The longest retention of its documents, and its basis. */
  retentionYears: number;
  basis: string;
}

/** The case's documents with the last day of the longest retention among them. */
function assess(row: ClosedCase, documents: DestructionDocument[], rules: RetentionRules): AssessedCase {
  const closedOn = helsinkiDate(new Date(row.closed_at));
  let longest = { years: 0, basis: '' };
  for (const document of documents) {
    const rule = rules.get(document.recordType);
    // A record type missing from the plan is never destroyed.
    const years = rule?.retentionYears ?? Number.POSITIVE_INFINITY;
    if (years > longest.years) longest = { years, basis: rule?.basis ?? '' };
  }
  const last = Number.isFinite(longest.years)
    ? (destroyAfter(closedOn, longest.years) ?? '9999-12-31')
    : '9999-12-31';
  return {
    row,
    closedOn,
    destroyAfter: last,
    documents,
    retentionYears: longest.years,
    basis: longest.basis,
  };
}

/** Reads the cases' documents and assesses each case (the application is a document of its own). */
async function assessCases(
  db: Db,
  rows: readonly ClosedCase[],
  rules: RetentionRules,
): Promise<AssessedCase[]> {
  const documents = await listCaseDocuments(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    assess(
      row,
      [
        { recordType: 'application', id: row.id },
        ...documents
          .filter((document) => document.application_id === row.id)
          .map((document) => ({ recordType: document.record_type, id: document.id })),
      ],
      rules,
    ),
  );
}

/**
 * Keeps only the cases whose tied cases (merged duplicates, requests for rectification) are destroyable too: a case
 * and those tied to it go together or not at all.
 */
async function withTiedCases(db: Db, cases: AssessedCase[]): Promise<AssessedCase[]> {
  const ids = new Set(cases.map((entry) => entry.row.id));
  const links = await listCaseLinks(db, [...ids]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [a, b] of links) {
      if (ids.has(a) !== ids.has(b)) {
        ids.delete(a);
        ids.delete(b);
        changed = true;
      }
    }
  }
  return cases.filter((entry) => ids.has(entry.row.id));
}

/** The smallest retention of the plan: no case closed more recently can be past retention. */
function earliestClosing(rules: RetentionRules, now: Date): Date {
  const years = Math.min(...[...rules.values()].map((rule) => rule.retentionYears));
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - (Number.isFinite(years) ? years : 0));
  return before;
}

/**
 * The monthly proposal: makes this month's list of the closed cases past retention, unless the month has one
 * already or no case is due. Safe to run in several processes at once (an advisory lock, then the unique period).
 * Returns how many lists it made (0 or 1).
 */
export async function proposeDestructionList(db: Db, now: Date): Promise<number> {
  const today = helsinkiDate(now);
  const period = today.slice(0, 7);
  return inTransaction(db, async (trx) => {
    await lockDestructionProposals(trx);
    if (await findDestructionListOfPeriod(trx, period)) return 0;
    const rules = await readRetentionRules(trx);
    if (rules.size === 0) return 0;
    const closed = await listClosedCasesBefore(trx, earliestClosing(rules, now));
    const due = (await assessCases(trx, closed, rules)).filter((entry) =>
      isPastRetention(entry.destroyAfter, today),
    );
    const proposed = await withTiedCases(trx, due);
    if (proposed.length === 0) return 0;
    const list = await insertDestructionList(trx, { period, proposed_at: now, proposed_on: today });
    await insertDestructionListCases(
      trx,
      proposed.map((entry) => ({
        list_id: list.id,
        application_id: entry.row.id,
        reference_number: entry.row.reference_number,
        closed_on: entry.closedOn,
        destroy_after: entry.destroyAfter,
        documents: JSON.stringify(entry.documents),
      })),
    );
    await recordAudit(
      trx,
      systemAuditContext,
      {
        action: 'destruction_list.propose',
        objectType: 'destruction_list',
        objectId: list.id,
        details: {
          period,
          cases: proposed.length,
          documents: proposed.reduce((sum, entry) => sum + entry.documents.length, 0),
        },
      },
      now,
    );
    return 1;
  });
}

export const destructionListTag = (list: { id: string; version: number }) => entityTag(list.id, list.version);

export type DestructionListRow = NonNullable<Awaited<ReturnType<typeof findDestructionList>>>;
export type DestructionListCaseRow = Awaited<ReturnType<typeof listDestructionListCaseRows>>[number];

const readOnly = 'read destruction lists';

export async function listDestructionLists(db: Db, actor: RetentionActor, now: Date) {
  requireRetentionRole(actor, destructionApproverRoles, readOnly);
  const rows = await listDestructionListRows(db, 120);
  await recordAudit(
    db,
    actor.audit,
    { action: 'destruction_list.list', objectType: 'destruction_list' },
    now,
  );
  return rows;
}

export async function getDestructionList(db: Db, actor: RetentionActor, id: string, now: Date) {
  requireRetentionRole(actor, destructionApproverRoles, readOnly);
  const list = await findDestructionList(db, id);
  if (!list) throw notFound('No such destruction list.');
  const cases = await listDestructionListCaseRows(db, id);
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'destruction_list.read',
      objectType: 'destruction_list',
      objectId: id,
      details: { cases: cases.length },
    },
    now,
  );
  const approvedBy = list.approved_by ? await findStaffName(db, list.approved_by) : undefined;
  return { list, cases, approvedBy };
}

export async function listDestructionRecords(db: Db, actor: RetentionActor, limit: number, now: Date) {
  requireRetentionRole(actor, destructionApproverRoles, 'read destruction records');
  const rows = await listDestructionRecordRows(db, limit);
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'destruction_record.list',
      objectType: 'destruction_record',
      details: { records: rows.length },
    },
    now,
  );
  return rows;
}

const countsOf = (documents: readonly DestructionDocument[]) => {
  const counts: Partial<Record<RecordType, number>> = {};
  for (const type of recordTypes) {
    const n = documents.filter((document) => document.recordType === type).length;
    if (n > 0) counts[type] = n;
  }
  return counts;
};

/**
 * The archivist approves a proposed list: each case still past retention (by the plan as it is now) is destroyed,
 * the others are kept; the list is approved. Approving an approved list again changes nothing and returns it.
 * The attachments' files are removed from the storage after the commit (what fails is retried by housekeeping).
 */
export async function approveDestructionList(
  db: Db,
  storage: FileStorage,
  actor: RetentionActor,
  request: { id: string; ifMatch: string | undefined },
  now: Date,
) {
  requireRetentionRole(actor, destructionApproverRoles, 'approve a destruction list');
  const today = helsinkiDate(now);
  const { storageKeys, ...result } = await inTransaction(db, async (trx) => {
    const list = await lockDestructionList(trx, request.id);
    if (!list) throw notFound('No such destruction list.');
    if (list.status === 'approved') {
      return { list, cases: await listDestructionListCaseRows(trx, list.id), storageKeys: [] as string[] };
    }
    assertIfMatch(request.ifMatch, destructionListTag(list));
    const listed = await listDestructionListCaseRows(trx, list.id);
    const rules = await readRetentionRules(trx);
    const found = await lockClosedCases(
      trx,
      listed.map((entry) => entry.application_id),
    );
    const due = (await assessCases(trx, found, rules)).filter((entry) =>
      isPastRetention(entry.destroyAfter, today),
    );
    const destroyed = await withTiedCases(trx, due);
    const destroyedIds = destroyed.map((entry) => entry.row.id);
    const keptIds = listed.map((entry) => entry.application_id).filter((id) => !destroyedIds.includes(id));

    const storageKeys = await deleteAttachmentRows(trx, { applicationIds: destroyedIds });
    const batches = await deleteCaseRows(trx, destroyedIds);
    await insertDestructionRecords(
      trx,
      destroyed.map((entry) => ({
        list_id: list.id,
        application_id: entry.row.id,
        reference_number: entry.row.reference_number,
        closed_on: entry.closedOn,
        counts: JSON.stringify(countsOf(entry.documents)),
        documents: JSON.stringify(entry.documents),
        retention_years: entry.retentionYears,
        retention_basis: entry.basis,
        approved_by: actor.staffUser.id,
        approved_at: now,
        destroyed_at: now,
      })),
    );
    await setDestructionOutcomes(trx, list.id, 'destroyed', destroyedIds);
    await setDestructionOutcomes(trx, list.id, 'kept', keptIds);
    const approved = await markDestructionListApproved(trx, list.id, actor.staffUser.id, now);
    await recordAudits(
      trx,
      actor.audit,
      [
        {
          action: 'destruction_list.approve',
          objectType: 'destruction_list',
          objectId: list.id,
          details: {
            period: list.period,
            destroyed: destroyedIds.length,
            kept: keptIds.length,
            documents: destroyed.reduce((sum, entry) => sum + entry.documents.length, 0),
            files: storageKeys.length,
            paymentFiles: batches.paymentBatches,
            printBatches: batches.printBatches,
          },
        },
        ...destroyed.map((entry) => ({
          action: 'application.destroy',
          subjectPersonId: entry.row.person_id,
          objectType: 'application',
          objectId: entry.row.id,
          details: {
            listId: list.id,
            referenceNumber: entry.row.reference_number,
            counts: countsOf(entry.documents),
            retentionYears: entry.retentionYears,
          },
        })),
      ],
      now,
    );
    return { list: approved, cases: await listDestructionListCaseRows(trx, list.id), storageKeys };
  });
  try {
    await removeStoredFiles(db, storage, storageKeys);
  } catch {
    // The keys stay in stored_file_removal: the housekeeping task removes the files later.
  }
  const approvedBy = result.list.approved_by ? await findStaffName(db, result.list.approved_by) : undefined;
  return { ...result, approvedBy };
}
