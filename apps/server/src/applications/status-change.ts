// Every status change goes through here: the status machine's check (an illegal change is 409), the new status
// on the row with the version moved on, and the status history row, all in the caller's transaction.
import { assertTransition, IllegalTransition, transitionRefusal } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, ApplicationStatusValue } from '../db/schema.ts';
import { conflict } from '../shared/errors.ts';
import {
  type ApplicationChanges,
  insertStatusHistory,
  type StatusChange,
  updateApplication,
} from './applications.repository.ts';

export function assertStatusChange(from: ApplicationStatusValue, to: ApplicationStatusValue): void {
  try {
    assertTransition(from, to);
  } catch (error) {
    if (!(error instanceof IllegalTransition)) throw error;
    throw conflict(transitionRefusal(from, to));
  }
}

export async function changeStatus(
  db: Db,
  current: ApplicationRow,
  to: ApplicationStatusValue,
  actor: StatusChange['actor'],
  now: Date,
  changes: Omit<ApplicationChanges, 'status'> = {},
): Promise<ApplicationRow> {
  assertStatusChange(current.status, to);
  const row = await updateApplication(db, current.id, { ...changes, status: to }, now);
  await insertStatusHistory(db, {
    applicationId: row.id,
    status: to,
    previousStatus: current.status,
    changedAt: now,
    actor,
  });
  return row;
}
