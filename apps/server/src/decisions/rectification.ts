// Requests for rectification (oikaisuvaatimus, HL 49 a–g §). Within 30 days of being notified of a decision the
// client asks for it to be rectified, with reasons and files. The request becomes a case of its own (kind
// `rectification`, sent at once, in the work queue with the usual 7-working-day deadline), carrying a copy of the
// original application's content so the calculation can be prefilled, and linked to the decision. The files the
// client added for it (uploaded to the decided application as correspondence) move to the new case.
import { decisionDueDate, helsinkiDate, type Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { ApplicationCase } from '../applications/index.ts';
import {
  type CitizenActor,
  historyActor,
  insertApplicationRow,
  insertStatusHistory,
  loadCase,
  nextReferenceSequence,
  referenceNumber,
} from '../applications/index.ts';
import { moveWaitingFilesToApplication } from '../attachments/index.ts';
import type { Db } from '../db/database.ts';
import { recordEvent } from '../events/record-event.ts';
import { deliveriesOfDecisions } from '../letter-delivery/index.ts';
import { Conflict, InvalidInput, notFound } from '../shared/errors.ts';
import {
  findRectificationRequestOfDecision,
  insertRectificationRequest,
  lockDecisionOfPerson,
} from './decisions.repository.ts';
import { deliveryFactsOf, rectificationDeadline } from './notification.ts';

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
  const deliveries = (await deliveriesOfDecisions(db, [decision.id])).get(decision.id) ?? [];
  const deadline = rectificationDeadline({
    decidedAt: new Date(decision.decided_at),
    delivery: decision.delivery,
    batchMailedAt: decision.print_batch_id && decision.mailed_at ? new Date(decision.mailed_at) : null,
    deliveries: deliveries.map(deliveryFactsOf),
  });
  const today = helsinkiDate(now);
  if (today > deadline) {
    throw new Conflict(translate(input.language, 'rectification.tooLate', { date: deadline }), {
      code: 'rectification-too-late',
    });
  }
  const existing = await findRectificationRequestOfDecision(db, decision.id);
  if (existing) {
    throw new Conflict(translate(input.language, 'rectification.alreadyRequested'), {
      code: 'rectification-exists',
    });
  }
  const reasons = input.reasons.trim();
  if (reasons === '') {
    const message = translate(input.language, 'rectification.noReasons');
    throw new InvalidInput(message, { errors: [{ path: 'reasons', message }] });
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
      throw new InvalidInput(message, {
        errors: invalid.map((index) => ({ path: `attachmentIds.${index}`, message })),
      });
    }
  }
  await recordEvent(
    db,
    {
      kind: 'rectification.requested',
      application: row,
      actor: actor.audit,
      statusChanges: [{ from: null, to: 'submitted' }],
      payload: { decisionId: decision.id, attachments: input.attachmentIds.length },
    },
    now,
  );
  return loadCase(db, row);
}
