// The API's representation of payments, payment batches and an imported status report.
import { maskIban } from '@tuki/domain';
import { z } from 'zod';
import { paymentBatchStatuses, paymentPayeeKinds, paymentStatuses } from '../db/column-types.ts';
import type { PaymentRow } from '../db/schema.ts';
import { requestedExecutionDate } from './payment-batches.ts';
import type { ListedPaymentBatch, PaymentBatchSummary } from './payment-reads.ts';
import type { DecisionPaymentRow } from './payments.repository.ts';

const at = (value: Date | string) => new Date(value).toISOString();
const atOrNull = (value: Date | string | null) => (value === null ? null : at(value));

export const paymentStatusSchema = z
  .enum(paymentStatuses)
  .describe(
    '`proposed`: waits for a batch; `in_batch`: in a batch not yet exported; `sent`: in an exported payment ' +
      'file; `accepted` or `rejected` by the bank (its status report)',
  )
  .meta({ id: 'PaymentStatus' });

export const paymentSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    decisionId: z.uuid(),
    batchId: z.uuid().nullable(),
    status: paymentStatusSchema,
    payeeKind: z.enum(paymentPayeeKinds).describe('Whom it is paid to: the client, or the landlord'),
    payeeName: z.string(),
    iban: z.string().describe('The payee’s account'),
    amountCents: z.number().int().min(1),
    dueDate: z.iso.date().describe('The decision’s payment date'),
    remittance: z.string().describe('The text the payee’s bank shows: the reference number and the month'),
    endToEndId: z.string().describe('Our id of the payment in the payment file and the bank’s status report'),
    rejectionCode: z.string().nullable().describe('The bank’s reason code of a rejection, e.g. AC04'),
    rejectionReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().describe('When its status last changed'),
  })
  .meta({ id: 'Payment' });

export const paymentBatchSchema = z
  .object({
    id: z.uuid(),
    messageId: z.string().describe('The payment file’s message id, which the bank’s status report names'),
    status: z
      .enum(paymentBatchStatuses)
      .describe('`proposed`, `approved` by a second person, `exported` (its payment file written)'),
    executionDate: z.iso.date().describe('The day the bank is asked to pay'),
    payments: z.number().int().min(1),
    controlSumCents: z.number().int().min(1).describe('The sum of its payments'),
    createdBy: z
      .uuid()
      .nullable()
      .describe(
        'Who proposed the batch; null: proposed by the system (the daily batch), with no staff maker',
      ),
    createdAt: z.iso.datetime(),
    approvedBy: z.uuid().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    exportedBy: z.uuid().nullable(),
    exportedAt: z.iso.datetime().nullable(),
    fileSha256: z.string().nullable().describe('SHA-256 of the payment file once written'),
    fileUrl: z.string().describe('Where the payment file is downloaded: downloadPaymentFile'),
  })
  .meta({ id: 'PaymentBatch' });

export const listedPaymentBatchSchema = paymentBatchSchema
  .extend({
    createdByName: z
      .string()
      .describe('The name of who proposed the batch; empty when the system proposed it (createdBy null)'),
    approvedByName: z.string().nullable().describe('The name of who approved it; null before the approval'),
  })
  .meta({ id: 'ListedPaymentBatch' });

export const createdPaymentBatchSchema = paymentBatchSchema
  .extend({ paymentIds: z.array(z.uuid()).describe('The payments in the batch, in the file’s order') })
  .meta({ id: 'CreatedPaymentBatch' });

export const importedStatusReportSchema = z
  .object({
    batchId: z.uuid(),
    messageId: z.string().describe('The status report’s own message id'),
    alreadyImported: z.boolean().describe('The same report was read in before: nothing changed'),
    accepted: z.number().int().min(0),
    rejected: z.number().int().min(0),
    pending: z.number().int().min(0),
    unmatched: z.array(z.string()).describe('End-to-end ids in the report that are no payment of the batch'),
  })
  .meta({ id: 'ImportedPaymentStatusReport' });

