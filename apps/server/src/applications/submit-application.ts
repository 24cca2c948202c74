// Sending an application: the completeness check (400 listing every issue in the user's language), then
// `submitted` with a reference number, the arrival time and the decision's due date.
import {
  CONTENT_VERSION,
  checkApplicationComplete,
  decisionDueDate,
  helsinkiDate,
  type Language,
  type ValidationIssue,
} from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertIfMatch, entityTag } from '../http/etag.ts';
import { type FieldError, HttpProblem } from '../http/problem.ts';
import { enqueue, topics } from '../outbox/outbox.ts';
import { type ApplicationCase, type CitizenActor, historyActor, loadCase } from './application-case.ts';
import { nextReferenceSequence } from './applications.repository.ts';
import { contentOf, withPersonRecord } from './content.ts';
import { lockOwnApplication } from './lock.ts';
import { assertStatusChange, changeStatus } from './status-change.ts';

export const referenceNumber = (year: string, sequence: number) =>
  `TT-${year}-${String(sequence).padStart(6, '0')}`;

export function completenessErrors(issues: readonly ValidationIssue[], language: Language): FieldError[] {
  return issues.map((issue) => ({
    path: `content.${issue.path}`,
    message: translate(language, `validation.${issue.code}`),
    code: issue.code,
  }));
}

export async function submitApplication(
  db: Db,
  actor: CitizenActor,
  input: { applicationId: string; ifMatch: string | undefined; language: Language },
  now: Date,
): Promise<ApplicationCase> {
  return inTransaction(db, async (trx) => {
    const current = await lockOwnApplication(trx, input.applicationId, actor.person.id);
    assertStatusChange(current.status, 'submitted');
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const today = helsinkiDate(now);
    const content = withPersonRecord(contentOf(current), actor.person);
    const issues = checkApplicationComplete(content, today);
    if (issues.length > 0) {
      throw new HttpProblem(400, translate(input.language, 'validation.summary'), {
        type: 'application-incomplete',
        errors: completenessErrors(issues, input.language),
      });
    }
    const urgent = content.urgent === true;
    const row = await changeStatus(trx, current, 'submitted', historyActor(actor), now, {
      content,
      // Checked by the current version's rules above, whatever version the draft was started on.
      contentVersion: CONTENT_VERSION,
      urgent,
      referenceNumber: referenceNumber(today.slice(0, 4), await nextReferenceSequence(trx)),
      submittedAt: now,
      dueDate: decisionDueDate(now, urgent),
    });
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'application.submit',
        subjectPersonId: actor.person.id,
        objectType: 'application',
        objectId: row.id,
        details: { referenceNumber: row.reference_number, dueDate: row.due_date, urgent },
      },
      now,
    );
    await enqueue(trx, topics.applicationReceived, { personId: actor.person.id, applicationId: row.id }, now);
    return loadCase(trx, row);
  });
}
