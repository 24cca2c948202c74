// A bank's pain.002 status report on a payment file, for the payments tests.

interface ReportTransaction {
  endToEndId: string;
  status: string;
  reason?: { code: string; text: string };
}

const reasonXml = (reason: { code: string; text: string } | undefined) =>
  reason
    ? `<StsRsnInf><Rsn><Cd>${reason.code}</Cd></Rsn><AddtlInf>${reason.text}</AddtlInf></StsRsnInf>`
    : '';

/** A bank's pain.002.001.10 report on the file `originalMessageId`. */
export function statusReport(report: {
  messageId: string;
  originalMessageId: string;
  groupStatus: string;
  groupReason?: { code: string; text: string };
  transactions: readonly ReportTransaction[];
}): string {
  const transactions = report.transactions
    .map(
      (transaction) =>
        `<TxInfAndSts><OrgnlEndToEndId>${transaction.endToEndId}</OrgnlEndToEndId>` +
        `<TxSts>${transaction.status}</TxSts>${reasonXml(transaction.reason)}</TxInfAndSts>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
<GrpHdr><MsgId>${report.messageId}</MsgId><CreDtTm>2026-11-27T07:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${report.originalMessageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
<GrpSts>${report.groupStatus}</GrpSts>${reasonXml(report.groupReason)}</OrgnlGrpInfAndSts>
${transactions ? `<OrgnlPmtInfAndSts><OrgnlPmtInfId>${report.originalMessageId}</OrgnlPmtInfId>${transactions}</OrgnlPmtInfAndSts>` : ''}
</CstmrPmtStsRpt></Document>
`;
}

/** The bank's reason for a payment to a closed account. */
export const closedAccount = { code: 'AC04', text: 'Account closed' };
