// The audit row of an action on one attachment: about its person, naming the attachment and its application.
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { AttachmentRow } from './attachments.repository.ts';

export async function auditAttachment(
  db: Db,
  audit: AuditContext,
  action: 'attachment.upload' | 'attachment.delete' | 'attachment.download',
  attachment: Pick<AttachmentRow, 'id' | 'person_id' | 'application_id'>,
  details: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordAudit(
    db,
    audit,
    {
      action,
      subjectPersonId: attachment.person_id,
      objectType: 'attachment',
      objectId: attachment.id,
      details: { applicationId: attachment.application_id, ...details },
    },
    now,
  );
}
