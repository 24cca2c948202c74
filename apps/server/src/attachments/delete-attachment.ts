// deleteApplicationAttachment: an application's file while it is a draft, or a file added for an answer or a
// message until it has been sent with one. The row goes and its file is recorded for
// removal in one transaction with the audit event; the bytes are deleted right after the commit.

import { lockOwnApplication } from '../applications/index.ts';
import type { AuditContext } from '../audit/index.ts';
import type { PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { auditAttachment } from './attachment-audit.ts';
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
    const application = await lockOwnApplication(trx, applicationId, person.id);
    const attachment = await findAttachmentOfPerson(trx, attachmentId, person.id);
    if (attachment?.application_id !== applicationId || attachment.uploaded_by_staff_id !== null) {
      throw notFound('There is no such attachment.');
    }
    const sent = attachment.information_request_id !== null || attachment.message_id !== null;
    if (attachment.purpose === 'application' ? application.status !== 'draft' : sent) {
      throw conflict(
        attachment.purpose === 'application'
          ? 'The application has been sent and its files can no longer be changed.'
          : 'The file has been sent and can no longer be removed.',
      );
    }
    const removed = await deleteAttachmentRows(trx, { attachmentId });
    if (attachment.purpose === 'application') await touchApplication(trx, applicationId, now);
    const details = { category: attachment.category, sha256: attachment.sha256 };
    await auditAttachment(trx, request.audit, 'attachment.delete', attachment, details, now);
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
