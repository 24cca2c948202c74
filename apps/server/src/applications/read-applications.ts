// Reading one's own applications: the list and the whole case. Each read is audited in its transaction.
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { type ApplicationCase, type CitizenActor, loadCase } from './application-case.ts';
import { type ApplicationPosition, listApplicationsOfPerson } from './applications.repository.ts';
import { getOwnApplication } from './lock.ts';

export async function listMyApplications(
  db: Db,
  actor: CitizenActor,
  page: { limit: number; after?: ApplicationPosition },
  now: Date,
): Promise<{ rows: ApplicationRow[]; hasMore: boolean }> {
  return inTransaction(db, async (trx) => {
    const result = await listApplicationsOfPerson(trx, actor.person.id, page);
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.list',
        subjectPersonId: actor.person.id,
        objectType: 'application',
        details: { count: result.rows.length },
      },
      now,
    );
    return result;
  });
}

export async function getMyApplication(
  db: Db,
  actor: CitizenActor,
  applicationId: string,
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const row = await getOwnApplication(trx, applicationId, actor.person.id);
    await recordApplicationRead(trx, actor, row.id, now);
    return loadCase(trx, row);
  });
}

export async function recordApplicationRead(
  db: Db,
  actor: CitizenActor,
  applicationId: string,
  now: Date,
  details?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'application.read',
      subjectPersonId: actor.person.id,
      objectType: 'application',
      objectId: applicationId,
      ...(details ? { details } : {}),
    },
    now,
  );
}
