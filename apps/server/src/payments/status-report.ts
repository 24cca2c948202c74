// The bank's answer to a payment file: an ISO 20022 CustomerPaymentStatusReport (pain.002), versions
// 001.001.03 (still sent by Finnish banks) and 001.001.10 (the 2019 version that goes with pain.001.001.09).
// Both have the same shape for what is read here: the original message id and group status, and per
// transaction the original end-to-end id, its status and the reasons.
//
// The report is parsed by libxml2 (xmllint.ts); a document type declaration is refused before that, since a
// bank's report never has one and it is the way to entity expansion attacks. Anything that is not a pain.002 of
// these versions, or lacks what a report must have, is refused with PaymentStatusReportError.
import { Unprocessable } from '../shared/errors.ts';
import { child, childrenNamed, readCanonicalXml, textAt, type XmlElement } from './xml.ts';
import { canonicalXml } from './xmllint.ts';

export const statusReportVersions = ['pain.002.001.03', 'pain.002.001.10'] as const;
export type StatusReportVersion = (typeof statusReportVersions)[number];

/**
 * ISO 20022 payment status codes (ExternalPaymentTransactionStatus1Code) a bank uses in a pain.002; another
 * code of four capital letters is kept as it is.
 */
export type PaymentStatusCode =
  | 'ACCP'
  | 'ACSC'
  | 'ACSP'
  | 'ACTC'
  | 'ACWC'
  | 'ACWP'
  | 'ACCC'
  | 'ACFC'
  | 'ACPD'
  | 'PART'
  | 'PDNG'
  | 'RCVD'
  | 'RJCT'
  | 'CANC'
  | (string & {});

/** What a status means for a payment: rejected (RJCT, CANC), still pending, or accepted for execution. */
export type PaymentOutcome = 'accepted' | 'pending' | 'rejected';

const outcomes: Readonly<Record<string, PaymentOutcome>> = {
  ACCP: 'accepted', // customer profile accepted
  ACSP: 'accepted', // settlement in process
  ACSC: 'accepted', // settlement completed (debtor's account debited)
  ACWC: 'accepted', // accepted with change
  ACWP: 'accepted', // accepted without posting
  ACCC: 'accepted', // settlement completed (creditor's account credited)
  ACFC: 'accepted', // accepted, funds checked
  ACPD: 'accepted', // processed by the debtor agent
  ACTC: 'pending', // only the technical validation passed
  RCVD: 'pending', // received
  PDNG: 'pending', // pending
  PART: 'pending', // some transactions accepted: the outcome is per transaction
  RJCT: 'rejected',
  CANC: 'rejected', // cancelled
};

/** The outcome of a status code; a code not listed counts as pending, so it never marks a payment by guess. */
export function paymentOutcome(status: PaymentStatusCode): PaymentOutcome {
  return outcomes[status] ?? 'pending';
}

/** A reason for a status: an ISO code such as AC04 (closed account) or a bank's own, and the bank's text. */
export interface StatusReason {
  code: string | null;
  proprietary: string | null;
  additionalInformation: string;
}

export interface TransactionStatus {
  originalEndToEndId: string;
  /** The transaction's own status; when the bank leaves it out, that of its payment information or group. */
  status: PaymentStatusCode;
  outcome: PaymentOutcome;
  reasons: StatusReason[];
}

export interface PaymentStatusReport {
  version: StatusReportVersion;
  messageId: string;
  originalMessageId: string;
  groupStatus: PaymentStatusCode | null;
  groupReasons: StatusReason[];
  transactions: TransactionStatus[];
}

export type StatusReportProblem = 'not-xml' | 'not-status-report' | 'incomplete';

/** A document that is not a readable pain.002 status report; `code` is `status-report-<problem>`. */
export class PaymentStatusReportError extends Unprocessable {
  readonly problem: StatusReportProblem;
  constructor(problem: StatusReportProblem, message: string) {
    super(`The payment status report cannot be read: ${message}`, { code: `status-report-${problem}` });
    this.problem = problem;
  }
}

const statusCode = /^[A-Z]{4}$/;

