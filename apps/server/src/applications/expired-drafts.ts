// Unsent drafts are deleted when nobody has changed them for DRAFT_RETENTION_DAYS (the account shows the date).
// Each deletion is audited with the system as the actor, in the transaction that deletes it.
import { DRAFT_RETENTION_DAYS } from '@tuki/domain';
import { recordAudit, systemAuditContext } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { deleteApplications, lockExpiredDrafts } from './applications.repository.ts';
import { beforeApplicationsDeleted } from './attachments-hook.ts';

const BATCH = 200;

/** Deletes every expired draft, a batch per transaction; returns how many. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const changedBefore = new Date(now.getTime() - DRAFT_RETENTION_DAYS * 86_400_000);
  let deleted = 0;
  for (;;) {
    const count = await inTransaction(db, async (trx) => {
      const drafts = await lockExpiredDrafts(trx, changedBefore, BATCH);
      const ids = drafts.map((draft) => draft.id);
      await beforeApplicationsDeleted(trx, ids);
      await deleteApplications(trx, ids);
      for (const draft of drafts) {
        await recordAudit(
          trx,
          systemAuditContext,
          {
            action: 'application.delete_expired_draft',
            subjectPersonId: draft.person_id,
            objectType: 'application',
            objectId: draft.id,
            details: { lastChangedAt: draft.updated_at.toISOString(), retentionDays: DRAFT_RETENTION_DAYS },
          },
          now,
        );
      }
      return drafts.length;
    });
    deleted += count;
    if (count < BATCH) return deleted;
  }
}
