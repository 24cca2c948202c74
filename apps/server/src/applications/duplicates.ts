// The case view's related cases (getRelatedCases: the possible duplicates and the client's history, every
// application shown audited as a read of its person's data) and closing an application as a duplicate
// (closeApplicationAsDuplicate: merged into another application of the same person or family for the same month,
// with its status history, audit row and the client's notice; no decision and no letter).

import { recordAudits } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordEvent } from '../events/record-event.ts';
import { findPersonalIdentityCode } from '../people/index.ts';
import { invalidInput, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import {
  findApplicationOfPerson,
  findSentApplication,
  lockSentApplications,
} from './applications.repository.ts';
import { requireCasePermission } from './case-permissions.ts';
import {
  type DuplicateQuery,
  findPossibleDuplicates,
  findSentApplicationByIdOrReference,
  type HistoryRow,
  listClientHistory,
  normalizeSpouseCode,
  type PossibleDuplicateRow,
} from './duplicates.repository.ts';
import type { CaseReader } from './queue.ts';
import { type StaffActor, staffHistoryActor } from './staff-actor.ts';
import { loadStaffCase, type StaffCase } from './staff-case.ts';
import { changeStatus } from './status-change.ts';

const NOT_FOUND = 'There is no such application.';

export interface RelatedCases {
  /** The person whose case was viewed. */
  clientPersonId: string;
  possibleDuplicates: PossibleDuplicateRow[];
  history: HistoryRow[];
}

/** What the duplicate search needs of an application: its person, month and the spouse it names. */
export async function duplicateQueryOf(db: Db, row: ApplicationRow): Promise<DuplicateQuery> {
  const personalIdentityCode = await findPersonalIdentityCode(db, row.person_id);
  const content = row.content as { month?: unknown; spouse?: { personalIdentityCode?: unknown } };
  return {
    applicationId: row.id,
    personId: row.person_id,
    personalIdentityCode,
    spouseCode: normalizeSpouseCode(content.spouse?.personalIdentityCode),
    month: typeof content.month === 'string' ? content.month : null,
  };
}

/** The possible duplicates of a sent application (none for a request for rectification or a closed one). */
async function duplicatesOf(db: Db, row: ApplicationRow, query: DuplicateQuery) {
  if (row.kind === 'rectification' || row.status === 'withdrawn' || row.status === 'closed_as_duplicate')
    return [];
  return findPossibleDuplicates(db, query);
}

export async function getRelatedCases(
  db: Db,
  reader: CaseReader,
  applicationId: string,
  now: Date,
): Promise<RelatedCases> {
  return inTransaction(db, async (trx) => {
    const row = await findSentApplication(trx, applicationId, false);
    if (!row) throw notFound(NOT_FOUND);
    const query = await duplicateQueryOf(trx, row);
    const possibleDuplicates = await duplicatesOf(trx, row, query);
    const history = await listClientHistory(trx, query);
    // Every application shown is a read of its person's data (the client's, the spouse's), as the queue audits.
    const shown = new Map<string, string>();
    for (const related of [...possibleDuplicates, ...history]) shown.set(related.id, related.personId);
    await recordAudits(
      trx,
      reader.audit,
      [...shown].map(([id, personId]) => ({
        action: 'application.related_read',
        subjectPersonId: personId,
        objectType: 'application',
        objectId: id,
        details: { fromApplicationId: row.id },
      })),
      now,
    );
    return { clientPersonId: row.person_id, possibleDuplicates, history };
  });
}

export async function closeAsDuplicate(
  db: Db,
  actor: StaffActor,
  input: { applicationId: string; duplicateOf: string; ifMatch: string | undefined },
  now: Date,
): Promise<StaffCase> {
  return inTransaction(db, async (trx) => {
    const target = await findSentApplicationByIdOrReference(trx, input.duplicateOf);
    // Both rows are locked, in the order of their ids, so two closings of a pair into each other cannot deadlock:
    // the second waits, and then finds the first closed.
    const ids = [
      input.applicationId,
      ...(target && target.id !== input.applicationId ? [target.id] : []),
    ].sort();
    const locked = await lockSentApplications(trx, ids);
    const current = locked.find((row) => row.id === input.applicationId);
    if (!current) throw notFound(NOT_FOUND);
    requireCasePermission('closeAsDuplicate', current, actor, {
      afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
    });
    const other = target ? locked.find((row) => row.id === target.id) : undefined;
    const query = await duplicateQueryOf(trx, current);
    const duplicates = other ? await duplicatesOf(trx, current, query) : [];
    if (!other || other.id === current.id || !duplicates.some((row) => row.id === other.id)) {
      throw invalidInput('The application can be merged only into one of its possible duplicates.', [
        {
          path: 'duplicateOf',
          message: 'is not an open or decided application of the same person or family for the same month',
          code: other ? 'not_a_duplicate' : 'not_found',
        },
      ]);
    }
    const row = await changeStatus(trx, current, 'closed_as_duplicate', staffHistoryActor(actor), now, {
      duplicateOf: other.id,
    });
    await recordEvent(
      trx,
      {
        kind: 'application.closed_as_duplicate',
        application: row,
        actor: actor.audit,
        statusChanges: [{ from: current.status, to: 'closed_as_duplicate' }],
        payload: { duplicateOf: { id: other.id, referenceNumber: other.reference_number } },
      },
      now,
    );
    return loadStaffCase(trx, row);
  });
}

export interface DuplicateWarning {
  month: string | null;
  /** The citizen's own other applications for the month, open or decided. */
  ownApplications: { id: string; referenceNumber: string | null; status: PossibleDuplicateRow['status'] }[];
  /** Whether someone has sent an application for the month that names this citizen as their spouse. */
  spouseApplication: boolean;
}

/**
 * The warning on the citizen's check page before sending (checkMyApplicationDuplicates). What a citizen may learn:
 * everything of their own applications (reference number and status), and of another person's only that an
 * application for the month exists that names the citizen as the spouse: the citizen is a member of that family
 * and a party to it. An application of the person the citizen names as the spouse that does not name the citizen,
 * or one that names the same spouse, is never revealed (anyone can type any identity code into the form, so
 * revealing it would tell whether any person has applied for social assistance); staff see those as well. Each
 * check is audited, and a revealed application of another person is audited with that person as the subject.
 */
export async function checkMyDuplicates(
  db: Db,
  actor: { person: { id: string }; audit: CaseReader['audit'] },
  applicationId: string,
  now: Date,
): Promise<DuplicateWarning> {
  return inTransaction(db, async (trx) => {
    const row = await findApplicationOfPerson(trx, applicationId, actor.person.id);
    if (!row) throw notFound(NOT_FOUND);
    const query = await duplicateQueryOf(trx, row);
    const found = row.kind === 'rectification' ? [] : await findPossibleDuplicates(trx, query);
    const own = found.filter((other) => other.reasons.samePerson);
    const spouses = found.filter(
      (other) => !other.reasons.samePerson && other.reasons.namesApplicantAsSpouse,
    );
    await recordAudits(
      trx,
      actor.audit,
      [
        {
          action: 'application.duplicate_check',
          subjectPersonId: actor.person.id,
          objectType: 'application',
          objectId: row.id,
          details: { ownApplications: own.length, spouseApplication: spouses.length > 0 },
        },
        ...spouses.map((other) => ({
          action: 'application.duplicate_check_disclosed',
          subjectPersonId: other.personId,
          objectType: 'application',
          objectId: other.id,
          details: { toPersonId: actor.person.id, disclosed: 'exists_for_month' },
        })),
      ],
      now,
    );
    return {
      month: query.month,
      ownApplications: own.map((other) => ({
        id: other.id,
        referenceNumber: other.referenceNumber,
        status: other.status,
      })),
      spouseApplication: spouses.length > 0,
    };
  });
}
