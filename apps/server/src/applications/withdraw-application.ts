// Withdrawing an application: possible in any status before a decision (409 after a decision or a withdrawal).
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertIfMatch, entityTag } from '../http/etag.ts';
import { type ApplicationCase, type CitizenActor, historyActor, loadCase } from './application-case.ts';
import { lockOwnApplication } from './lock.ts';
import { assertStatusChange, changeStatus } from './status-change.ts';

export async function withdrawApplication(
  db: Db,
  actor: CitizenActor,
  input: { applicationId: string; ifMatch: string | undefined },
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const current = await lockOwnApplication(trx, input.applicationId, actor.person.id);
    assertStatusChange(current.status, 'withdrawn');
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const row = await changeStatus(trx, current, 'withdrawn', historyActor(actor), now);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.withdraw',
        subjectPersonId: actor.person.id,
        objectType: 'application',
        objectId: row.id,
        details: { previousStatus: current.status },
      },
      now,
    );
    return loadCase(trx, row);
  });
}
