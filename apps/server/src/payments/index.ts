// Payment files: a batch of payments written as an ISO 20022 pain.001.001.09 SEPA credit transfer file,
// checked against the schema, and the bank's pain.002 status report read back. No database here: the batches,
// their approval and the marking of payments use these functions.
export {
  buildPaymentFile,
  type PaymentBatch,
  type PaymentDebtor,
  type PaymentFile,
  type PaymentInstruction,
  paymentFileNamespace,
  type Remittance,
} from './payment-file.ts';
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
export { type PaymentFileValidation, validatePaymentFile } from './xmllint.ts';
