// Payments: the payments of decisions (created when a decision grants money), proposed in batches, approved by a
// second person with the payment approver role, exported as an ISO 20022 pain.001.001.09 SEPA credit transfer file
// checked against the schema, and marked from the bank's pain.002 status report.
export {
  createDecisionPayments,
  type DecisionPaymentInput,
  landlordRemittance,
  splitDecisionAmount,
} from './decision-payments.ts';
export { decisionPaymentSchema, presentDecisionPayment } from './payment.presenter.ts';
export {
  approvePaymentBatch,
  type ExportedPaymentBatch,
  exportPaymentBatch,
  type ProposedPaymentBatch,
  proposePaymentBatch,
} from './payment-batches.ts';
export {
  buildPaymentFile,
  type PaymentBatch,
  type PaymentDebtor,
  type PaymentFile,
  type PaymentInstruction,
  paymentFileNamespace,
  type Remittance,
} from './payment-file.ts';
export { paymentProposerRoles } from './payment-roles.ts';
export {
  type DecisionPaymentRow,
  listPaymentsOfBatch,
  listPaymentsOfDecision,
  listPaymentsOfDecisions,
  requeueRejectedPayment,
} from './payments.repository.ts';
export { formatCents, type PaymentCharacterSet, parseCreditorReference, paymentText } from './sepa-text.ts';
export {
  type PaymentOutcome,
  type PaymentStatusCode,
  type PaymentStatusReport,
  PaymentStatusReportError,
  parseStatusReport,
  paymentOutcome,
  type StatusReason,
  type StatusReportProblem,
  type StatusReportVersion,
  statusReportVersions,
  type TransactionStatus,
} from './status-report.ts';
export { type ImportedStatusReport, importPaymentStatusReport } from './status-report-import.ts';
export { dailyPaymentBatchTask, helsinkiHour, proposeDailyPaymentBatch } from './system-payment-batch.ts';
export { type PaymentFileValidation, validatePaymentFile } from './xmllint.ts';
