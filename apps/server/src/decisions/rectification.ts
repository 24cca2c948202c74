// Requests for rectification (oikaisuvaatimus, HL 49 a–g §). Within 30 days of being notified of a decision the
// client asks for it to be rectified, with reasons and files. The request becomes a case of its own (kind
// `rectification`, sent at once, in the work queue with the usual 7-working-day deadline), carrying a copy of the
// original application's content so the calculation can be prefilled, and linked to the decision. The files the
// client added for it (uploaded to the decided application as correspondence) move to the new case.
import { decisionDueDate, helsinkiDate, type IsoDate, type Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { ApplicationCase } from '../applications/application-case.ts';
import { type CitizenActor, historyActor, loadCase } from '../applications/application-case.ts';
import {
  insertApplicationRow,
  insertStatusHistory,
  nextReferenceSequence,
} from '../applications/applications.repository.ts';
import { referenceNumber } from '../applications/submit-application.ts';
import { moveWaitingFilesToApplication } from '../attachments/attachments.repository.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { HttpProblem, notFound } from '../http/problem.ts';
import { enqueue, topics } from '../outbox/outbox.ts';
import {
  findRectificationRequestOfDecision,
  insertRectificationRequest,
  lockDecisionOfPerson,
} from './decisions.repository.ts';
import { notificationOf } from './notification.ts';

/**
 * The last day to ask for rectification: 30 days from the notification (notification.ts), counted from the day the
 * decision was sent — for the e-services account the decision's day, for a letter the day it was mailed in a print
 * batch. A paper letter not yet mailed is counted as if mailed on the decision's day (the earliest it can be), until
 * its batch gives the real day.
 */
export function rectificationDeadline(decision: {
  decidedAt: Date;
  delivery: 'electronic' | 'paper';
  mailedAt: Date | null;
}): IsoDate {
  const sentOn = helsinkiDate(
    decision.delivery === 'paper' ? (decision.mailedAt ?? decision.decidedAt) : decision.decidedAt,
  );
  return notificationOf(decision.delivery, sentOn).rectificationDeadline;
}

export interface RectificationInput {
  decisionId: string;
  reasons: string;
  attachmentIds: readonly string[];
  language: Language;
}

/** Creates the rectification case; call inside a transaction (the idempotent request's). */
export async function requestRectification(
  db: Db,
  actor: CitizenActor,
  input: RectificationInput,
  now: Date,
): Promise<ApplicationCase> {
  const decision = await lockDecisionOfPerson(db, input.decisionId, actor.person.id);
  if (!decision) throw notFound('There is no such decision.');
  const deadline = rectificationDeadline({
    decidedAt: new Date(decision.decided_at),
    delivery: decision.delivery,
    mailedAt: decision.mailed_at ? new Date(decision.mailed_at) : null,
  });
  const today = helsinkiDate(now);
  if (today > deadline) {
    throw new HttpProblem(409, translate(input.language, 'rectification.tooLate', { date: deadline }), {
      type: 'rectification-too-late',
    });
  }
  const existing = await findRectificationRequestOfDecision(db, decision.id);
  if (existing) {
    throw new HttpProblem(409, translate(input.language, 'rectification.alreadyRequested'), {
      type: 'rectification-exists',
    });
  }
  const reasons = input.reasons.trim();
  if (reasons === '') {
    const message = translate(input.language, 'rectification.noReasons');
    throw new HttpProblem(400, message, { errors: [{ path: 'reasons', message }] });
  }

  const row = await insertApplicationRow(db, {
    person_id: actor.person.id,
    kind: 'rectification',
    status: 'submitted',
    content: JSON.stringify(decision.content),
    reference_number: referenceNumber(today.slice(0, 4), await nextReferenceSequence(db)),
    urgent: false,
    submitted_at: now,
    due_date: decisionDueDate(now, false),
    created_at: now,
    updated_at: now,
  });
  await insertRectificationRequest(db, {
    application_id: row.id,
    decision_id: decision.id,
    reasons,
    requested_at: now,
  });
  await insertStatusHistory(db, {
    applicationId: row.id,
    status: 'submitted',
    previousStatus: null,
    changedAt: now,
    actor: historyActor(actor),
  });
  if (input.attachmentIds.length > 0) {
    // The client's files waiting on the decided application become the rectification case's own files.
    const moved = await moveWaitingFilesToApplication(db, {
      attachmentIds: input.attachmentIds,
      fromApplicationId: decision.application_id,
      toApplicationId: row.id,
      personId: actor.person.id,
    });
    const found = new Set(moved.map((file) => file.id));
    const invalid = input.attachmentIds.flatMap((id, index) => (found.has(id) ? [] : [index]));
    if (invalid.length > 0) {
      const message = translate(input.language, 'correspondence.unknownFile');
      throw new HttpProblem(400, message, {
        errors: invalid.map((index) => ({ path: `attachmentIds.${index}`, message })),
      });
    }
  }
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'rectification.request',
      subjectPersonId: actor.person.id,
      objectType: 'application',
      objectId: row.id,
      details: { decisionId: decision.id, attachments: input.attachmentIds.length, dueDate: row.due_date },
    },
    now,
  );
  await enqueue(db, topics.applicationReceived, { personId: actor.person.id, applicationId: row.id }, now);
  return loadCase(db, row);
}
