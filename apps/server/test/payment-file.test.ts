// Payment files (pain.001.001.09): every shape of file is valid against the ISO 20022 schema (xmllint-wasm), the
// counts and control sums match the payments, amounts are written exactly from cents, names and texts are
// transliterated into the SEPA character set, references are written as structured remittance information, an
// invalid batch is refused before anything is written, and the schema check does fail on a broken file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildPaymentFile,
  formatCents,
  type PaymentBatch,
  type PaymentInstruction,
  parseCreditorReference,
  paymentText,
  validatePaymentFile,
} from '../src/payments/index.ts';
import { samplePayment, samplePaymentBatch, sampleRfReference } from '../src/payments/sample.ts';
import { InvalidInput } from '../src/shared/errors.ts';

function batchOf(payments: PaymentInstruction[], changes: Partial<PaymentBatch> = {}): PaymentBatch {
  return { ...samplePaymentBatch(0), payments, ...changes };
}

function payment(changes: Partial<PaymentInstruction> = {}): PaymentInstruction {
  return { ...samplePayment(0), ...changes };
}

/** The text of every element of that name, in document order. */
function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

async function assertValid(xml: string): Promise<void> {
  assert.deepEqual(await validatePaymentFile(xml), { valid: true });
}

describe('payment file: valid against the pain.001.001.09 schema', () => {
  test('one payment', async () => {
    const file = buildPaymentFile(batchOf([payment()]));
    await assertValid(file.xml);
    assert.equal(file.numberOfTransactions, 1);
    assert.match(
      file.xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">/,
    );
  });

  test('many payments: counts and control sums of the group header and the payment information match', async () => {
    const batch = samplePaymentBatch(250);
    const file = buildPaymentFile(batch);
    await assertValid(file.xml);
    const expectedCents = batch.payments.reduce((sum, each) => sum + each.amountCents, 0);
    assert.deepEqual(texts(file.xml, 'NbOfTxs'), ['250', '250']);
    assert.deepEqual(texts(file.xml, 'CtrlSum'), [
      formatCents(BigInt(expectedCents)),
      formatCents(BigInt(expectedCents)),
    ]);
    assert.equal(file.controlSumCents, BigInt(expectedCents));
    assert.equal(file.numberOfTransactions, 250);
    assert.equal(texts(file.xml, 'EndToEndId').length, 250);
    const writtenCents = texts(file.xml, 'InstdAmt').reduce(
      (sum, amount) => sum + Number(amount.replace('.', '')),
      0,
    );
    assert.equal(writtenCents, expectedCents);
  });

  test('structured remittance: a Finnish reference number and an RF reference (with Issr ISO)', async () => {
    const rf = sampleRfReference('TUKI2026');
    const file = buildPaymentFile(
      batchOf([
        payment({ endToEndId: 'P-1', remittance: { creditorReference: '1234 5672' } }),
        payment({ endToEndId: 'P-2', remittance: { creditorReference: rf.toLowerCase() } }),
      ]),
    );
    await assertValid(file.xml);
    assert.deepEqual(texts(file.xml, 'Ref'), ['12345672', rf]);
    assert.deepEqual(texts(file.xml, 'Issr'), ['ISO']);
    assert.ok(file.xml.includes('<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12345672</Ref>'));
    assert.deepEqual(texts(file.xml, 'Ustrd'), []);
  });

  test('unstructured remittance of 140 characters; 141 or none is refused', async () => {
    const text = 'x'.repeat(140);
    const file = buildPaymentFile(batchOf([payment({ remittance: { text } })]));
    await assertValid(file.xml);
    assert.deepEqual(texts(file.xml, 'Ustrd'), [text]);
    assert.deepEqual(texts(file.xml, 'Strd'), []);
    assert.throws(
      () => buildPaymentFile(batchOf([payment({ remittance: { text: `${text}x` } })])),
      InvalidInput,
    );
    assert.throws(() => buildPaymentFile(batchOf([payment({ remittance: { text: ' 王 ' } })])), InvalidInput);
  });

  test('names with å, ä, ö and other letters are transliterated into the SEPA basic set', async () => {
    const file = buildPaymentFile(
      batchOf([
        payment({
          creditor: { name: 'Åström-Äijälä, Björk & Søn “Zoë” Straße 王', iban: 'FI21 1234 5600 0007 85' },
          remittance: { text: 'Vuokra joulukuu — päätös 5/2026' },
        }),
      ]),
    );
    await assertValid(file.xml);
    assert.deepEqual(texts(file.xml, 'Nm').slice(-1), ["Astrom-Aijala, Bjork + Son 'Zoe' Strasse"]);
    assert.deepEqual(texts(file.xml, 'Ustrd'), ['Vuokra joulukuu - paatos 5/2026']);
    for (const text of [...texts(file.xml, 'Nm'), ...texts(file.xml, 'Ustrd')]) {
      assert.match(text, /^[A-Za-z0-9/\-?:().,'+ ]*$/);
    }
  });

  test("the 'finnish' character set keeps å ä ö Å Ä Ö and transliterates the rest", async () => {
    const file = buildPaymentFile(
      batchOf([payment({ creditor: { name: 'Åström Äijälä Zoë', iban: 'FI2112345600000785' } })], {
        characterSet: 'finnish',
      }),
    );
    await assertValid(file.xml);
    assert.equal(texts(file.xml, 'Nm').at(-1), 'Åström Äijälä Zoe');
  });

  test('names longer than 70 characters are cut to 70 (EPC)', async () => {
    const file = buildPaymentFile(
      batchOf([payment({ creditor: { name: 'A'.repeat(90), iban: 'FI2112345600000785' } })]),
    );
    await assertValid(file.xml);
    assert.equal(texts(file.xml, 'Nm').at(-1), 'A'.repeat(70));
  });

  test('without the creditor BIC there is no creditor agent; with it, BICFI', async () => {
    const file = buildPaymentFile(
      batchOf([
        payment({ endToEndId: 'P-1', creditor: { name: 'Ilman Bic', iban: 'FI2112345600000785' } }),
        payment({
          endToEndId: 'P-2',
          creditor: { name: 'Bicin Kanssa', iban: 'FI2112345600000785', bic: 'OKOYFIHH' },
        }),
      ]),
    );
    await assertValid(file.xml);
    assert.equal(file.xml.match(/<CdtrAgt>/g)?.length, 1);
    assert.deepEqual(texts(file.xml, 'BICFI'), ['NDEAFIHH', 'OKOYFIHH']);
  });

  test('the debtor: IBAN in electronic form, BIC, the business identity code; without it no Id', async () => {
    const file = buildPaymentFile(batchOf([payment()]));
    await assertValid(file.xml);
    assert.deepEqual(texts(file.xml, 'IBAN')[0], 'FI2112345600000785');
    assert.ok(
      file.xml.includes(
        '<Dbtr><Nm>Helsingin kaupunki, sosiaali- ja terveystoimiala</Nm><Id><OrgId><Othr><Id>0201256-6</Id>',
      ),
    );
    assert.ok(file.xml.includes('<ReqdExctnDt><Dt>2026-12-08</Dt></ReqdExctnDt>'));
    assert.deepEqual(texts(file.xml, 'CreDtTm'), ['2026-12-07T08:30:00Z']);
    const { organisationId: _, ...debtor } = samplePaymentBatch(0).debtor;
    const withoutId = buildPaymentFile(batchOf([payment()], { debtor }));
    await assertValid(withoutId.xml);
    assert.ok(!withoutId.xml.includes('<OrgId>'));
  });
});

describe('payment file: amounts from cents', () => {
  test('0.01, 1234567.89 and the largest SEPA amount are written exactly', async () => {
    const amounts = [1, 10, 99, 100, 123_456_789, 99_999_999_999];
    const file = buildPaymentFile(
      batchOf(amounts.map((amountCents, index) => payment({ endToEndId: `P-${index}`, amountCents }))),
    );
    await assertValid(file.xml);
    assert.deepEqual(texts(file.xml, 'InstdAmt'), [
      '0.01',
      '0.10',
      '0.99',
      '1.00',
      '1234567.89',
      '999999999.99',
    ]);
    assert.deepEqual(texts(file.xml, 'CtrlSum'), ['1001234569.98', '1001234569.98']);
  });

  test('a sum where floating-point addition of euros would drift stays exact', () => {
    // 0.1 + 0.2 ≠ 0.3 in floating point; ten thousand payments of 0.10 and 0.20 must sum to exactly 1500.00.
    const payments = Array.from({ length: 10_000 }, (_, index) =>
      payment({ endToEndId: `P-${index}`, amountCents: index % 2 === 0 ? 10 : 20 }),
    );
    const file = buildPaymentFile(batchOf(payments));
    assert.deepEqual(texts(file.xml, 'CtrlSum'), ['1500.00', '1500.00']);
  });

  test('formatCents', () => {
    assert.equal(formatCents(0n), '0.00');
    assert.equal(formatCents(5n), '0.05');
    assert.equal(formatCents(123456789n), '1234567.89');
    assert.equal(formatCents(-250n), '-2.50');
    assert.equal(formatCents(900719925474099312n), '9007199254740993.12');
  });
});

describe('payment file: an invalid batch is refused before anything is written', () => {
  function problems(batch: PaymentBatch): { path: string; code: string | undefined }[] {
    try {
      buildPaymentFile(batch);
    } catch (error) {
      assert.ok(error instanceof InvalidInput);
      return (error.errors ?? []).map(({ path, code }) => ({ path, code }));
    }
    assert.fail('the batch was written');
  }

  test('an invalid IBAN of a creditor and of the debtor', () => {
    const badChecksum = payment({ creditor: { name: 'Matti', iban: 'FI2112345600000786' } });
    assert.deepEqual(
      problems(batchOf([payment({ endToEndId: 'P-ok' }), { ...badChecksum, endToEndId: 'P-bad' }])),
      [{ path: 'payments[1].creditor.iban', code: 'iban_checksum' }],
    );
    const debtor = { ...samplePaymentBatch(0).debtor, iban: 'FI21 1234' };
    assert.deepEqual(problems(batchOf([payment()], { debtor })), [
      { path: 'debtor.iban', code: 'iban_length' },
    ]);
  });

  test('amounts that are not whole positive cents within the SEPA limit', () => {
    const amounts = [0, -1, 0.5, 12.34, 100_000_000_000, Number.NaN];
    const batch = batchOf(
      amounts.map((amountCents, index) => payment({ endToEndId: `P-${index}`, amountCents })),
    );
    assert.deepEqual(
      problems(batch).map(({ path }) => path),
      amounts.map((_, index) => `payments[${index}].amountCents`),
    );
  });

  test('identifiers, BIC, references, dates, the business identity code, an empty batch', () => {
    assert.deepEqual(
      problems(
        batchOf(
          [
            payment({ endToEndId: 'P-ä' }),
            payment({ endToEndId: '/P-2' }),
            payment({
              endToEndId: 'P-3',
              creditor: { name: 'X', iban: 'FI2112345600000785', bic: 'nordea' },
            }),
            payment({ endToEndId: 'P-4', remittance: { creditorReference: '12345673' } }),
            payment({ endToEndId: 'P-5', remittance: { creditorReference: 'RF19539007547034' } }),
            payment({ endToEndId: 'P-5', creditor: { name: '王', iban: 'FI2112345600000785' } }),
          ],
          {
            messageId: 'x'.repeat(36),
            requestedExecutionDate: '2026-02-30',
            debtor: { ...samplePaymentBatch(0).debtor, organisationId: '0201256-5' },
          },
        ),
      ),
      [
        { path: 'messageId', code: 'identifier' },
        { path: 'requestedExecutionDate', code: 'date' },
        { path: 'debtor.organisationId', code: 'business_id' },
        { path: 'payments[0].endToEndId', code: 'identifier' },
        { path: 'payments[1].endToEndId', code: 'identifier' },
        { path: 'payments[2].creditor.bic', code: 'bic' },
        { path: 'payments[3].remittance.creditorReference', code: 'reference' },
        { path: 'payments[4].remittance.creditorReference', code: 'reference' },
        { path: 'payments[5].endToEndId', code: 'duplicate' },
        { path: 'payments[5].creditor.name', code: 'required' },
      ],
    );
    assert.deepEqual(problems(batchOf([])), [{ path: 'payments', code: 'required' }]);
  });
});

describe('payment file: the schema check fails on a broken file', () => {
  const xml = buildPaymentFile(samplePaymentBatch(3)).xml;

  test('a required element removed (the execution date)', async () => {
    const broken = xml.replace(/<ReqdExctnDt>.*?<\/ReqdExctnDt>/, '');
    const result = await validatePaymentFile(broken);
    assert.equal(result.valid, false);
    assert.match(result.valid ? '' : (result.errors[0] ?? ''), /PmtInf.*Dbtr|ReqdExctnDt/);
  });

  test('a required element removed (an end-to-end id), a negative amount, a wrong namespace', async () => {
    for (const broken of [
      xml.replace(/<EndToEndId>[^<]*<\/EndToEndId>/, ''),
      xml.replace(/<InstdAmt Ccy="EUR">[^<]*</, '<InstdAmt Ccy="EUR">-1.00<'),
      xml.replace('pain.001.001.09"', 'pain.001.001.03"'),
    ]) {
      assert.equal((await validatePaymentFile(broken)).valid, false);
    }
  });

  test('text that is not well-formed XML is invalid, not an exception', async () => {
    const result = await validatePaymentFile(xml.slice(0, 500));
    assert.equal(result.valid, false);
    assert.match(result.valid ? '' : (result.errors[0] ?? ''), /line 2/);
  });
});

describe('payment text rules', () => {
  test('paymentText: transliteration and white space', () => {
    assert.equal(paymentText('  Åke   Öberg\tÄlvsjö ', 'epc-basic'), 'Ake Oberg Alvsjo');
    assert.equal(paymentText('Åke Öberg', 'finnish'), 'Åke Öberg');
    assert.equal(paymentText('Crème brûlée Œuvre Łódź', 'epc-basic'), 'Creme brulee OEuvre Lodz');
    assert.equal(paymentText('a<b>c"d', 'epc-basic'), "a b c'd");
  });

  test('parseCreditorReference: Finnish reference numbers and RF references', () => {
    assert.deepEqual(parseCreditorReference('1232'), { kind: 'finnish', value: '1232' });
    assert.deepEqual(parseCreditorReference('1234 5672'), { kind: 'finnish', value: '12345672' });
    assert.deepEqual(parseCreditorReference('RF18 5390 0754 7034'), {
      kind: 'rf',
      value: 'RF18539007547034',
    });
    assert.equal(parseCreditorReference('RF18539007547035'), null);
    assert.equal(parseCreditorReference('123'), null);
    assert.equal(parseCreditorReference('1'.repeat(21)), null);
  });
});
