// The payments of a decision, created in the decision's transaction when it grants money: the granted amount to the
// client's account (the IBAN of the application), due on the decision's payment date, with the application's
// reference number and month as the remittance text the client's bank shows. When the decision pays the rent
// straight to the landlord, the rent part (the calculation's housing lines, at most the amount granted) goes to the
// landlord's account with the reference number, the client's name and the rent month as its remittance text, so
// the landlord can tell whose rent it is; the rest, if any, to the client. The two always sum to the amount granted.
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
  /** The rent part paid to the landlord (the decision's landlord, IBAN already validated and normalised). */
  landlord?: { name: string; iban: string; amountCents: number } | undefined;
}

/** The landlord's remittance text: reference number, the tenant's name and the rent month, at most 140 characters. */
export function landlordRemittance(
  referenceNumber: string | null,
  clientName: string,
  month: string,
): string {
  const head = [referenceNumber, month].filter(Boolean).join(' ');
  const text = `${head} ${clientName.trim()}`.trim();
  return (text.length > 140 ? text.slice(0, 140) : text) || '-';
}

/** How the amount granted is split: the landlord's part (at most the amount) and the client's, which sum to it. */
export function splitDecisionAmount(
  amountCents: number,
  rentCents: number | null,
): { landlordCents: number; clientCents: number } {
  const landlordCents = rentCents === null ? 0 : Math.max(0, Math.min(rentCents, amountCents));
  return { landlordCents, clientCents: amountCents - landlordCents };
}

/**
 * Creates the payments of a decision that grants money, each audited as `payment.create`: the landlord's part when
 * the decision pays the rent to the landlord, and the client's (the rest; none when the rent takes it all). Nothing
 * when the decision grants nothing; no client's payment either when the application has no valid IBAN (sending
 * requires one, so only an application stored otherwise lacks it), which the audit row then says, so that the
 * payment is made by hand.
 */
export async function createDecisionPayments(
  db: Db,
  audit: AuditContext,
  input: DecisionPaymentInput,
  now: Date,
): Promise<PaymentRow[]> {
  if (input.amountCents <= 0 || input.paymentDate === null) return [];
  const dueDate = input.paymentDate;
  const { landlordCents, clientCents } = splitDecisionAmount(
    input.amountCents,
    input.landlord ? input.landlord.amountCents : null,
  );
  const landlordPayment =
    input.landlord && landlordCents > 0
      ? [
          {
            application_id: input.applicationId,
            decision_id: input.decisionId,
            payee_kind: 'landlord' as const,
            payee_name: input.landlord.name.trim().slice(0, 140) || '-',
            iban: normalizeIban(input.landlord.iban),
            amount_cents: landlordCents,
            due_date: dueDate,
            remittance: landlordRemittance(input.referenceNumber, input.client.name, input.month),
            created_at: now,
            updated_at: now,
          },
        ]
      : [];
  // The client's part: none when the rent takes the whole amount.
  const iban = clientCents > 0 ? parseIban(input.client.iban ?? '') : ({ ok: true, value: '' } as const);
  const clientPayment =
    clientCents > 0 && iban.ok
      ? [
          {
            application_id: input.applicationId,
            decision_id: input.decisionId,
            payee_kind: 'client' as const,
            payee_name: input.client.name.trim().slice(0, 140) || '-',
            iban: normalizeIban(iban.value),
            amount_cents: clientCents,
            due_date: dueDate,
            remittance: [input.referenceNumber, input.month].filter(Boolean).join(' '),
            created_at: now,
            updated_at: now,
          },
        ]
      : [];
  const rows = [...landlordPayment, ...clientPayment];
  const payments = rows.length > 0 ? await insertPayments(db, rows) : [];
  // One row per payment; the refusal, when the client's part could not be paid, about the application.
  await recordAudits(
    db,
    audit,
    [
      ...payments.map((payment) => ({
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
      })),
      ...(iban.ok
        ? []
        : [
            {
              action: 'payment.create',
              subjectPersonId: input.personId,
              objectType: 'application',
              objectId: input.applicationId,
              outcome: 'failure' as const,
              details: { decisionId: input.decisionId, reason: `iban_${iban.reason}` },
            },
          ]),
    ],
    now,
  );
  return payments;
}
