// deleteApplicationAttachment: while the application is a draft. The row goes and its file is recorded for
// removal in one transaction with the audit event; the bytes are deleted right after the commit.

import { lockEditableApplicationOfPerson } from '../applications/lock.ts';
import { type AuditContext, recordAudit } from '../audit/audit-log.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../http/problem.ts';
import type { AttachmentServices } from './attachment-services.ts';
import { deleteAttachmentRows, findAttachmentOfPerson, touchApplication } from './attachments.repository.ts';
import { removeStoredFiles } from './stored-file-removal.ts';

export async function deleteAttachment(
  services: AttachmentServices,
  request: { person: PersonRow; applicationId: string; attachmentId: string; audit: AuditContext },
): Promise<void> {
  const { db, storage } = services;
  const { person, applicationId, attachmentId } = request;
  const now = services.clock.now();
  const keys = await inTransaction(db, async (trx) => {
    await lockEditableApplicationOfPerson(trx, applicationId, person.id);
    const attachment = await findAttachmentOfPerson(trx, attachmentId, person.id);
    if (attachment?.application_id !== applicationId) throw notFound('There is no such attachment.');
    const removed = await deleteAttachmentRows(trx, { attachmentId });
    await touchApplication(trx, applicationId, now);
    await recordAudit(
      trx,
      request.audit,
      {
        action: 'attachment.delete',
        subjectPersonId: person.id,
        objectType: 'attachment',
        objectId: attachmentId,
        details: { applicationId, category: attachment.category, sha256: attachment.sha256 },
      },
      now,
    );
    return removed;
  });
  // A failure here is retried by the housekeeping sweep (removePendingStoredFiles).
  await removeStoredFiles(db, storage, keys).catch((error: unknown) => {
    services.log.warn(
      { err: error },
      'deleting a removed attachment file failed; it stays queued for removal',
    );
  });
}
