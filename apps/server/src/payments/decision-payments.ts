// The payments of a decision, created in the decision's transaction when it grants money: the granted amount to the
// client's account (the IBAN of the application), due on the decision's payment date, with the application's
// reference number and month as the remittance text the client's bank shows. A landlord's payment would take its
// name and IBAN from the decision, which does not name a landlord yet: every decision pays the client.
import { normalizeIban, parseIban } from '@tuki/domain';
import { type AuditContext, recordAudits } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { PaymentRow } from '../db/schema.ts';
import { insertPayments } from './payments.repository.ts';

export interface DecisionPaymentInput {
  decisionId: string;
  applicationId: string;
  /** The applicant, whose person the audit row is about. */
  personId: string;
  referenceNumber: string | null;
  month: string;
  amountCents: number;
  /** The decision's payment date; null when it grants nothing. */
  paymentDate: string | null;
  client: { name: string; iban: string | undefined };
}

/**
 * Creates the client's payment of a decision that grants money, each audited as `payment.create`. Nothing when the
 * decision grants nothing; none either when the application has no valid IBAN (sending requires one, so only an
 * application stored otherwise lacks it), which the audit row then says, so that the payment is made by hand.
 */
export async function createDecisionPayments(
  db: Db,
  audit: AuditContext,
  input: DecisionPaymentInput,
  now: Date,
): Promise<PaymentRow[]> {
  if (input.amountCents <= 0 || input.paymentDate === null) return [];
  const iban = parseIban(input.client.iban ?? '');
  const payments = iban.ok
    ? await insertPayments(db, [
        {
          application_id: input.applicationId,
          decision_id: input.decisionId,
          payee_kind: 'client',
          payee_name: input.client.name.trim().slice(0, 140) || '-',
          iban: normalizeIban(iban.value),
          amount_cents: input.amountCents,
          due_date: input.paymentDate,
          remittance: [input.referenceNumber, input.month].filter(Boolean).join(' '),
          created_at: now,
          updated_at: now,
        },
      ])
    : [];
  // One row per payment; the refusal, when no payment could be made, about the application.
  await recordAudits(
    db,
    audit,
    iban.ok
      ? payments.map((payment) => ({
          action: 'payment.create',
          subjectPersonId: input.personId,
          objectType: 'payment',
          objectId: payment.id,
          details: {
            decisionId: input.decisionId,
            applicationId: input.applicationId,
            payeeKind: payment.payee_kind,
            amountCents: payment.amount_cents,
            dueDate: payment.due_date,
            endToEndId: payment.end_to_end_id,
          },
        }))
      : [
          {
            action: 'payment.create',
            subjectPersonId: input.personId,
            objectType: 'application',
            objectId: input.applicationId,
            outcome: 'failure',
            details: { decisionId: input.decisionId, reason: `iban_${iban.reason}` },
          },
        ],
    now,
  );
  return payments;
}
