// Reading decisions: those of an application (for the case views) and one with its letter (for the download).
import type { Language } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { DecisionOutcomeValue } from '../db/schema.ts';

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
  /** The request for rectification of this decision, when one has been made. */
  rectification: { applicationId: string; referenceNumber: string | null; status: string } | null;
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
      's.first_name',
      's.last_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof decisionsQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): DecisionRecord => ({
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
  return rows.map(toRecord);
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
