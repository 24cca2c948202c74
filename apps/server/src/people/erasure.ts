// Erasure of a person's data on request (the GDPR API's DELETE, in the form Helsinki profile uses).
//
// What the law requires to be kept is never deleted: a sent application (whatever its status now, withdrawn too),
// with its decisions, letters, information requests, messages and files, is a social welfare client record, kept
// for the time the Act on Client Documents in Social Welfare (254/2015) sets; so is the audit trail (append-only).
// A person with any such record is REFUSED (403, RECORDS_MUST_BE_KEPT, the reasons in fi/sv/en).
//
// What is not a record is deleted, also when the request is refused (GDPR art. 17(3) exempts data only "to the
// extent that processing is necessary" for a legal obligation, so the rest must go; the reasons say so):
// - drafts (never sent: not records) with their files,
// - the person's own files uploaded to a sent application but never sent with an answer or a message,
// - sessions (the person is signed out everywhere) and stored idempotency answers,
// - the e-mail address and notification choice (and electronic-only delivery goes back to letters by mail, so a
//   person who keeps a case does not miss a decision because the e-mail is gone).
// When nothing has to be kept the deletion is allowed (204) and the person row is also minimised: address and
// phone go. The row itself (name, personal identity code) stays, because the audit trail that must be kept names
// it (the foreign key from audit_event), and a later sign-in finds the same person.
//
// A dry run reads the same plan and answers the same (204 or the 403), deleting nothing. Both are audited
// (`gdpr.delete`, with dryRun).

import { deleteApplications } from '../applications/index.ts';
import { deleteAttachmentRows } from '../attachments/index.ts';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PersonRow } from '../db/schema.ts';
import {
  countIdempotencyKeysOfPerson,
  countSessionsOfPerson,
  deleteSessionsAndIdempotencyKeysOfPerson,
  eraseContactDetails,
  listFilePlacesOfPerson,
  lockApplicationStatusesOfPerson,
} from './persons.repository.ts';

export interface ErasurePlan {
  /** Sent applications (records the law requires to be kept). Any: the deletion is refused. */
  keptApplications: number;
  draftIds: string[];
  draftFiles: number;
  /** The person's uploads to sent applications that were never sent with an answer or a message. */
  unsentFiles: string[];
  sessions: number;
  idempotencyKeys: number;
  contactDetails: boolean;
}

export interface ErasureOutcome {
  allowed: boolean;
  plan: ErasurePlan;
  /** Storage keys of the deleted files: delete the bytes after the commit. */
  removedStorageKeys: string[];
}

/** Reads what would be deleted and what must be kept, with the person's applications locked. */
export async function planErasure(trx: Db, person: PersonRow): Promise<ErasurePlan> {
  const applications = await lockApplicationStatusesOfPerson(trx, person.id);
  const draftIds = applications.filter((row) => row.status === 'draft').map((row) => row.id);
  const files = await listFilePlacesOfPerson(trx, person.id);
  const drafts = new Set(draftIds);
  const unsentFiles = files
    .filter(
      (file) =>
        !drafts.has(file.application_id) &&
        file.purpose === 'correspondence' &&
        file.uploaded_by_staff_id === null &&
        file.information_request_id === null &&
        file.message_id === null,
    )
    .map((file) => file.id);
  const sessions = await countSessionsOfPerson(trx, person.id);
  const keys = await countIdempotencyKeysOfPerson(trx, person.id);
  return {
    keptApplications: applications.length - draftIds.length,
    draftIds,
    draftFiles: files.filter((file) => drafts.has(file.application_id)).length,
    unsentFiles,
    sessions,
    idempotencyKeys: keys,
    contactDetails: person.email !== null || person.email_notifications || person.electronic_delivery,
  };
}

/**
 * Plans and (unless a dry run) deletes, in the caller's transaction, with the audit row. The caller deletes the
 * returned files' bytes after the commit (removeStoredFiles); until then they wait in stored_file_removal.
 */
export async function erasePersonData(
  trx: Db,
  audit: AuditContext,
  person: PersonRow,
  options: { dryRun: boolean },
  now: Date,
): Promise<ErasureOutcome> {
  const plan = await planErasure(trx, person);
  const allowed = plan.keptApplications === 0;
  const removedStorageKeys: string[] = [];
  if (!options.dryRun) {
    removedStorageKeys.push(...(await deleteAttachmentRows(trx, { applicationIds: plan.draftIds })));
    for (const attachmentId of plan.unsentFiles) {
      removedStorageKeys.push(...(await deleteAttachmentRows(trx, { attachmentId })));
    }
    await deleteApplications(trx, plan.draftIds);
    await deleteSessionsAndIdempotencyKeysOfPerson(trx, person.id);
    await eraseContactDetails(trx, person.id, allowed, now);
  }
  await recordAudit(
    trx,
    audit,
    {
      action: 'gdpr.delete',
      subjectPersonId: person.id,
      objectType: 'person',
      objectId: person.id,
      outcome: allowed ? 'success' : 'denied',
      details: {
        dryRun: options.dryRun,
        allowed,
        keptApplications: plan.keptApplications,
        drafts: plan.draftIds,
        draftFiles: plan.draftFiles,
        unsentFiles: plan.unsentFiles.length,
        sessions: plan.sessions,
        idempotencyKeys: plan.idempotencyKeys,
        contactDetails: plan.contactDetails,
        personMinimised: allowed,
      },
    },
    now,
  );
  return { allowed, plan, removedStorageKeys };
}