function reasonsOf(parent: XmlElement | undefined): StatusReason[] {
  return childrenNamed(parent, 'StsRsnInf').map((information) => ({
    code: textAt(information, 'Rsn', 'Cd') ?? null,
    proprietary: textAt(information, 'Rsn', 'Prtry') ?? null,
    additionalInformation: childrenNamed(information, 'AddtlInf')
      .map((line) => line.text.trim())
      .join(' '),
  }));
}

function optionalStatus(value: string | undefined, where: string): PaymentStatusCode | null {
  if (value === undefined) return null;
  if (!statusCode.test(value))
    throw new PaymentStatusReportError('incomplete', `${where} "${value}" is not a status code`);
  return value;
}

function required(value: string | undefined, what: string): string {
  if (value === undefined) throw new PaymentStatusReportError('incomplete', `it has no ${what}`);
  return value;
}

function versionOf(root: XmlElement): StatusReportVersion {
  const version = statusReportVersions.find(
    (candidate) => root.namespace === `urn:iso:std:iso:20022:tech:xsd:${candidate}`,
  );
  if (root.name !== 'Document' || !version) {
    const found = root.namespace ? `${root.namespace} ${root.name}` : root.name;
    throw new PaymentStatusReportError(
      'not-status-report',
      `it is not a pain.002.001.03 or pain.002.001.10 document (found ${found})`,
    );
  }
  return version;
}

function reportOf(root: XmlElement): PaymentStatusReport {
  const version = versionOf(root);
  const report = child(root, 'CstmrPmtStsRpt');
  if (!report) throw new PaymentStatusReportError('not-status-report', 'it has no CstmrPmtStsRpt');
  const group = child(report, 'OrgnlGrpInfAndSts');
  const groupStatus = optionalStatus(textAt(group, 'GrpSts'), 'the group status');
  const transactions = childrenNamed(report, 'OrgnlPmtInfAndSts').flatMap((paymentInformation) => {
    const paymentStatus = optionalStatus(
      textAt(paymentInformation, 'PmtInfSts'),
      'the payment information status',
    );
    return childrenNamed(paymentInformation, 'TxInfAndSts').map((transaction, index) => {
      const originalEndToEndId = required(
        textAt(transaction, 'OrgnlEndToEndId'),
        `OrgnlEndToEndId in transaction ${index + 1}`,
      );
      const status =
        optionalStatus(textAt(transaction, 'TxSts'), `the status of ${originalEndToEndId}`) ??
        paymentStatus ??
        groupStatus;
      if (status === null)
        throw new PaymentStatusReportError('incomplete', `${originalEndToEndId} has no status`);
      return { originalEndToEndId, status, outcome: paymentOutcome(status), reasons: reasonsOf(transaction) };
    });
  });
  if (groupStatus === null && transactions.length === 0)
    throw new PaymentStatusReportError(
      'incomplete',
      'it has neither a group status nor transaction statuses',
    );
  return {
    version,
    messageId: required(textAt(report, 'GrpHdr', 'MsgId'), 'GrpHdr/MsgId'),
    originalMessageId: required(textAt(group, 'OrgnlMsgId'), 'OrgnlGrpInfAndSts/OrgnlMsgId'),
    groupStatus,
    groupReasons: reasonsOf(group),
    transactions,
  };
}

/**
 * Reads a pain.002 status report. Refuses with PaymentStatusReportError: text that is not well-formed XML or
 * has a document type declaration ('not-xml'), another document ('not-status-report'), a report without its
 * message ids, statuses or end-to-end ids, or with a status that is not a code ('incomplete').
 */
export async function parseStatusReport(xml: string): Promise<PaymentStatusReport> {
  if (typeof xml !== 'string' || xml.trim() === '')
    throw new PaymentStatusReportError('not-xml', 'it is empty');
  if (/<!DOCTYPE/i.test(xml))
    throw new PaymentStatusReportError('not-xml', 'it has a document type declaration');
  const canonical = await canonicalXml(xml);
  if (!canonical.ok)
    throw new PaymentStatusReportError('not-xml', `it is not well-formed XML (${canonical.error})`);
  const root = readCanonicalXml(canonical.xml);
  if (!root) throw new PaymentStatusReportError('not-xml', 'its structure could not be read');
  return reportOf(root);
}
