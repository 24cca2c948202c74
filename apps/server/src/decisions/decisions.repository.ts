// Reading decisions: those of an application (for the case views) and one with its letter (for the download).

import type { Language } from '@tuki/domain';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rowInserter } from '../db/insert-row.ts';
import type { Database, DecisionOutcomeValue, PaymentCommitmentRow } from '../db/schema.ts';
import { type DeliveryView, deliveriesOfDecisions } from '../letter-delivery/index.ts';
import { listCommitmentsOfDecisions } from './commitments.repository.ts';

export interface DecisionRecord {
  id: string;
  applicationId: string;
  outcome: DecisionOutcomeValue;
  month: string;
  amountCents: number;
  calculationInput: unknown;
  calculationResult: unknown;
  parametersVersion: string | null;
  reasonTemplates: string[];
  reasoning: string;
  legalProvisions: string[];
  paymentDate: string | null;
  decidedBy: { id: string; firstName: string; lastName: string };
  decidedAt: Date;
  language: Language;
  delivery: 'electronic' | 'paper';
  mailedAt: Date | null;
  /** When its local print batch mailed the letter (mailedAt of a print batch); null when it is in none. */
  batchMailedAt: Date | null;
  /** The request for rectification of this decision, when one has been made. */
  rectification: { applicationId: string; referenceNumber: string | null; status: string } | null;
  /** How the letter went through Suomi.fi Messages (none when the service is not configured). */
  deliveries: DeliveryView[];
  /** The payment commitments the decision gives (migration 0038). */
  commitments: PaymentCommitmentRow[];
}

/** What a rectification case carries: the decision it concerns and the client's reasons. */
export interface RectificationRecord {
  decisionId: string;
  decidedApplicationId: string;
  decidedReferenceNumber: string | null;
  reasons: string;
  requestedAt: Date;
}

function decisionsQuery(db: Db) {
  return db
    .selectFrom('decision as d')
    .innerJoin('staff_user as s', 's.id', 'd.decided_by')
    .leftJoin('rectification_request as r', 'r.decision_id', 'd.id')
    .leftJoin('application as ra', 'ra.id', 'r.application_id')
    .select([
      'r.application_id as rectification_application_id',
      'ra.reference_number as rectification_reference_number',
      'ra.status as rectification_status',
      'd.id',
      'd.application_id',
      'd.outcome',
      'd.month',
      'd.amount_cents',
      'd.calculation_input',
      'd.calculation_result',
      'd.parameters_version',
      'd.reason_templates',
      'd.reasoning',
      'd.legal_provisions',
      'd.payment_date',
      'd.decided_by',
      'd.decided_at',
      'd.language',
      'd.delivery',
      'd.mailed_at',
      'd.print_batch_id',
      's.first_name',
      's.last_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof decisionsQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): Omit<DecisionRecord, 'deliveries' | 'commitments'> => ({
  id: row.id,
  applicationId: row.application_id,
  outcome: row.outcome,
  month: row.month,
  amountCents: Number(row.amount_cents),
  calculationInput: row.calculation_input,
  calculationResult: row.calculation_result,
  parametersVersion: row.parameters_version,
  reasonTemplates: row.reason_templates,
  reasoning: row.reasoning,
  legalProvisions: row.legal_provisions,
  paymentDate: row.payment_date,
  decidedBy: { id: row.decided_by, firstName: row.first_name, lastName: row.last_name },
  decidedAt: new Date(row.decided_at),
  language: row.language,
  delivery: row.delivery,
  mailedAt: row.mailed_at ? new Date(row.mailed_at) : null,
  batchMailedAt: row.print_batch_id && row.mailed_at ? new Date(row.mailed_at) : null,
  rectification: row.rectification_application_id
    ? {
        applicationId: row.rectification_application_id,
        referenceNumber: row.rectification_reference_number ?? null,
        status: row.rectification_status ?? 'submitted',
      }
    : null,
});

/** The request for rectification a case is, if it is one. */
export async function findRectificationOfCase(
  db: Db,
  applicationId: string,
): Promise<RectificationRecord | undefined> {
  const row = await db
    .selectFrom('rectification_request as r')
    .innerJoin('decision as d', 'd.id', 'r.decision_id')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select(['r.decision_id', 'r.reasons', 'r.requested_at', 'a.id as decided_id', 'a.reference_number'])
    .where('r.application_id', '=', applicationId)
    .executeTakeFirst();
  return row
    ? {
        decisionId: row.decision_id,
        decidedApplicationId: row.decided_id,
        decidedReferenceNumber: row.reference_number,
        reasons: row.reasons,
        requestedAt: new Date(row.requested_at),
      }
    : undefined;
}

export async function listDecisionsOfApplication(db: Db, applicationId: string): Promise<DecisionRecord[]> {
  const rows = await decisionsQuery(db)
    .where('d.application_id', '=', applicationId)
    .orderBy('d.decided_at')
    .execute();
  const deliveries = await deliveriesOfDecisions(
    db,
    rows.map((row) => row.id),
  );
  const commitments = await listCommitmentsOfDecisions(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...toRecord(row),
    deliveries: deliveries.get(row.id) ?? [],
    commitments: commitments.filter((commitment) => commitment.decision_id === row.id),
  }));
}

