// Requests for additional information (lisäselvityspyyntö). A caseworker asks for itemised information with a
// deadline; the application waits for it and its decision deadline moves to 7 working days after that deadline
// (TTL 14 a §: "or of the deadline given"). The client answers with text and files; the application returns to
// processing and the decision is due on the 7th working day after the answer (the next one when urgent).
// Each command is one transaction with the status history, the audit events and the outbox event.
import {
  decisionDueDateAfterAnswer,
  decisionDueDateAfterDeadline,
  earliestInformationDueDate,
  helsinkiDate,
  type InformationItemCode,
  isLateInformationRequest,
  type Language,
  whyNot,
} from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { ApplicationCase, CitizenActor } from '../applications/index.ts';
import {
  caseActorOf,
  caseForActions,
  changeStatus,
  historyActor,
  loadCase,
  lockNonDraftApplication,
  lockOwnApplication,
  requireCasePermission,
  type StaffActor,
  setAssigneeKeepingVersion,
  staffHistoryActor,
} from '../applications/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import type { StatusChangeFact } from '../events/case-events.ts';
import { recordEvent } from '../events/record-event.ts';
import { conflict, InvalidInput, invalidInput, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import {
  answerInformationRequestRow,
  countInformationRequests,
  insertInformationRequest,
  linkCorrespondenceFiles,
  lockInformationRequest,
} from './correspondence.repository.ts';

/** The latest deadline a caseworker may give, in days from the request. */
export const MAX_INFORMATION_DAYS = 90;

export interface RequestInformationInput {
  applicationId: string;
  items: { code: InformationItemCode; description?: string | null | undefined }[];
  message: string;
  dueDate: string;
  /** Required when the application already has a request (a second or later one). */
  reason?: string | null | undefined;
  ifMatch: string | undefined;
  language?: Language;
}

/** The longest reason for a further request. */
export const MAX_INFORMATION_REQUEST_REASON = 2000;

async function lockSentApplication(db: Db, applicationId: string): Promise<ApplicationRow> {
  const row = await lockNonDraftApplication(db, applicationId);
  if (!row) throw notFound('There is no such application.');
  return row;
}

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T12:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** The request is refused as a whole when any item or the deadline is not acceptable (400 listing them all). */
function validateRequest(input: RequestInformationInput, now: Date): void {
  const errors: { path: string; message: string }[] = [];
  input.items.forEach((item, index) => {
    if (item.code === 'other' && !item.description?.trim()) {
      errors.push({ path: `items.${index}.description`, message: 'is required for an item of your own' });
    }
  });
  const earliest = earliestInformationDueDate(now);
  const latest = addDays(helsinkiDate(now), MAX_INFORMATION_DAYS);
  if (input.dueDate < earliest) {
    errors.push({
      path: 'dueDate',
      message: `must be ${earliest} or later (the next working day at the earliest)`,
    });
  } else if (input.dueDate > latest) {
    errors.push({ path: 'dueDate', message: `must be ${latest} or earlier` });
  }
  if (errors.length > 0) throw invalidInput('The request for information is not complete.', errors);
}

export async function requestInformation(
  db: Db,
  actor: StaffActor,
  input: RequestInformationInput,
  now: Date,
): Promise<ApplicationRow> {
  validateRequest(input, now);
  let current = await lockSentApplication(db, input.applicationId);
  requireCasePermission('askForInformation', current, actor, {
    afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
  });
  const me = actor.staffUser.id;
  // A further request needs its reason: what was missing should have been asked for at once (TTL 14 a §).
  const earlier = await countInformationRequests(db, current.id);
  const reason = input.reason?.trim() || null;
  if (earlier > 0 && reason === null) {
    const language = input.language ?? 'fi';
    throw invalidInput(translate(language, 'staffCorrespondence.requests.reasonRequired'), [
      {
        path: 'reason',
        code: 'required',
        message: translate(language, 'staffCorrespondence.requests.reasonRequired'),
      },
    ]);
  }
  const late = current.submitted_at !== null && isLateInformationRequest(new Date(current.submitted_at), now);
  const statusChanges: StatusChangeFact[] = [];
  if (current.status === 'submitted') {
    // Asking for information starts the handling: the asker takes the application.
    statusChanges.push({ from: current.status, to: 'in_processing' });
    current = await changeStatus(db, current, 'in_processing', staffHistoryActor(actor), now);
  }
  const assignedToAsker = current.assignee_id === null ? me : null;
  if (assignedToAsker) {
    // An unassigned application becomes the asker's, audited as any assignment is.
    await setAssigneeKeepingVersion(db, current.id, me);
    current = { ...current, assignee_id: me };
  }
  const afterDeadline = decisionDueDateAfterDeadline(input.dueDate);
  const dueDate =
    current.due_date !== null && current.due_date > afterDeadline ? current.due_date : afterDeadline;
  statusChanges.push({ from: current.status, to: 'waiting_for_information' });
  const row = await changeStatus(db, current, 'waiting_for_information', staffHistoryActor(actor), now, {
    dueDate,
  });
  const request = await insertInformationRequest(
    db,
    {
      application_id: row.id,
      requested_by: me,
      message: input.message,
      due_date: input.dueDate,
      created_at: now,
      reason,
    },
    input.items.map((item) => ({ code: item.code, description: item.description?.trim() || null })),
  );
  await recordEvent(
    db,
    {
      kind: 'information.requested',
      application: row,
      actor: actor.audit,
      statusChanges,
      payload: {
        informationRequestId: request.id,
        items: input.items.map((item) => item.code),
        dueDate: input.dueDate,
        decisionDueDate: dueDate,
        requestNumber: earlier + 1,
        afterSeventhWorkingDay: late,
        assignedToAsker,
      },
    },
    now,
  );
  return row;
}

export interface AnswerInput {
  applicationId: string;
  requestId: string;
  message: string;
  attachmentIds: readonly string[];
  language: Language;
}

export async function answerInformationRequest(
  db: Db,
  actor: CitizenActor,
  input: AnswerInput,
  now: Date,
): Promise<ApplicationCase> {
  const current = await lockOwnApplication(db, input.applicationId, actor.person.id);
  const request = await lockInformationRequest(db, input.requestId, current.id);
  if (!request) throw notFound('There is no such request for information.');
  if (request.answered_at !== null) {
    throw conflict(translate(input.language, 'correspondence.alreadyAnswered'));
  }
  if (whyNot('answerInformationRequest', caseForActions(current), caseActorOf(actor))?.reason === 'status') {
    throw conflict(translate(input.language, 'correspondence.closed'));
  }
  if (input.message.trim() === '' && input.attachmentIds.length === 0) {
    throw new InvalidInput(translate(input.language, 'correspondence.empty'), {
      errors: [{ path: 'message', message: translate(input.language, 'correspondence.empty') }],
    });
  }
  await answerInformationRequestRow(db, request.id, input.message.trim(), now);
  const linked = await linkCorrespondenceFiles(db, {
    applicationId: current.id,
    attachmentIds: input.attachmentIds,
    uploader: { kind: 'person' },
    link: { informationRequestId: request.id },
  });
  if (linked.invalid.length > 0) {
    throw new InvalidInput(translate(input.language, 'correspondence.unknownFile'), {
      errors: linked.invalid.map((index) => ({
        path: `attachmentIds.${index}`,
        message: translate(input.language, 'correspondence.unknownFile'),
      })),
    });
  }
  const row = await changeStatus(db, current, 'in_processing', historyActor(actor), now, {
    dueDate: decisionDueDateAfterAnswer(now, current.urgent),
  });
  await recordEvent(
    db,
    {
      kind: 'information.answered',
      application: row,
      actor: actor.audit,
      statusChanges: [{ from: current.status, to: 'in_processing' }],
      payload: { informationRequestId: request.id, attachments: input.attachmentIds.length },
    },
    now,
  );
  return loadCase(db, row);
}
