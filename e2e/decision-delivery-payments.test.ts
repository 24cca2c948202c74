// Browser test of a decision's letter delivery and payments in both apps. Through the API, the handler decides Matti's
// and Sanna's applications; Matti's decision also pays his landlord (a payment put in the database, as the decisions
// name no landlord yet); the handler makes a payment batch of them, the payment approver approves it, writes its
// payment file and reads in the bank's status report (Matti paid, the landlord's account closed). Sanna's decision
// is made after the batch, so its payment waits. The Suomi.fi deliveries are put in the database as the events
// poller would record them: Matti's letter in his Suomi.fi Messages and read, Sanna's mailed and returned to the
// sender. The handler (1280 px) sees each case's Delivery and Payments blocks; Matti and Sanna (320 px, Sanna in
// English) see how the letter was delivered and how the money is paid. axe-core finds nothing; screenshots go to
// test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { samplePaymentBatch } from '../apps/server/src/payments/sample.ts';
import { matti, sanna } from '../apps/server/test/helpers/demo-citizens.ts';
import { closedAccount, statusReport } from '../apps/server/test/helpers/payments.ts';
import { helsinkiDateAndTime } from '../packages/ui/src/format/format.ts';
import { type ApiSession, helsinkiToday, testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, finnishDate, screenshots } from './helpers/pages.ts';

const debtor = samplePaymentBatch(0).debtor;
const landlord = { name: 'Asunto Oy Esimerkkikatu', iban: 'FI5542345670000081', amountCents: 30_000 };

/** Intl writes no-break spaces in sums; compare with plain spaces. */
function plain(text: string | null): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const euros = (cents: number, locale: string) =>
  plain(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100));

interface Decided {
  id: string;
  amountCents: number;
  paymentDate: string;
}