/** A decision with the person it concerns and its letter. */
export async function findDecisionDocument(
  db: Db,
  decisionId: string,
): Promise<{ personId: string; applicationId: string; pdf: Uint8Array; sha256: string } | undefined> {
  return db
    .selectFrom('decision as d')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .innerJoin('decision_document as doc', 'doc.decision_id', 'd.id')
    .select(['a.person_id as personId', 'a.id as applicationId', 'doc.pdf', 'doc.sha256'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
}

/** The ids of those of the decisions that have a letter. */
export async function listDecisionIdsWithLetter(db: Db, decisionIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('decision_document')
    .select('decision_id')
    .where('decision_id', 'in', decisionIds)
    .execute();
  return rows.map((document) => document.decision_id);
}

/** The PDF of a decision's letter, which must exist. */
export async function findDecisionLetterPdf(db: Db, decisionId: string): Promise<Uint8Array> {
  const row = await db
    .selectFrom('decision_document')
    .select('pdf')
    .where('decision_id', '=', decisionId)
    .executeTakeFirstOrThrow();
  return row.pdf;
}

/** The person and application a decision concerns, whether or not its letter is stored yet. */
export async function findDecisionSubject(
  db: Db,
  decisionId: string,
): Promise<{ personId: string; applicationId: string } | undefined> {
  return db
    .selectFrom('decision as d')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select(['a.person_id as personId', 'a.id as applicationId'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
}

export async function insertDecision(
  db: Db,
  values: Insertable<Database['decision']>,
): Promise<{ id: string }> {
  return db.insertInto('decision').values(values).returning('id').executeTakeFirstOrThrow();
}

export const insertDecisionDocument = rowInserter('decision_document');

/** A decision on one of the person's applications, with what a request for rectification needs; locked. */
export async function lockDecisionOfPerson(db: Db, decisionId: string, personId: string) {
  return db
    .selectFrom('decision as d')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select([
      'd.id',
      'd.decided_at',
      'd.delivery',
      'd.mailed_at',
      'd.print_batch_id',
      'a.id as application_id',
      'a.content',
      'a.kind',
    ])
    .where('d.id', '=', decisionId)
    .where('a.person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}

/** The request for rectification of a decision, if one has been made. */
export async function findRectificationRequestOfDecision(
  db: Db,
  decisionId: string,
): Promise<{ application_id: string } | undefined> {
  return db
    .selectFrom('rectification_request')
    .select('application_id')
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

export const insertRectificationRequest = rowInserter('rectification_request');

/** The kind of the application whose decision a request for rectification concerns. */
export async function findRectifiedApplicationKind(db: Db, rectificationApplicationId: string) {
  return db
    .selectFrom('rectification_request as r')
    .innerJoin('decision as d', 'd.id', 'r.decision_id')
    .innerJoin('application as a', 'a.id', 'd.application_id')
    .select('a.kind')
    .where('r.application_id', '=', rectificationApplicationId)
    .executeTakeFirst();
}

/**
 * A paper letter that came back to the sender goes to the local print queue again with the new address: its stored
 * letter data (and any still pending rendering) names the new recipient, and it is no longer mailed, so the next
 * print batch renders and mails it again. Only a letter no local print batch took (one sent through Suomi.fi).
 * Whether it went back.
 */
export async function returnLetterToPrintQueue(
  db: Db,
  decisionId: string,
  recipient: { name: string; streetAddress: string; postalCode: string; postOffice: string },
): Promise<boolean> {
  const address = JSON.stringify(recipient);
  await db
    .updateTable('decision_document')
    .set({ letter_data: sql`jsonb_set(letter_data, '{recipient}', ${address}::jsonb)` })
    .where('decision_id', '=', decisionId)
    .where('letter_data', 'is not', null)
    .execute();
  await db
    .updateTable('pending_decision_letter')
    .set({ letter_data: sql`jsonb_set(letter_data, '{recipient}', ${address}::jsonb)` })
    .where('decision_id', '=', decisionId)
    .execute();
  const result = await db
    .updateTable('decision')
    .set({ mailed_at: null })
    .where('id', '=', decisionId)
    .where('delivery', '=', 'paper')
    .where('print_batch_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
