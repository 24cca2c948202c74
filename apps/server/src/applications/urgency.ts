// Marking a case urgent or not (setApplicationUrgency). TTL 14 a §: an urgent case is decided on the next working
// day after it arrived, any other on the 7th; the decision due date follows the change in the same transaction.
import {
  addWorkingDays,
  DECISION_WORKING_DAYS,
  decisionDueDateAfterDeadline,
  helsinkiDate,
  type IsoDate,
  nextWorkingDay,
} from '@tuki/domain';
import { listInformationRequests } from '../correspondence/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordEvent } from '../events/record-event.ts';
import { invalidInput, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { findSentApplication, updateApplication } from './applications.repository.ts';
import { requireCasePermission } from './case-permissions.ts';
import type { StaffActor } from './staff-actor.ts';
import { loadStaffCase, type StaffCase } from './staff-case.ts';

/** The longest reason. */
export const MAX_URGENCY_REASON = 2000;

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/**
 * The decision due date after the change. The case "arrived" when it was sent, or when the client last answered a
 * request for information (the deadline runs again from the answer). Urgent: the next working day after that, but
 * never before the next working day after today (a case made urgent late cannot be due in the past). Not urgent:
 * the 7th working day after it. While a request for information is open, its extension stays: the due date is
 * never earlier than the 7th working day after the deadline given to the client (as requestInformation sets it).
 */
export function dueDateWithUrgency(
  application: Pick<ApplicationRow, 'submitted_at' | 'status'>,
  requests: readonly { dueDate: string; answeredAt: Date | null }[],
  urgent: boolean,
  now: Date,
): IsoDate {
  const answers = requests.flatMap((request) => (request.answeredAt ? [request.answeredAt.getTime()] : []));
  const sent = new Date(application.submitted_at ?? now).getTime();
  const arrival = helsinkiDate(new Date(Math.max(sent, ...answers)));
  let due = urgent
    ? later(nextWorkingDay(arrival), nextWorkingDay(helsinkiDate(now)))
    : addWorkingDays(arrival, DECISION_WORKING_DAYS);
  const open = requests.find((request) => request.answeredAt === null);
  if (application.status === 'waiting_for_information' && open) {
    due = later(due, decisionDueDateAfterDeadline(open.dueDate));
  }
  return due;
}

export async function setUrgency(
  db: Db,
  actor: StaffActor,
  input: { applicationId: string; urgent: boolean; reason: string; ifMatch: string | undefined },
  now: Date,
): Promise<StaffCase> {
  const reason = input.reason.trim();
  if (reason === '') {
    throw invalidInput('Give the reason for the change.', [
      { path: 'reason', code: 'required', message: 'is required' },
    ]);
  }
  return inTransaction(db, async (trx) => {
    const current = await findSentApplication(trx, input.applicationId, true);
    if (!current) throw notFound('There is no such application.');
    requireCasePermission('setUrgency', current, actor, {
      afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
    });
    const requests = await listInformationRequests(trx, current.id);
    const dueDate = dueDateWithUrgency(current, requests, input.urgent, now);
    const row = await updateApplication(trx, current.id, { urgent: input.urgent, dueDate }, now);
    await recordEvent(
      trx,
      {
        kind: 'application.urgency_changed',
        application: row,
        actor: actor.audit,
        statusChanges: [],
        payload: {
          previousUrgent: current.urgent,
          previousDueDate: current.due_date,
          reason,
        },
      },
      now,
    );
    return loadStaffCase(trx, row);
  });
}
