// The bank's status report (pain.002.001.03 and .10) read back: an accepted file, a file with one payment refused
// for a closed account (AC04), a whole file refused (with a namespace prefix and CDATA), and input that is not
// such a report refused with PaymentStatusReportError and a clear message, never an exception of another kind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  PaymentStatusReportError,
  parseStatusReport,
  type StatusReportProblem,
} from '../src/payments/index.ts';
import { Unprocessable } from '../src/shared/errors.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/pain.002/${name}.xml`, import.meta.url), 'utf8');

describe('payment status report: the three outcomes', () => {
  test('accepted (pain.002.001.10)', async () => {
    assert.deepEqual(await parseStatusReport(fixture('accepted')), {
      version: 'pain.002.001.10',
      messageId: 'STS-20261208-0001',
      originalMessageId: 'TUKI-20261207-1',
      groupStatus: 'ACCP',
      groupReasons: [],
      transactions: [
        { originalEndToEndId: 'P-2026-000001', status: 'ACSC', outcome: 'accepted', reasons: [] },
        { originalEndToEndId: 'P-2026-000002', status: 'ACSP', outcome: 'accepted', reasons: [] },
      ],
    });
  });

  test('partly rejected: one payment refused with AC04, closed account (pain.002.001.03)', async () => {
    const report = await parseStatusReport(fixture('partly-rejected'));
    assert.equal(report.version, 'pain.002.001.03');
    assert.equal(report.originalMessageId, 'TUKI-20261207-2');
    assert.equal(report.groupStatus, 'PART');
    assert.deepEqual(report.transactions, [
      { originalEndToEndId: 'P-2026-000011', status: 'ACCP', outcome: 'accepted', reasons: [] },
      {
        originalEndToEndId: 'P-2026-000012',
        status: 'RJCT',
        outcome: 'rejected',
        reasons: [
          { code: 'AC04', proprietary: null, additionalInformation: 'Account closed & not transferable' },
        ],
      },
      { originalEndToEndId: 'P-2026-000013', status: 'ACCP', outcome: 'accepted', reasons: [] },
    ]);
  });

  test('the whole file rejected, no transactions (namespace prefix, CDATA)', async () => {
    assert.deepEqual(await parseStatusReport(fixture('rejected-group')), {
      version: 'pain.002.001.10',
      messageId: 'STS-20261208-0003',
      originalMessageId: 'TUKI-20261207-3',
      groupStatus: 'RJCT',
      groupReasons: [
        { code: 'DU01', proprietary: null, additionalInformation: 'Duplicate message id <TUKI-20261207-3>' },
      ],
      transactions: [],
    });
  });

  test('a transaction without its own status takes that of its payment information', async () => {
    const xml = fixture('accepted')
      .replace('<TxSts>ACSP</TxSts>', '')
      .replace('<PmtInfSts>ACCP', '<PmtInfSts>PDNG');
    const report = await parseStatusReport(xml);
    assert.deepEqual(
      report.transactions.map(({ status, outcome }) => ({ status, outcome })),
      [
        { status: 'ACSC', outcome: 'accepted' },
        { status: 'PDNG', outcome: 'pending' },
      ],
    );
  });
});

describe('payment status report: what is not one is refused with a clear message', () => {
  async function refusal(xml: string): Promise<{ problem: StatusReportProblem; message: string }> {
    try {
      await parseStatusReport(xml);
    } catch (error) {
      assert.ok(error instanceof PaymentStatusReportError, String(error));
      assert.ok(error instanceof Unprocessable);
      assert.equal(error.code, `status-report-${error.problem}`);
      return { problem: error.problem, message: error.message };
    }
    assert.fail('the report was read');
  }

  const accepted = fixture('accepted');
  const cases: { name: string; xml: string; problem: StatusReportProblem; message: RegExp }[] = [
    { name: 'empty', xml: '  ', problem: 'not-xml', message: /empty/ },
    {
      name: 'not XML',
      xml: 'ACCP TUKI-20261207-1',
      problem: 'not-xml',
      message: /not well-formed XML \(line 1/,
    },
    { name: 'cut off', xml: accepted.slice(0, 400), problem: 'not-xml', message: /not well-formed XML/ },
    {
      name: 'an entity declaration',
      xml: `<!DOCTYPE d [<!ENTITY a "aaaa">]>${accepted.replace(/^<\?xml[^>]*>/, '')}`,
      problem: 'not-xml',
      message: /document type declaration/,
    },
    {
      name: 'a payment file instead',
      xml: '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>',
      problem: 'not-status-report',
      message:
        /not a pain.002.001.03 or pain.002.001.10 document \(found urn:iso:std:iso:20022:tech:xsd:pain.001.001.09 Document\)/,
    },
    {
      name: 'an unsupported version',
      xml: accepted.replace('xsd:pain.002.001.10', 'xsd:pain.002.001.14'),
      problem: 'not-status-report',
      message: /pain.002.001.14/,
    },
    {
      name: 'no namespace',
      xml: accepted.replace(' xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"', ''),
      problem: 'not-status-report',
      message: /found Document/,
    },
    {
      name: 'no original message id',
      xml: accepted.replace(/<OrgnlMsgId>[^<]*<\/OrgnlMsgId>/, ''),
      problem: 'incomplete',
      message: /no OrgnlGrpInfAndSts\/OrgnlMsgId/,
    },
    {
      name: 'a transaction without its end-to-end id',
      xml: accepted.replace('<OrgnlEndToEndId>P-2026-000002</OrgnlEndToEndId>', ''),
      problem: 'incomplete',
      message: /no OrgnlEndToEndId in transaction 2/,
    },
    {
      name: 'a status that is not a code',
      xml: accepted.replace('<TxSts>ACSC</TxSts>', '<TxSts>accepted</TxSts>'),
      problem: 'incomplete',
      message: /the status of P-2026-000001 "accepted" is not a status code/,
    },
    {
      name: 'no status at all',
      xml: accepted.replace(/<(GrpSts|PmtInfSts|TxSts)>[A-Z]{4}<\/\1>/g, ''),
      problem: 'incomplete',
      message: /P-2026-000001 has no status/,
    },
  ];
  for (const { name, xml, problem, message } of cases) {
    test(name, async () => {
      const refused = await refusal(xml);
      assert.equal(refused.problem, problem);
      assert.match(refused.message, /^The payment status report cannot be read: /);
      assert.match(refused.message, message);
    });
  }
});
