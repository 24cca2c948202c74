// The whole case for staff (getApplication) and its assignment (assignApplication). Each runs in one transaction
// with its audit rows; an assignment that starts the handling also writes the status history.

import type { Language } from '@tuki/domain';
import { listStaffWhoOpenedApplication, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, ApplicationStatusValue } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordEvent } from '../events/record-event.ts';
import { findApplicantOfCase } from '../people/index.ts';
import { invalidInput, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { findStaffUserRoles, listStaffNames } from '../staff-users/index.ts';
import { type CaseRecords, loadCaseRecords } from './application-case.ts';
import {
  findApplicationReference,
  findSentApplication,
  insertStatusHistory,
  listStatusHistoryWithActors,
  updateAssignee,
} from './applications.repository.ts';
import { type AttachmentView, listAttachmentsOfApplication } from './attachments-hook.ts';
import { type AttentionItem, listAttention } from './attention-items.ts';
import { requireCasePermission } from './case-permissions.ts';
import type { CaseReader } from './queue.ts';
import { handlingRoles, type StaffActor, staffHistoryActor } from './staff-actor.ts';
import { assertStatusChange } from './status-change.ts';

const NOT_FOUND = 'There is no such application.';

export interface StaffName {
  id: string;
  firstName: string;
  lastName: string;
}

export interface StaffCase extends CaseRecords {
  row: ApplicationRow;
  applicant: { personId: string; firstName: string; lastName: string };
  /** The client's language (of letters and e-mails) and whether decisions go only electronically. */
  client: { language: Language; electronicDelivery: boolean };
  assignee: StaffName | null;
  history: {
    status: ApplicationStatusValue;
    changed_at: Date;
    actor_type: 'person' | 'staff' | 'api_client' | 'system';
    actor_id: string | null;
    staff: StaffName | null;
  }[];
  attachments: AttachmentView[];
  openedBy: (StaffName & { firstOpenedAt: Date; lastOpenedAt: Date })[];
  /** When closed as a duplicate: the application it was merged into. */
  mergedInto: { id: string; referenceNumber: string | null } | null;
  /** What went wrong after the decision and is not cleared yet (attention.ts). */
  attention: AttentionItem[];
}

async function findSubmitted(db: Db, applicationId: string, lock: boolean): Promise<ApplicationRow> {
  const row = await findSentApplication(db, applicationId, lock);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

async function staffNames(db: Db, ids: string[]): Promise<Map<string, StaffName>> {
  if (ids.length === 0) return new Map();
  const rows = await listStaffNames(db, ids);
  return new Map(rows.map((r) => [r.id, { id: r.id, firstName: r.first_name, lastName: r.last_name }]));
}

export async function loadStaffCase(db: Db, row: ApplicationRow): Promise<StaffCase> {
  const person = await findApplicantOfCase(db, row.person_id);
  const historyRows = await listStatusHistoryWithActors(db, row.id);
  const opened = await listStaffWhoOpenedApplication(db, row.id);
  const staffIds = new Set<string>();
  if (row.assignee_id) staffIds.add(row.assignee_id);
  for (const entry of historyRows)
    if (entry.actor_type === 'staff' && entry.actor_id) staffIds.add(entry.actor_id);
  for (const entry of opened) if (entry.actor_id) staffIds.add(entry.actor_id);
  const names = await staffNames(db, [...staffIds]);
  const openedBy = opened
    .flatMap((entry) => {
      const name = entry.actor_id ? names.get(entry.actor_id) : undefined;
      return name
        ? [
            {
              ...name,
              firstOpenedAt: new Date(entry.first as Date),
              lastOpenedAt: new Date(entry.last as Date),
            },
          ]
        : [];
    })
    .sort((x, y) => x.firstOpenedAt.getTime() - y.firstOpenedAt.getTime() || x.id.localeCompare(y.id));
  return {
    row,
    applicant: { personId: person.id, firstName: person.first_name, lastName: person.last_name },
    client: { language: person.preferred_language, electronicDelivery: person.electronic_delivery },
    assignee: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    history: historyRows.map((entry) => ({
      ...entry,
      staff: entry.actor_type === 'staff' && entry.actor_id ? (names.get(entry.actor_id) ?? null) : null,
    })),
    attachments: await listAttachmentsOfApplication(db, row.id),
    openedBy,
    ...(await loadCaseRecords(db, row, 'staff')),
    mergedInto: row.duplicate_of
      ? await findApplicationReference(db, row.duplicate_of).then((merged) => ({
          id: merged.id,
          referenceNumber: merged.reference_number,
        }))
      : null,
    attention: await listAttention(db, row.id),
  };
}

export async function getStaffCase(
  db: Db,
  actor: CaseReader,
  applicationId: string,
  now: Date,
): Promise<StaffCase> {
  return inTransaction(db, async (trx) => {
    const row = await findSubmitted(trx, applicationId, false);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.read',
        subjectPersonId: row.person_id,
        objectType: 'application',
        objectId: row.id,
      },
      now,
    );
    return loadStaffCase(trx, row);
  });
}

/**
 * Take (staffId = oneself), give to a colleague, or release (null). A handler or social worker may take an
 * unassigned case, release their own, or give their own to a colleague; anything else needs a supervisor.
 */
export async function assignApplication(
  db: Db,
  actor: StaffActor,
  input: { applicationId: string; staffId: string | null; ifMatch: string | undefined },
  now: Date,
): Promise<StaffCase> {
  return inTransaction(db, async (trx) => {
    const current = await findSubmitted(trx, input.applicationId, true);
    const me = actor.staffUser.id;
    const target = input.staffId;
    const colleague = target !== null && target !== me ? await findStaffUserRoles(trx, target) : undefined;
    const roles: readonly string[] = handlingRoles;
    const action = target === me ? 'take' : target === null ? 'release' : 'reassign';
    requireCasePermission(action, current, actor, {
      afterStatusCheck: () => {
        assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
        if (
          action === 'reassign' &&
          !(colleague?.active && colleague.roles.some((role) => roles.includes(role)))
        ) {
          throw invalidInput('The application can be given only to an active staff user who handles cases.', [
            { path: 'staffId', message: 'is not an active staff user with a handling role' },
          ]);
        }
      },
    });
    const previous = current.assignee_id;
    const startsHandling = target !== null && current.status === 'submitted';
    if (startsHandling) assertStatusChange(current.status, 'in_processing');
    const row = await updateAssignee(
      trx,
      current.id,
      { assigneeId: target, ...(startsHandling ? { status: 'in_processing' as const } : {}) },
      now,
    );
    if (startsHandling) {
      await insertStatusHistory(trx, {
        applicationId: row.id,
        status: 'in_processing',
        previousStatus: current.status,
        changedAt: now,
        actor: staffHistoryActor(actor),
      });
    }
    await recordEvent(
      trx,
      {
        kind: 'application.assigned',
        application: row,
        actor: actor.audit,
        statusChanges: startsHandling ? [{ from: current.status, to: 'in_processing' }] : [],
        payload: { previousAssigneeId: previous, assigneeId: target },
      },
      now,
    );
    return loadStaffCase(trx, row);
  });
}
