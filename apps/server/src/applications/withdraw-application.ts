import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordEvent } from '../events/record-event.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { type ApplicationCase, type CitizenActor, historyActor, loadCase } from './application-case.ts';
import { requireCasePermission } from './case-permissions.ts';
import { lockOwnApplication } from './lock.ts';
import { changeStatus } from './status-change.ts';

export async function withdrawApplication(
  db: Db,
  actor: CitizenActor,
  input: { applicationId: string; ifMatch: string | undefined },
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const current = await lockOwnApplication(trx, input.applicationId, actor.person.id);
    requireCasePermission('withdraw', current, actor, {
      afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
    });
    const row = await changeStatus(trx, current, 'withdrawn', historyActor(actor), now);
    await recordEvent(
      trx,
      {
        kind: 'application.withdrawn',
        application: row,
        actor: actor.audit,
        statusChanges: [{ from: current.status, to: 'withdrawn' }],
        payload: {},
      },
      now,
    );
    return loadCase(trx, row);
  });
}
