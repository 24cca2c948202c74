// Rent paid straight to the landlord, payment commitments and the API scopes of payments, on both databases:
// the split of the amount granted (landlord's part = the housing lines, the two summing to the amount) with its two
// payments in a pain.001 file valid against the schema; the decision letter saying so; a bad IBAN refused with
// 422 in the user's language; commitments numbered per year, distinct when decisions are made at once, with the
// payee's document in the payee's language (pdftotext) and listed on the decision and in the letter; payments:read
// and payments:write for API clients (privileged: they wait for a second admin).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { isPrivilegedApiScope } from '@tuki/domain';
import { landlordRemittance, splitDecisionAmount, validatePaymentFile } from '../src/payments/index.ts';
import { samplePaymentBatch } from '../src/payments/sample.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createApiClientAndToken, createTestApiClient } from './helpers/api-client.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { approvalOf, sendApplication, singleApplicantCalculation } from './helpers/cases.ts';
import { statusReport } from './helpers/payments.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const run = promisify(execFile);
const BATCHES = '/api/v1/payment-batches';
const debtor = samplePaymentBatch(0).debtor;
const debtorEnv = {
  PAYMENT_DEBTOR_NAME: debtor.name,
  PAYMENT_DEBTOR_IBAN: debtor.iban,
  PAYMENT_DEBTOR_BIC: debtor.bic,
  PAYMENT_DEBTOR_BUSINESS_ID: debtor.organisationId ?? '',
};
/** A valid Finnish IBAN written as people write it: lower case, in groups. */
const LANDLORD_IBAN_TYPED = 'fi21 1234 5600 0007 85';
const LANDLORD_IBAN = 'FI2112345600000785';

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tuki-commitment-'));
  try {
    await writeFile(join(dir, 'document.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'document.pdf'), '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface DecisionView {
  id: string;
  amountCents: number;
  documentUrl: string;
  calculation: { result: { lines: { kind: string; amountCents: number }[] } } | null;
  commitments: {
    id: string;
    number: string;
    payeeName: string;
    payeeLanguage: string;
    documentUrl: string;
  }[];
}

describe('the split of the amount and the landlord’s remittance text', () => {
  test('the landlord gets the rent, at most the amount; the two parts always sum to the amount', () => {
    assert.deepEqual(splitDecisionAmount(100_000, 67_000), { landlordCents: 67_000, clientCents: 33_000 });
    assert.deepEqual(splitDecisionAmount(42_843, 67_000), { landlordCents: 42_843, clientCents: 0 });
    assert.deepEqual(splitDecisionAmount(42_843, null), { landlordCents: 0, clientCents: 42_843 });
    assert.deepEqual(splitDecisionAmount(42_843, -5), { landlordCents: 0, clientCents: 42_843 });
  });

  test('the reference number, the month and the tenant’s name, cut to 140 characters', () => {
    assert.equal(
      landlordRemittance('TT-2026-000001', ' Matti Meikäläinen ', '2026-11'),
      'TT-2026-000001 2026-11 Matti Meikäläinen',
    );
    assert.equal(landlordRemittance(null, 'Anna', '2026-11'), '2026-11 Anna');
    assert.equal(landlordRemittance('TT-2026-000001', 'x'.repeat(200), '2026-11').length, 140);
  });
});

for (const backend of databaseBackends) {
  describe(`landlord payments and payment commitments (${backend})`, () => {
    const t = useTestApp(backend, debtorEnv);
    const handler = useCaller(t, { username: 'handler' });
    const payer = useCaller(t, { username: 'payer' });
    let payer2: Caller;
    const citizens: Caller[] = [];
    const db = () => t.database.db;

    /** A sent application of the citizen, taken by the handler: its id. */
    const takenApplication = async (citizen: Caller) => {
      const applicationId = await sendApplication(t, citizen, '2026-11');
      const taken = await call(t, handler, 'POST', `/api/v1/applications/${applicationId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      return applicationId;
    };
    const decide = (applicationId: string, extra: Record<string, unknown>, language?: string) =>
      call(t, handler, 'POST', `/api/v1/applications/${applicationId}/decision`, {
        payload: { ...approvalOf('2026-11'), ...extra },
        ...(language ? { headers: { 'accept-language': language } } : {}),
      });

    before(async () => {
      const now = t.clock.now();
      await db()
        .insertInto('staff_user')
        .values({
          username: 'payer2',
          first_name: 'Pekka',
          last_name: 'Maksaja',
          roles: ['payment_approver'],
          created_at: now,
          updated_at: now,
        })
        .execute();
      payer2 = await signIn(t, { username: 'payer2' });
      for (const person of demoCitizens.slice(0, 3)) {
        citizens.push(await signIn(t, { personalIdentityCode: person.personalIdentityCode }));
      }
    });

    test('a bad IBAN or a rejection is refused with 422, the texts in the user’s language', async () => {
      const applicationId = await takenApplication(citizens[0] as Caller);
      const swedish = await decide(
        applicationId,
        { rentToLandlord: { name: 'Bostad Ab', iban: 'FI21 1234 5600 0007 86' } },
        'sv',
      );
      assert.equal(swedish.statusCode, 422, swedish.body);
      assert.match(swedish.json().type, /invalid-iban$/);
      const field = swedish
        .json()
        .errors.find((error: { path: string }) => error.path === 'rentToLandlord.iban');
      assert.match(field?.message ?? '', /Hyresvärdens kontonummer är inte ett giltigt IBAN/);
      const finnish = await decide(applicationId, {
        rentToLandlord: { name: 'Asunto Oy', iban: 'not an iban' },
      });
      assert.equal(finnish.statusCode, 422);
      assert.match(finnish.json().detail, /Vuokranantajan tilinumero ei ole kelvollinen IBAN/);
      const rejection = await decide(
        applicationId,
        {
          outcome: 'rejected',
          calculation: null,
          reasonTemplates: ['informationNotProvided'],
          rentToLandlord: { name: 'Asunto Oy', iban: LANDLORD_IBAN },
        },
        'en',
      );
      assert.equal(rejection.statusCode, 422, rejection.body);
      assert.match(rejection.json().detail, /A rejection cannot pay rent to the landlord/);
      const backwards = await decide(applicationId, {
        commitments: [
          {
            kind: 'medicines',
            payeeName: 'Apteekki',
            payeeLanguage: 'fi',
            maxAmountCents: 5000,
            validFrom: '2026-11-30',
            validTo: '2026-11-01',
          },
        ],
      });
      assert.equal(backwards.statusCode, 422);
      assert.equal(backwards.json().errors[0].path, 'commitments.0.validTo');
      const nothing = await db().selectFrom('payment').selectAll().execute();
      assert.equal(nothing.length, 0, 'nothing was decided');
      // Rent more than the amount granted: the landlord gets all of it, the client nothing.
      const all = await decide(applicationId, { rentToLandlord: { name: 'Asunto Oy', iban: LANDLORD_IBAN } });
      assert.equal(all.statusCode, 201, all.body);
      const whole = await db()
        .selectFrom('payment')
        .selectAll()
        .where('decision_id', '=', all.json().id)
        .execute();
      assert.deepEqual(
        whole.map((payment) => [payment.payee_kind, Number(payment.amount_cents)]),
        [['landlord', all.json().amountCents]],
      );
    });

    test('the rent to the landlord: two payments summing to the amount, in a pain.001 file valid against the schema', async () => {
      const applicationId = await takenApplication(citizens[1] as Caller);
      // Without the unemployment benefit: the amount granted is more than the rent.
      const made = await decide(applicationId, {
        calculation: { ...singleApplicantCalculation('2026-11'), incomes: [] },
        rentToLandlord: { name: 'Asunto Oy Kotikatu', iban: LANDLORD_IBAN_TYPED, bic: 'okoy fi hh' },
      });
      assert.equal(made.statusCode, 201, made.body);
      const decision = made.json() as DecisionView;
      const housing = (decision.calculation?.result.lines ?? [])
        .filter((line) => line.kind === 'housing')
        .reduce((sum, line) => sum + line.amountCents, 0);
      assert.ok(housing > 0 && housing < decision.amountCents, 'the example has rent and more');
      const stored = await db()
        .selectFrom('decision')
        .selectAll()
        .where('id', '=', decision.id)
        .executeTakeFirstOrThrow();
      assert.equal(stored.landlord_iban, LANDLORD_IBAN, 'normalised');
      assert.equal(stored.landlord_bic, 'OKOYFIHH');
      assert.equal(Number(stored.landlord_amount_cents), housing);

      const view = await call(t, handler, 'GET', `/api/v1/applications/${applicationId}`);
      const payments = view.json().decisions.find((item: { id: string }) => item.id === decision.id)
        .payments as {
        payeeKind: string;
        amountCents: number;
        iban: string;
        payeeName: string;
      }[];
      const landlord = payments.find((payment) => payment.payeeKind === 'landlord');
      const client = payments.find((payment) => payment.payeeKind === 'client');
      assert.equal(landlord?.amountCents, housing);
      assert.equal(landlord?.iban, LANDLORD_IBAN);
      assert.equal(landlord?.payeeName, 'Asunto Oy Kotikatu');
      assert.equal((landlord?.amountCents ?? 0) + (client?.amountCents ?? 0), decision.amountCents);
      // The client sees the landlord's account masked.
      const own = await call(t, citizens[1] as Caller, 'GET', `/api/v1/my/applications/${applicationId}`);
      const ownLandlord = own
        .json()
        .decisions[0].payments.find((payment: { payeeKind: string }) => payment.payeeKind === 'landlord');
      assert.notEqual(ownLandlord.iban, LANDLORD_IBAN);
      assert.equal(ownLandlord.iban, 'FI** **** **** **07 85');

      const rows = await db()
        .selectFrom('payment')
        .selectAll()
        .where('decision_id', '=', decision.id)
        .execute();
      const landlordRow = rows.find((row) => row.payee_kind === 'landlord');
      const person = await db()
        .selectFrom('application as a')
        .innerJoin('person as p', 'p.id', 'a.person_id')
        .select(['p.first_name', 'p.last_name', 'a.reference_number'])
        .where('a.id', '=', applicationId)
        .executeTakeFirstOrThrow();
      assert.equal(
        landlordRow?.remittance,
        `${person.reference_number} 2026-11 ${person.first_name} ${person.last_name}`,
        'the landlord sees whose rent and which month',
      );

      const letter = await call(t, handler, 'GET', decision.documentUrl);
      assert.equal(letter.statusCode, 200);
      const text = await pdfText(letter.rawPayload);
      // The letter is in the client's language (this demo client's is Swedish).
      const says = {
        fi: 'Vuokra maksetaan suoraan vuokranantajalle',
        sv: 'Hyran betalas direkt till hyresvärden',
        en: 'The rent is paid directly to the landlord',
      }[made.json().language as 'fi' | 'sv' | 'en'];
      assert.ok(text.includes(says), text);
      assert.ok(text.includes('Asunto Oy Kotikatu'));

      // The batch of every payment due, approved by another person, written as one file of both payments.
      const dueBy = String(rows[0]?.due_date);
      const created = await call(t, payer, 'POST', BATCHES, { payload: { dueBy: '2026-12-31' } });
      assert.equal(created.statusCode, 201, `${dueBy}: ${created.body}`);
      const batch = created.json();
      const ours = rows.map((row) => row.id);
      assert.ok(
        ours.every((id) => batch.paymentIds.includes(id)),
        'both payments in the batch',
      );
      assert.equal((await call(t, payer2, 'POST', `${BATCHES}/${batch.id}/approval`)).statusCode, 200);

      // An API client with payments:read gets only a file already written.
      const reader = await createApiClientAndToken(t, ['payments:read']);
      const early = await t.app.inject({
        method: 'GET',
        url: `${BATCHES}/${batch.id}/file`,
        headers: { authorization: reader.authorization },
      });
      assert.equal(early.statusCode, 409, early.body);
      assert.match(early.json().type, /payment-batch-not-exported$/);

      const file = await call(t, payer2, 'GET', `${BATCHES}/${batch.id}/file`);
      assert.equal(file.statusCode, 200, file.body);
      const validation = await validatePaymentFile(file.body);
      assert.equal(validation.valid, true, JSON.stringify(validation));
      assert.ok(file.body.includes(`<IBAN>${LANDLORD_IBAN}</IBAN>`));
      const amounts = [...file.body.matchAll(/<InstdAmt Ccy="EUR">([0-9.]+)<\/InstdAmt>/g)].map((m) =>
        Math.round(Number(m[1]) * 100),
      );
      const ofDecision = rows.map((row) => Number(row.amount_cents)).sort();
      for (const amount of ofDecision) assert.ok(amounts.includes(amount), `${amount} in the file`);
      assert.equal(
        ofDecision.reduce((sum, amount) => sum + amount, 0),
        decision.amountCents,
      );

      // payments:read: the lists and the written file; payments:write: the bank's status report.
      for (const url of ['/api/v1/payments', BATCHES, `${BATCHES}/${batch.id}/file`]) {
        const response = await t.app.inject({
          method: 'GET',
          url,
          headers: { authorization: reader.authorization },
        });
        assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
      }
      const listAudit = await db()
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'payment.list')
        .where('actor_type', '=', 'api_client')
        .execute();
      assert.equal(listAudit.length, 1, 'the client’s read is audited');
      const endToEndIds = [...file.body.matchAll(/<EndToEndId>([^<]+)<\/EndToEndId>/g)].map(
        (m) => m[1] as string,
      );
      const report = statusReport({
        messageId: 'BANK-REPORT-LANDLORD-1',
        originalMessageId: batch.messageId,
        groupStatus: 'ACCP',
        transactions: endToEndIds.map((endToEndId) => ({ endToEndId, status: 'ACCP' })),
      });
      const refused = await t.app.inject({
        method: 'POST',
        url: `${BATCHES}/status-reports`,
        payload: report,
        headers: { authorization: reader.authorization, 'content-type': 'application/xml' },
      });
      assert.equal(refused.statusCode, 403, 'payments:read does not write');
      const writer = await createApiClientAndToken(t, ['payments:write']);
      const imported = await t.app.inject({
        method: 'POST',
        url: `${BATCHES}/status-reports`,
        payload: report,
        headers: { authorization: writer.authorization, 'content-type': 'application/xml' },
      });
      assert.equal(imported.statusCode, 200, imported.body);
      assert.equal(imported.json().accepted, endToEndIds.length);
      const storedReport = await db()
        .selectFrom('payment_status_report')
        .selectAll()
        .where('message_id', '=', 'BANK-REPORT-LANDLORD-1')
        .executeTakeFirstOrThrow();
      assert.equal(storedReport.imported_by, null);
      assert.equal(storedReport.imported_by_client, writer.clientId);
      const noList = await t.app.inject({
        method: 'GET',
        url: '/api/v1/payments',
        headers: { authorization: writer.authorization },
      });
      assert.equal(noList.statusCode, 403, 'payments:write does not read the list');
    });

    test('payment commitments: numbered, listed, the payee’s document in its language; concurrent decisions get distinct numbers', async () => {
      const first = await takenApplication(citizens[2] as Caller);
      const second = await takenApplication(citizens[0] as Caller);
      const commitment = (payeeName: string, payeeLanguage: string, kind: string) => ({
        kind,
        payeeName,
        payeeLanguage,
        covers: kind === 'rent_deposit' ? 'Kotikatu 1 A 2, Helsinki' : 'Reseptilääkkeet',
        maxAmountCents: 134_000,
        validFrom: '2026-11-01',
        validTo: '2027-01-31',
      });
      const [a, b] = await Promise.all([
        decide(first, {
          commitments: [
            commitment('Asunto Oy Kotikatu', 'fi', 'rent_deposit'),
            commitment('Apoteket Ab', 'sv', 'medicines'),
          ],
        }),
        decide(second, { commitments: [commitment('Apteekki Oy', 'fi', 'medicines')] }),
      ]);
      assert.equal(a.statusCode, 201, a.body);
      assert.equal(b.statusCode, 201, b.body);
      const decisionA = a.json() as DecisionView;
      const decisionB = b.json() as DecisionView;
      const numbers = [...decisionA.commitments, ...decisionB.commitments].map((item) => item.number);
      assert.equal(numbers.length, 3);
      assert.equal(new Set(numbers).size, 3, 'distinct numbers');
      for (const number of numbers) assert.match(number, /^MS-2026-\d{6}$/);
      assert.deepEqual(
        [...numbers].sort(),
        ['MS-2026-000001', 'MS-2026-000002', 'MS-2026-000003'],
        'sequential, without gaps',
      );
      // No bank payment follows from a commitment: the decisions pay only the clients.
      const payments = await db()
        .selectFrom('payment')
        .selectAll()
        .where('decision_id', 'in', [decisionA.id, decisionB.id])
        .execute();
      assert.ok(payments.every((payment) => payment.payee_kind === 'client'));
      assert.equal(payments.length, 2);
      const created = await db()
        .selectFrom('audit_event')
        .select(['object_id', 'subject_person_id'])
        .where('action', '=', 'payment_commitment.create')
        .execute();
      assert.deepEqual(
        created.map((row) => row.object_id).sort(),
        [...decisionA.commitments, ...decisionB.commitments].map((item) => item.id).sort(),
        'each commitment audited when made',
      );

      const [fiCommitment, svCommitment] = decisionA.commitments;
      assert.equal(fiCommitment?.payeeLanguage, 'fi');
      const fiPdf = await call(t, handler, 'GET', fiCommitment?.documentUrl ?? '');
      assert.equal(fiPdf.statusCode, 200, fiPdf.body);
      assert.equal(fiPdf.headers['content-type'], 'application/pdf');
      const fiText = await pdfText(fiPdf.rawPayload);
      for (const expected of [
        'MAKSUSITOUMUS',
        fiCommitment?.number ?? '',
        'Asunto Oy Kotikatu',
        'Vuokravakuus',
        'Kotikatu 1 A 2, Helsinki',
        '1 340,00',
        '1.11.2026–31.1.2027',
        'Laskutusohjeet',
        '003702012566',
      ]) {
        assert.ok(fiText.includes(expected), `the Finnish document has ${expected}:\n${fiText}`);
      }
      const svText = await pdfText(
        (await call(t, handler, 'GET', svCommitment?.documentUrl ?? '')).rawPayload,
      );
      for (const expected of [
        'BETALNINGSFÖRBINDELSE',
        svCommitment?.number ?? '',
        'Apoteket Ab',
        'Läkemedel',
        'Faktureringsanvisningar',
      ]) {
        assert.ok(svText.includes(expected), `the Swedish document has ${expected}:\n${svText}`);
      }
      assert.ok(!svText.includes('Laskutusohjeet'));
      const again = await call(t, handler, 'GET', fiCommitment?.documentUrl ?? '');
      assert.deepEqual(again.rawPayload, fiPdf.rawPayload, 'the same document every time');
      const audits = await db()
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'payment_commitment.download')
        .execute();
      assert.equal(audits.length, 3);
      assert.ok(audits.every((row) => row.subject_person_id !== null && row.actor_type === 'staff'));
      // Not for the client, nor for an auditor.
      assert.equal(
        (await call(t, citizens[2] as Caller, 'GET', fiCommitment?.documentUrl ?? '')).statusCode,
        403,
      );
      const missing = await call(
        t,
        handler,
        'GET',
        '/api/v1/payment-commitments/00000000-0000-4000-8000-000000000000/document',
      );
      assert.equal(missing.statusCode, 404);

      // The decision letter lists them; the case shows them.
      const letterText = await pdfText((await call(t, handler, 'GET', decisionA.documentUrl)).rawPayload);
      assert.ok(letterText.includes('Maksusitoumukset'), letterText);
      for (const number of decisionA.commitments.map((item) => item.number))
        assert.ok(letterText.includes(number));
      const view = await call(t, handler, 'GET', `/api/v1/applications/${first}`);
      assert.deepEqual(
        view.json().decisions[0].commitments.map((item: { number: string }) => item.number),
        decisionA.commitments.map((item) => item.number),
      );
    });

    test('the payment scopes are privileged: a client holding one waits for a second admin', async () => {
      assert.ok(isPrivilegedApiScope('payments:read'));
      assert.ok(isPrivilegedApiScope('payments:write'));
      const pending = await createTestApiClient(t, ['payments:read'], 'Bank connector', { approve: false });
      const row = await db()
        .selectFrom('api_client')
        .selectAll()
        .where('id', '=', pending.clientId)
        .executeTakeFirstOrThrow();
      assert.equal(row.approval, 'pending');
      const token = await t.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        payload: `grant_type=client_credentials&client_id=${pending.clientId}&client_secret=${pending.clientSecret}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(token.statusCode, 400, token.body);
      assert.equal(token.json().error, 'unauthorized_client');
    });
  });
}
