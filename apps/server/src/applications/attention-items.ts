// What needs attention on a case after its decision (the case's `attention`; attention.ts clears them): the letters
// returned to the sender and the payments the bank rejected that no one has seen to.
import type { AttentionReason } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import { listRejectedPayments, listReturnedLetters } from './attention.repository.ts';

/** One thing that needs attention on a case. */
export interface AttentionItem {
  reason: AttentionReason;
  /** The letter's delivery (address_needed) or the payment (payment_rejected). */
  id: string;
  decisionId: string;
  /** When it went wrong: the letter came back, or the payment was rejected. */
  since: Date | null;
  payment: {
    payeeKind: 'client' | 'landlord';
    payeeName: string;
    amountCents: number;
    /** The account number the bank rejected, masked (the last four characters). */
    ibanEnd: string;
    rejectionCode: string | null;
    rejectionReason: string | null;
  } | null;
}

/** What needs attention on the case now, letters first. */
export async function listAttention(db: Db, applicationId: string): Promise<AttentionItem[]> {
  const letters = await listReturnedLetters(db, applicationId);
  const payments = await listRejectedPayments(db, applicationId);
  return [
    ...letters.map((row) => ({
      reason: 'address_needed' as const,
      id: row.id,
      decisionId: row.decision_id,
      since: row.returned_at ? new Date(row.returned_at) : null,
      payment: null,
    })),
    ...payments.map((row) => ({
      reason: 'payment_rejected' as const,
      id: row.id,
      decisionId: row.decision_id,
      since: new Date(row.updated_at),
      payment: {
        payeeKind: row.payee_kind,
        payeeName: row.payee_name,
        amountCents: Number(row.amount_cents),
        ibanEnd: row.iban.slice(-4),
        rejectionCode: row.rejection_code,
        rejectionReason: row.rejection_reason,
      },
    })),
  ];
}