/** A decision's payment as the staff see it with the case, and as the client sees it (see presentOwnPayment). */
export const decisionPaymentSchema = z
  .object({
    amountCents: z.number().int().min(1),
    payeeKind: z.enum(paymentPayeeKinds),
    payeeName: z.string(),
    iban: z
      .string()
      .describe(
        'The account. The client sees their own account (a client payment) whole and any other payee’s masked ' +
          'but for its country code and last four characters',
      ),
    status: paymentStatusSchema,
    dueDate: z.iso.date(),
    sentAt: z.iso
      .datetime()
      .nullable()
      .describe('When its batch’s payment file was written for the bank; null before that'),
    paidOn: z.iso
      .date()
      .nullable()
      .describe(
        'The day the bank pays it (the execution date its payment file asked for) once the bank has accepted it; ' +
          'null before that and when rejected',
      ),
    rejectionCode: z.string().nullable(),
    rejectionReason: z
      .string()
      .nullable()
      .describe('The bank’s reason of a rejection in words, when it gave one'),
  })
  .meta({ id: 'DecisionPayment' });

export const paymentFileUrl = (id: string) => `/api/v1/payment-batches/${id}/file`;

export const presentPayment = (payment: PaymentRow): z.infer<typeof paymentSchema> => ({
  id: payment.id,
  applicationId: payment.application_id,
  decisionId: payment.decision_id,
  batchId: payment.batch_id,
  status: payment.status,
  payeeKind: payment.payee_kind,
  payeeName: payment.payee_name,
  iban: payment.iban,
  amountCents: payment.amount_cents,
  dueDate: payment.due_date,
  remittance: payment.remittance,
  endToEndId: payment.end_to_end_id,
  rejectionCode: payment.rejection_code,
  rejectionReason: payment.rejection_reason,
  createdAt: at(payment.created_at),
  updatedAt: at(payment.updated_at),
});

export const presentPaymentBatch = (batch: PaymentBatchSummary): z.infer<typeof paymentBatchSchema> => ({
  id: batch.id,
  messageId: batch.message_id,
  status: batch.status,
  executionDate: batch.execution_date,
  payments: batch.payments,
  controlSumCents: batch.control_sum_cents,
  createdBy: batch.created_by,
  createdAt: at(batch.created_at),
  approvedBy: batch.approved_by,
  approvedAt: atOrNull(batch.approved_at),
  exportedBy: batch.exported_by,
  exportedAt: atOrNull(batch.exported_at),
  fileSha256: batch.file_sha256,
  fileUrl: paymentFileUrl(batch.id),
});

const fullName = (first: string | null, last: string | null) =>
  first === null && last === null ? null : `${first ?? ''} ${last ?? ''}`.trim();

export const presentListedPaymentBatch = (
  batch: ListedPaymentBatch,
): z.infer<typeof listedPaymentBatchSchema> => ({
  ...presentPaymentBatch(batch),
  createdByName: fullName(batch.maker_first_name, batch.maker_last_name) ?? '',
  approvedByName: fullName(batch.approver_first_name, batch.approver_last_name),
});

/**
 * A decision's payment with the case. Staff see the payee's account whole; the client sees whole only their own
 * account (the one they gave in the application, where a client payment goes), any other payee's masked.
 */
export function presentDecisionPayment(
  payment: DecisionPaymentRow,
  viewer: 'person' | 'staff',
): z.infer<typeof decisionPaymentSchema> {
  const ownAccount = viewer === 'staff' || payment.payee_kind === 'client';
  return {
    amountCents: payment.amount_cents,
    payeeKind: payment.payee_kind,
    payeeName: payment.payee_name,
    iban: ownAccount ? payment.iban : maskIban(payment.iban),
    status: payment.status,
    dueDate: payment.due_date,
    sentAt: atOrNull(payment.sent_at),
    paidOn:
      payment.status === 'accepted' && payment.execution_date !== null && payment.sent_at !== null
        ? requestedExecutionDate(payment.execution_date, new Date(payment.sent_at))
        : null,
    rejectionCode: payment.rejection_code,
    rejectionReason: payment.rejection_reason,
  };
}
