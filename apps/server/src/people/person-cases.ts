// The e-services account feed (listPersonCases): a person's cases as the city's common e-services account shows
// them — never drafts (they are not cases yet) — with the status and kind in Finnish, Swedish and English, the
// latest decision's outcome and a link to the case in the citizen app. Each read is audited with the person as
// the subject, in the transaction that reads.
import { languages, translate } from '@tuki/i18n';
import { z } from 'zod';
import { applicationKindSchema, applicationStatusSchema } from '../applications/application.presenter.ts';
import { type AuditContext, recordAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, DecisionOutcomeValue, PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { decisionOutcomeSchema } from '../decisions/decision.presenter.ts';
import { pageOf } from '../http/cursor.ts';

const localisedSchema = z
  .object({ fi: z.string(), sv: z.string(), en: z.string() })
  .meta({ id: 'LocalisedText', description: 'The same text in Finnish, Swedish and English' });

export const personCaseSchema = z
  .object({
    id: z.uuid(),
    referenceNumber: z.string().nullable().describe('e.g. TT-2026-000123'),
    kind: applicationKindSchema,
    kindText: localisedSchema,
    status: applicationStatusSchema,
    statusText: localisedSchema,
    submittedAt: z.iso.datetime().nullable(),
    dueDate: z.iso.date().nullable().describe('The date by which a decision is due'),
    lastChangedAt: z.iso.datetime().describe('The latest change of the case or its status'),
    decision: z
      .object({ outcome: decisionOutcomeSchema, outcomeText: localisedSchema, decidedAt: z.iso.datetime() })
      .nullable()
      .describe('The latest decision, when one has been made'),
    url: z.url().describe('The case in the citizen’s e-services (sign-in needed)'),
  })
  .meta({ id: 'PersonCase' });

export const personCasePageSchema = pageOf(personCaseSchema).meta({ id: 'PersonCasePage' });
export type PersonCaseView = z.infer<typeof personCaseSchema>;

type StatusKey = `application.status.${ApplicationRow['status']}`;
type KindKey = `application.kind.${ApplicationRow['kind']}`;
type OutcomeKey = `citizenDecisions.outcome.${DecisionOutcomeValue}`;

function inEveryLanguage(key: StatusKey | KindKey | OutcomeKey) {
  const [fi, sv, en] = languages.map((language) => translate(language, key));
  return { fi: fi ?? '', sv: sv ?? '', en: en ?? '' };
}

export interface CasePosition {
  createdAt: Date;
  id: string;
}

interface CaseRow {
  id: string;
  reference_number: string | null;
  kind: ApplicationRow['kind'];
  status: ApplicationRow['status'];
  submitted_at: Date | null;
  due_date: string | null;
  created_at: Date;
  updated_at: Date;
  last_status_at: Date | string | null;
  outcome: DecisionOutcomeValue | null;
  decided_at: Date | string | null;
}

async function selectCases(db: Db, personId: string, limit: number, after?: CasePosition) {
  let query = db
    .selectFrom('application as a')
    .select((eb) => [
      'a.id',
      'a.reference_number',
      'a.kind',
      'a.status',
      'a.submitted_at',
      'a.due_date',
      'a.created_at',
      'a.updated_at',
      eb
        .selectFrom('application_status_history as h')
        .whereRef('h.application_id', '=', 'a.id')
        .select((inner) => inner.fn.max('h.changed_at').as('at'))
        .as('last_status_at'),
      eb
        .selectFrom('decision as d')
        .whereRef('d.application_id', '=', 'a.id')
        .select('d.outcome')
        .orderBy('d.decided_at', 'desc')
        .limit(1)
        .as('outcome'),
      eb
        .selectFrom('decision as d')
        .whereRef('d.application_id', '=', 'a.id')
        .select((inner) => inner.fn.max('d.decided_at').as('at'))
        .as('decided_at'),
    ])
    .where('a.person_id', '=', personId)
    .where('a.status', '<>', 'draft')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('a.created_at', '<', after.createdAt),
        eb.and([eb('a.created_at', '=', after.createdAt), eb('a.id', '<', after.id)]),
      ]),
    );
  }
  const rows = (await query.execute()) as CaseRow[];
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentPersonCase(row: CaseRow, publicUrl: string): PersonCaseView {
  const lastStatus = row.last_status_at ? new Date(row.last_status_at) : null;
  const lastChanged = lastStatus && lastStatus > row.updated_at ? lastStatus : row.updated_at;
  return {
    id: row.id,
    referenceNumber: row.reference_number,
    kind: row.kind,
    kindText: inEveryLanguage(`application.kind.${row.kind}`),
    status: row.status,
    statusText: inEveryLanguage(`application.status.${row.status}`),
    submittedAt: row.submitted_at ? iso(row.submitted_at) : null,
    dueDate: row.due_date,
    lastChangedAt: lastChanged.toISOString(),
    decision:
      row.outcome && row.decided_at
        ? {
            outcome: row.outcome,
            outcomeText: inEveryLanguage(`citizenDecisions.outcome.${row.outcome}`),
            decidedAt: iso(row.decided_at),
          }
        : null,
    url: `${publicUrl}/applications/${row.id}`,
  };
}

/** A page of the person's cases, newest first; the read is audited (`person.cases_feed`) with the person. */
export async function listPersonCases(
  db: Db,
  audit: AuditContext,
  person: PersonRow,
  page: { limit: number; after?: CasePosition; lookup: 'id' | 'personal_identity_code' },
  publicUrl: string,
  now: Date,
): Promise<{ items: PersonCaseView[]; last: CasePosition | undefined; hasMore: boolean }> {
  return inTransaction(db, async (trx) => {
    const { rows, hasMore } = await selectCases(trx, person.id, page.limit, page.after);
    await recordAudit(
      trx,
      audit,
      {
        action: 'person.cases_feed',
        subjectPersonId: person.id,
        objectType: 'person',
        objectId: person.id,
        details: { count: rows.length, lookup: page.lookup },
      },
      now,
    );
    const lastRow = rows.at(-1);
    return {
      items: rows.map((row) => presentPersonCase(row, publicUrl)),
      last: lastRow ? { createdAt: lastRow.created_at, id: lastRow.id } : undefined,
      hasMore,
    };
  });
}