describe('a decision’s letter delivery and payments in the case view and the e-services account', () => {
  const scene = browserScene({
    PAYMENT_DEBTOR_NAME: debtor.name,
    PAYMENT_DEBTOR_IBAN: debtor.iban,
    PAYMENT_DEBTOR_BIC: debtor.bic,
  });
  const { api, signInApi, sendApplication, takeAndApprove } = testApi(() => scene.baseUrl);
  const db = () => scene.server.database.db;
  let mattis: { application: { id: string }; decision: Decided };
  let sannas: { application: { id: string }; decision: Decided };
  const electronicSent = new Date(Date.now() - 3 * 3600_000);
  const electronicRead = new Date(Date.now() - 3600_000);
  const mailSent = new Date(Date.now() - 2 * 3600_000);
  const mailReturned = new Date(Date.now() - 600_000);

  /** A delivery as the Suomi.fi events poller records one: the row and the events the service reported. */
  async function recordDelivery(
    decisionId: string,
    delivery: { channel: string; status: string; sentAt: Date },
    events: { kind: string; at: Date }[],
  ) {
    const row = await db()
      .insertInto('letter_delivery')
      .values({
        decision_id: decisionId,
        channel: delivery.channel,
        status: delivery.status,
        created_at: delivery.sentAt,
        sent_at: delivery.sentAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('letter_delivery_event')
      .values(events.map((event) => ({ delivery_id: row.id, kind: event.kind, event_time: event.at })))
      .execute();
  }

  async function expectStatus(response: Response, status: number) {
    assert.equal(response.status, status, await response.clone().text());
    return response;
  }

  before(async () => {
    const handler = await signInApi({ username: 'handler' });
    const payer: ApiSession = await signInApi({ username: 'payer' });

    const mattisApplication = await sendApplication(matti);
    const mattisDecision = await takeAndApprove<Decided>(handler, mattisApplication.id);
    mattis = { application: mattisApplication, decision: mattisDecision };
    const now = new Date();
    await db()
      .insertInto('payment')
      .values({
        application_id: mattisApplication.id,
        decision_id: mattisDecision.id,
        payee_kind: 'landlord',
        payee_name: landlord.name,
        iban: landlord.iban,
        amount_cents: landlord.amountCents,
        due_date: mattisDecision.paymentDate,
        remittance: `${mattisApplication.ref} vuokra`,
        created_at: now,
        updated_at: now,
      })
      .execute();

    // The batch, its approval by another person, its payment file, and the bank's answer.
    const created = await expectStatus(
      await api(handler, 'POST', '/api/v1/payment-batches', { json: { dueBy: mattisDecision.paymentDate } }),
      201,
    );
    const batch = (await created.json()) as { id: string; messageId: string };
    await expectStatus(await api(payer, 'POST', `/api/v1/payment-batches/${batch.id}/approval`), 200);
    await expectStatus(await api(payer, 'GET', `/api/v1/payment-batches/${batch.id}/file`), 200);
    const listed = await expectStatus(await api(payer, 'GET', `/api/v1/payments?batch=${batch.id}`), 200);
    const payments = ((await listed.json()) as { items: { payeeKind: string; endToEndId: string }[] }).items;
    assert.equal(payments.length, 2);
    const report = statusReport({
      messageId: 'BANK-REPORT-E2E-1',
      originalMessageId: batch.messageId,
      groupStatus: 'PART',
      transactions: payments.map((payment) =>
        payment.payeeKind === 'client'
          ? { endToEndId: payment.endToEndId, status: 'ACSC' }
          : { endToEndId: payment.endToEndId, status: 'RJCT', reason: closedAccount },
      ),
    });
    await expectStatus(
      await api(payer, 'POST', '/api/v1/payment-batches/status-reports', {
        body: report,
        headers: { 'content-type': 'application/xml' },
      }),
      200,
    );

    // Sanna's decision after the batch: its payment waits for the next one.
    const sannasApplication = await sendApplication(sanna);
    const sannasDecision = await takeAndApprove<Decided>(handler, sannasApplication.id);
    sannas = { application: sannasApplication, decision: sannasDecision };

    await recordDelivery(
      mattisDecision.id,
      { channel: 'suomifi_electronic', status: 'read', sentAt: electronicSent },
      [
        { kind: 'electronic_created', at: electronicSent },
        { kind: 'read', at: electronicRead },
      ],
    );
    await recordDelivery(
      sannasDecision.id,
      { channel: 'suomifi_paper', status: 'returned_to_sender', sentAt: mailSent },
      [
        { kind: 'printed', at: mailSent },
        { kind: 'returned_to_sender', at: mailReturned },
      ],
    );
  });

  /** The day a payment sent today is paid: its due date, or today when that has passed. */
  const paidDay = (dueDate: string) => finnishDate(dueDate >= helsinkiToday() ? dueDate : helsinkiToday());
  const at = (instant: Date) => {
    const { date, time } = helsinkiDateAndTime(instant, 'fi');
    return `${date} klo ${time}`;
  };
  const dayOf = (instant: Date) => helsinkiDateAndTime(instant, 'fi').date;

  test('the handler sees the delivery and the payments of each decision', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/applications/${mattis.application.id}`);
    const decisions = page.getByTestId('decisions');
    const delivery = decisions.getByTestId('delivery');
    await delivery.waitFor();
    assert.equal(
      plain(await delivery.locator('.staff-delivery-line').textContent()),
      'Suomi.fi-viesti Luettu',
    );
    assert.equal(
      plain(await delivery.locator('.staff-delivery-steps').textContent()),
      `Lähetetty ${at(electronicSent)}Luettu ${at(electronicRead)}`,
    );
    assert.equal(await decisions.getByTestId('returned').count(), 0);

    const rows = decisions.getByTestId('payment');
    assert.equal(await rows.count(), 2);
    const cells = async (index: number) =>
      (await rows.nth(index).locator('td').allTextContents()).map((text) => plain(text));
    assert.deepEqual(await cells(0), [
      'Matti Meikäläinen (asiakas)',
      euros(mattis.decision.amountCents, 'fi-FI'),
      'Maksettu',
      paidDay(mattis.decision.paymentDate),
    ]);
    assert.deepEqual(await cells(1), [
      `${landlord.name} (vuokranantaja)`,
      euros(landlord.amountCents, 'fi-FI'),
      'HylättyPankin syy: tili on lopetettu (AC04)',
      '',
    ]);
    await page.getByRole('table', { name: 'Maksut' }).waitFor();
    await expectAccessible(page, 'delivery-payments-1-staff');
    await decisions.screenshot({ path: `${screenshots}delivery-payments-1b-staff-decision.png` });

    // Sanna's letter came back: a clear warning; her payment waits for a batch.
    await page.goto(`${scene.baseUrl}/staff/applications/${sannas.application.id}`);
    const returned = page.getByTestId('decisions').getByTestId('returned');
    await returned.getByText('Kirje palautui lähettäjälle').waitFor();
    await returned
      .getByText('Tarkista osoite ja toimita päätös asiakkaalle uudelleen.', { exact: false })
      .waitFor();
    const sannasDelivery = page.getByTestId('delivery');
    assert.equal(
      plain(await sannasDelivery.locator('.staff-delivery-line').textContent()),
      'Suomi.fi-paperiposti Palautunut lähettäjälle',
    );
    assert.equal(
      plain(await sannasDelivery.locator('.staff-delivery-steps').textContent()),
      `Lähetetty ${at(mailSent)}Tulostukseen ${at(mailSent)}Palautui ${at(mailReturned)}`,
    );
    const waiting = (await page.getByTestId('payment').locator('td').allTextContents()).map((text) =>
      plain(text),
    );
    assert.deepEqual(waiting, [
      'Sanna Mäkelä (asiakas)',
      euros(sannas.decision.amountCents, 'fi-FI'),
      `Odottaa maksuerääeräpäivä ${finnishDate(sannas.decision.paymentDate)}`,
      '',
    ]);
    await expectAccessible(page, 'delivery-payments-2-staff-returned');
    await page
      .getByTestId('decisions')
      .screenshot({ path: `${screenshots}delivery-payments-2b-staff-returned.png` });
  });

  test('Matti reads how his letter reached him and that he was paid, on a 320 px screen', async () => {
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Matti Meikäläinen/,
      viewport: { width: 1024, height: 900 },
    });
    // A phone's width once signed in (the header shows the signed-in name only on a wide screen).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${scene.baseUrl}/applications/${mattis.application.id}`);
    const section = page.getByTestId('decisions');
    const delivery = section.getByTestId('decision-delivery');
    await delivery.waitFor();
    assert.deepEqual((await delivery.locator('p').allTextContents()).map(plain), [
      `Päätös lähetettiin Suomi.fi-viesteihisi ${dayOf(electronicSent)}.`,
      `Avasit viestin ${dayOf(electronicRead)}.`,
    ]);
    await section.getByRole('heading', { name: 'Maksut' }).waitFor();
    const payments = section.getByTestId('decision-payments');
    assert.deepEqual((await payments.getByTestId('payment').allTextContents()).map(plain), [
      `Maksettu ${paidDay(mattis.decision.paymentDate)}: ${euros(mattis.decision.amountCents, 'fi-FI')}`,
      `Maksu vuokranantajallesi (${euros(landlord.amountCents, 'fi-FI')}) epäonnistui – otamme sinuun yhteyttä.`,
    ]);
    await payments.getByText('Tilille FI2112345600000785').waitFor({ state: 'attached' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    await expectAccessible(page, 'delivery-payments-3-citizen-320');
    await section.screenshot({ path: `${screenshots}delivery-payments-3b-citizen-decision-320.png` });
  });

  test('Sanna, in English, reads that her letter came back and when she will be paid', async () => {
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Sanna Mäkelä/,
      viewport: { width: 1024, height: 900 },
    });
    // A phone's width once signed in (the header shows the signed-in name only on a wide screen).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: 'English' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.goto(`${scene.baseUrl}/applications/${sannas.application.id}`);
    const section = page.getByTestId('decisions');
    const delivery = section.getByTestId('decision-delivery');
    await delivery.waitFor();
    assert.match(
      plain(await delivery.textContent()),
      new RegExp(
        `^The letter mailed to you came back to us on ${dayOf(mailReturned).replaceAll('.', '\\.')} `,
      ),
    );
    await section.getByRole('heading', { name: 'Payment', exact: true }).waitFor();
    assert.equal(
      plain(await section.getByTestId('payment').textContent()),
      `To be paid on ${finnishDate(sannas.decision.paymentDate)}: ${euros(sannas.decision.amountCents, 'en-GB')}`,
    );
    await expectAccessible(page, 'delivery-payments-4-citizen-returned-en');
    await section.screenshot({ path: `${screenshots}delivery-payments-4b-citizen-returned-en-320.png` });
  });
});
