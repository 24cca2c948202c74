// Creating a draft and saving its content. The applicant's identity always comes from the person record.
import { type ApplicationContent, type ApplicationKind, CONTENT_VERSION } from '@tuki/domain';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { type ApplicationCase, type CitizenActor, historyActor, loadCase } from './application-case.ts';
import { insertApplication, insertStatusHistory, updateApplication } from './applications.repository.ts';
import { prefilledContent, withPersonRecord } from './content.ts';
import { lockEditableApplicationOfPerson } from './lock.ts';

export async function createApplicationDraft(
  db: Db,
  actor: CitizenActor,
  input: { kind: ApplicationKind },
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const row = await insertApplication(trx, {
      personId: actor.person.id,
      kind: input.kind,
      content: prefilledContent(actor.person),
      contentVersion: CONTENT_VERSION,
      now,
    });
    await insertStatusHistory(trx, {
      applicationId: row.id,
      status: 'draft',
      previousStatus: null,
      changedAt: now,
      actor: historyActor(actor),
    });
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.create',
        subjectPersonId: actor.person.id,
        objectType: 'application',
        objectId: row.id,
        details: { kind: input.kind, contentVersion: CONTENT_VERSION },
      },
      now,
    );
    return loadCase(trx, row);
  });
}

/**
 * Replaces the content of a draft (404 not theirs, 409 not a draft, 412 stale If-Match). A draft started on an
 * earlier content version is accepted (its schema reads every version, so nothing typed is lost) and becomes the
 * current version: it is sent, and checked, as the form of today.
 */
export async function updateApplicationDraft(
  db: Db,
  actor: CitizenActor,
  input: { applicationId: string; content: ApplicationContent; ifMatch: string | undefined },
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const current = await lockEditableApplicationOfPerson(trx, input.applicationId, actor.person.id);
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const row = await updateApplication(
      trx,
      current.id,
      { content: withPersonRecord(input.content, actor.person), contentVersion: CONTENT_VERSION },
      now,
    );
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.update',
        subjectPersonId: actor.person.id,
        objectType: 'application',
        objectId: row.id,
        details: {
          version: row.version,
          ...(current.content_version !== CONTENT_VERSION
            ? { contentVersion: CONTENT_VERSION, previousContentVersion: current.content_version }
            : {}),
        },
      },
      now,
    );
    return loadCase(trx, row);
  });
}
