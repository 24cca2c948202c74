// Finding and locking the signed-in person's own application. Another person's application is not found (404),
// so nobody learns that it exists.
import { requirePermission } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { notFound } from '../shared/errors.ts';
import { findApplicationOfPerson, lockApplicationOfPerson } from './applications.repository.ts';
import { caseForActions } from './case-permissions.ts';

const NOT_FOUND = 'There is no such application.';

export async function getOwnApplication(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow> {
  const row = await findApplicationOfPerson(db, applicationId, personId);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** The person's application, locked until the transaction ends (call inside a transaction); 404 if not theirs. */
export async function lockOwnApplication(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow> {
  const row = await lockApplicationOfPerson(db, applicationId, personId);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/**
 * The person's application locked for a change of its content or attachments: 404 when it is not theirs, 409 when
 * it can no longer be changed (it has been sent or withdrawn). Call inside a transaction.
 */
export async function lockEditableApplicationOfPerson(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<ApplicationRow> {
  const row = await lockOwnApplication(db, applicationId, personId);
  requirePermission('editDraft', caseForActions(row), { kind: 'citizen', personId });
  return row;
}
