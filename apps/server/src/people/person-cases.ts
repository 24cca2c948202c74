// The e-services account feed (listPersonCases): a person's cases as the city's common e-services account shows
// them — never drafts (they are not cases yet) — with the status and kind in Finnish, Swedish and English, the
// latest decision's outcome and a link to the case in the citizen app. Each read is audited with the person as
// the subject, in the transaction that reads.
import { languages, translate } from '@tuki/i18n';
import { z } from 'zod';
import { applicationKindSchema, applicationStatusSchema } from '../applications/index.ts';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, DecisionOutcomeValue, PersonRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { decisionOutcomeSchema } from '../decisions/index.ts';
import { pageOf } from '../shared/pagination.ts';
import { type CasePosition, type CaseRow, listCasesOfPerson } from './persons.repository.ts';

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

export type { CasePosition } from './persons.repository.ts';

type StatusKey = `application.status.${ApplicationRow['status']}`;
type KindKey = `application.kind.${ApplicationRow['kind']}`;
type OutcomeKey = `citizenDecisions.outcome.${DecisionOutcomeValue}`;

function inEveryLanguage(key: StatusKey | KindKey | OutcomeKey) {
  const [fi, sv, en] = languages.map((language) => translate(language, key));
  return { fi: fi ?? '', sv: sv ?? '', en: en ?? '' };
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
    const { rows, hasMore } = await listCasesOfPerson(trx, person.id, page.limit, page.after);
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
