// Browser test of the payments page: two applications are decided through the API with money paid today. In the
// staff app the handler sees both payments waiting, proposes today's batch through the confirmation dialog and sees
// it waiting for a payment approver; the payer (Maija Maksaja, in English) approves it, downloads the pain.001
// payment file and reads in the bank's pain.002 status report, which accepts one payment and rejects the other
// for a closed account, then the same report again, which is told to have been read in already. Without the
// city's account configured, the download says payments are not in use; a batch the payer proposed explains why
// it is not theirs to approve. axe-core finds nothing in Finnish and English; screenshots at 1280 and 1920 px go
// to test-results/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { samplePaymentBatch } from '../apps/server/src/payments/sample.ts';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { singleApplicantCalculation } from '../apps/server/test/helpers/cases.ts';
import { closedAccount, statusReport } from '../apps/server/test/helpers/payments.ts';
import { formatEuros } from '../packages/ui/src/format/format.ts';
import { type ApiSession, helsinkiToday, testApi } from './helpers/api.ts';
import {
  browserScene,
  expectAccessible,
  expectNoRawText,
  finnishDate,
  screenshots,
} from './helpers/pages.ts';

const debtor = samplePaymentBatch(0).debtor;
const debtorEnv = {
  PAYMENT_DEBTOR_NAME: debtor.name,
  PAYMENT_DEBTOR_IBAN: debtor.iban,
  PAYMENT_DEBTOR_BIC: debtor.bic,
  PAYMENT_DEBTOR_BUSINESS_ID: debtor.organisationId ?? '',
};

interface PaymentView {
  id: string;
  applicationId: string;
  payeeName: string;
  amountCents: number;
  remittance: string;
  endToEndId: string;
  status: string;
  batchId: string | null;
}

/** Normalises the spaces of formatted money (Intl uses no-break spaces) for comparing texts. */
const spaces = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The scene's API helpers, with a decision granting money paid today (so that today's batch takes it). */
function paymentScene(scene: ReturnType<typeof browserScene>) {
  const helpers = testApi(() => scene.baseUrl);
  const { api, signInApi, sendApplication, assign } = helpers;
  async function decidePaidToday(handler: ApiSession, citizen: { personalIdentityCode: string }) {
    const { id } = await sendApplication(citizen);
    await assign(handler, id, handler.staffUser?.id ?? '');
    const decided = await api(handler, 'POST', `/api/v1/applications/${id}/decision`, {
      json: {
        outcome: 'approved',
        calculation: singleApplicantCalculation(helsinkiToday().slice(0, 7)),
        reasoning: '',
        reasonTemplates: ['calculatedNeed'],
        paymentDate: helsinkiToday(),
      },
    });
    assert.equal(decided.status, 201, await decided.clone().text());
    return id;
  }
  async function payments(session: ApiSession, query = ''): Promise<PaymentView[]> {
    const response = await api(session, 'GET', `/api/v1/payments${query}`);
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as { items: PaymentView[] }).items;
  }
  return { ...helpers, signInApi, decidePaidToday, payments };
}

async function openPayments(page: Page, nav: string, link: string, heading: string) {
  await page.getByRole('navigation', { name: nav }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the payments page: propose, approve, download, read in the bank’s answer', () => {
  const scene = browserScene(debtorEnv);
  const { signInApi, decidePaidToday, payments } = paymentScene(scene);
  let handler: ApiSession;
  let waiting: PaymentView[] = [];

  before(async () => {
    const [matti, anna] = demoCitizens;
    if (!matti || !anna) throw new Error('the demo citizens are missing');
    handler = await signInApi({ username: 'handler' });
    await decidePaidToday(handler, matti);
    await decidePaidToday(handler, anna);
    waiting = await payments(handler, '?status=proposed');
    assert.equal(waiting.length, 2);
  });

  test('the handler sees the payments waiting and proposes today’s batch through the dialog', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await openPayments(page, 'Henkilöstön valikko', 'Maksut', 'Maksut');
    assert.match(await page.title(), /^Maksut – /);

    // The payments waiting for a batch (the default filter), with amount, payee, reference, due date and the link.
    const rows = page.getByTestId('payment-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2);
    assert.ok(await page.getByRole('radio', { name: 'Odottaa maksuerää' }).isChecked());
    for (const payment of waiting) {
      const row = page.locator(`[data-payment-id="${payment.id}"]`);
      const text = spaces(await row.textContent());
      assert.ok(text.includes(spaces(formatEuros(payment.amountCents, 'fi'))), text);
      assert.ok(text.includes(payment.payeeName), text);
      assert.ok(text.includes(payment.remittance), text);
      assert.ok(text.includes(finnishDate(helsinkiToday())), text);
      assert.ok(text.includes('Odottaa maksuerää'), text);
      assert.equal(
        await row.getByRole('link', { name: /^Avaa päätös/ }).getAttribute('href'),
        `/staff/applications/${payment.applicationId}`,
      );
    }
    await page.getByText('Maksueriä ei ole vielä tehty.').waitFor();
    await expectNoRawText(page, 'payments-waiting-fi');
    await expectAccessible(page, 'payments-waiting-fi');

    // Propose: the dialog says what is taken and who approves; cancelling makes nothing.
    const opener = page.getByTestId('propose-payment-batch');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Ehdotetaanko päivän maksuerä?' });
    await dialog.waitFor();
    assert.match(
      (await dialog.textContent()) ?? '',
      new RegExp(`erääntyvät viimeistään ${finnishDate(helsinkiToday()).replace(/\./g, '\\.')}`),
    );
    await expectAccessible(page, 'payments-propose-dialog-fi');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'propose-payment-batch');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByTestId('confirm-payment-batch').click();
    const total = waiting.reduce((sum, payment) => sum + payment.amountCents, 0);
    const status = page.getByTestId('payment-batch-status');
    await status.getByText(/^Maksuerä on ehdotettu: maksuja 2/).waitFor();
    assert.ok(spaces(await status.textContent()).includes(spaces(formatEuros(total, 'fi'))));
    assert.equal(await status.getAttribute('aria-live'), 'polite');

    // The batch: today, 2 payments, the sum, proposed by the handler, waiting for an approver (no button for her).
    const batchRow = page.getByTestId('payment-batch-row');
    await batchRow.getByText('Ehdotettu').waitFor();
    const batchText = spaces(await batchRow.textContent());
    for (const part of [finnishDate(helsinkiToday()), spaces(formatEuros(total, 'fi')), 'Hanna Käsittelijä'])
      assert.ok(batchText.includes(part), batchText);
    await batchRow.getByText('Odottaa maksujen hyväksyjää').waitFor();
    assert.equal(await batchRow.getByRole('button').count(), 0);
    // The payments left the "waiting" filter; "in a batch" shows them.
    await page.getByText('Ei maksuja tällä rajauksella.').waitFor();
    await page.locator('label[for="payment-status-in_batch"]').click();
    await page.waitForURL(/status=in_batch/);
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    await expectAccessible(page, 'payments-proposed-fi');

    // Again: nothing due, explained.
    await opener.click();
    await dialog.getByTestId('confirm-payment-batch').click();
    await status.getByText(/^Ei maksettavaa: /).waitFor();
    assert.equal(await batchRow.count(), 1);
  });

  test('the payer approves, downloads the pain.001 file and reads in the bank’s pain.002 report twice', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Maija Maksaja/, acceptDownloads: true });
    await page.getByRole('button', { name: 'English' }).first().click();
    await openPayments(page, 'Staff menu', 'Payments', 'Payments');
    const batchRow = page.getByTestId('payment-batch-row');
    await batchRow.getByText('Proposed', { exact: true }).waitFor();
    // The payer handles no cases: every payment, and no link to a decision.
    await page.getByText('No payments match this filter.').waitFor();
    await page.locator('label[for="payment-status-all"]').click();
    await page.getByTestId('payment-row').nth(1).waitFor();
    assert.equal(await page.getByRole('link', { name: /^Open the decision/ }).count(), 0);
    await expectNoRawText(page, 'payments-payer-en');
    await expectAccessible(page, 'payments-payer-en');

    const approve = batchRow.getByTestId('approve-payment-batch');
    assert.match(
      (await approve.getAttribute('aria-label')) ?? '',
      /^Approve, payment batch \d+\.\d+\.\d{4}, /,
    );
    await approve.click();
    const status = page.getByTestId('payment-batch-status');
    await status.getByText(/^The payment batch of \d+\.\d+\.\d{4} is approved\./).waitFor();
    await batchRow.getByText('Approved', { exact: true }).waitFor();
    await batchRow.getByText('Maija Maksaja').waitFor();

    // The payment file: pain.001 XML, downloaded through the button.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      batchRow.getByTestId('download-payment-file').click(),
    ]);
    const xml = readFileSync(await download.path(), 'utf8');
    assert.match(xml, /^<\?xml/);
    assert.match(xml, /urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.09/);
    const messageId = /<MsgId>([^<]+)<\/MsgId>/.exec(xml)?.[1] ?? '';
    assert.ok(messageId);
    assert.equal(download.suggestedFilename(), `${messageId}.xml`);
    for (const payment of waiting) assert.ok(xml.includes(payment.endToEndId));
    writeFileSync(`${screenshots}payment-file.xml`, xml);
    await status.getByText(`The payment file ${messageId}.xml has been downloaded.`).waitFor();
    await batchRow.getByText('Payment file made').waitFor();

    // The bank's status report: one accepted, one rejected for a closed account.
    const [accepted, rejected] = waiting as [PaymentView, PaymentView];
    const report = statusReport({
      messageId: 'BANK-E2E-0001',
      originalMessageId: messageId,
      groupStatus: 'PART',
      transactions: [
        { endToEndId: accepted.endToEndId, status: 'ACSC' },
        { endToEndId: rejected.endToEndId, status: 'RJCT', reason: closedAccount },
      ],
    });
    const reportFile = `${screenshots}status-report.xml`;
    writeFileSync(reportFile, report);

    // Without a file the form says to choose one.
    await page.getByTestId('import-status-report').click();
    await page.getByText('Choose the status report file first.').waitFor();
    assert.equal(await page.locator('#status-report-file').getAttribute('aria-invalid'), 'true');

    await page.locator('#status-report-file').setInputFiles(reportFile);
    await page.getByTestId('import-status-report').click();
    const result = page.getByTestId('status-report-result');
    await result.getByText('Payments the bank accepted: 1. Rejected: 1. Still being processed: 0.').waitFor();
    const rejectedList = result.getByTestId('status-report-rejected');
    await rejectedList.waitFor();
    const rejectedText = spaces(await rejectedList.textContent());
    assert.ok(rejectedText.includes(rejected.payeeName), rejectedText);
    assert.ok(rejectedText.includes(spaces(formatEuros(rejected.amountCents, 'en'))), rejectedText);
    assert.ok(rejectedText.includes('the bank’s reason: AC04 Account closed'), rejectedText);
    assert.ok(!rejectedText.includes(accepted.payeeName) || accepted.payeeName === rejected.payeeName);
    assert.equal(await result.getByTestId('status-report-already').count(), 0);
    await page.getByTestId('status-report-status').getByText('Status report status-report.xml').waitFor();
    // The payment list shows the rejection with the bank's code.
    await page.locator('label[for="payment-status-rejected"]').click();
    await page.getByText('Rejected by the bank (AC04)').waitFor();
    await expectNoRawText(page, 'payments-report-en');
    await expectAccessible(page, 'payments-report-en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${screenshots}payments-report-en-1920.png`, fullPage: true });

    // The same report again: nothing changes, and the page says so.
    await page.locator('#status-report-file').setInputFiles(reportFile);
    await page.getByTestId('import-status-report').click();
    await result
      .getByTestId('status-report-already')
      .getByText('This status report was already read in, so no payment’s status changed.')
      .waitFor();
    await expectAccessible(page, 'payments-report-again-en');

    assert.deepEqual(
      (await payments(handler, '?status=accepted')).map((payment) => payment.id),
      [accepted.id],
    );
    assert.deepEqual(
      (await payments(handler, '?status=rejected')).map((payment) => payment.id),
      [rejected.id],
    );
  });
});

describe('the payments page without the city’s account, the payer’s own batch, and who sees it', () => {
  const scene = browserScene();
  const { api, signInApi, decidePaidToday } = paymentScene(scene);
  let batchId = '';
  let otherId = '';

  before(async () => {
    const [matti, anna] = demoCitizens;
    if (!matti || !anna) throw new Error('the demo citizens are missing');
    const handler = await signInApi({ username: 'handler' });
    await decidePaidToday(handler, matti);
    const proposed = await api(handler, 'POST', '/api/v1/payment-batches', {
      json: { dueBy: helsinkiToday() },
    });
    assert.equal(proposed.status, 201, await proposed.clone().text());
    batchId = ((await proposed.json()) as { id: string }).id;
    const payer = await signInApi({ username: 'payer' });
    const approved = await api(payer, 'POST', `/api/v1/payment-batches/${batchId}/approval`);
    assert.equal(approved.status, 200, await approved.clone().text());
    // A batch of the payer's own: hers to propose, another approver's to approve.
    await decidePaidToday(handler, anna);
    const own = await api(payer, 'POST', '/api/v1/payment-batches', { json: { dueBy: helsinkiToday() } });
    assert.equal(own.status, 201, await own.clone().text());
    // And one more by the handler, for the refusal of an approver who decided a payment in it.
    const [, , jukka] = demoCitizens;
    if (!jukka) throw new Error('the demo citizens are missing');
    await decidePaidToday(handler, jukka);
    const other = await api(handler, 'POST', '/api/v1/payment-batches', { json: { dueBy: helsinkiToday() } });
    assert.equal(other.status, 201, await other.clone().text());
    otherId = ((await other.json()) as { id: string }).id;
  });

  test('the download says payments are not in use; batches not hers to approve say why', async () => {
    const page = await scene.signedInPage({
      app: 'staff',
      user: /Maija Maksaja/,
      viewport: { width: 1920, height: 1080 },
    });
    await openPayments(page, 'Henkilöstön valikko', 'Maksut', 'Maksut');
    const approvedRow = page.locator(`[data-batch-id="${batchId}"]`);
    await approvedRow.getByText('Hyväksytty').waitFor();
    const ownRow = page
      .getByTestId('payment-batch-row')
      .filter({ hasText: 'Ehdotettu' })
      .filter({ hasText: 'Maija Maksaja' });
    await ownRow
      .getByTestId('not-approvable')
      .getByText('Et voi hyväksyä erää, jonka ehdotit itse: toinen maksujen hyväksyjä hyväksyy sen.')
      .waitFor();
    assert.equal(await ownRow.getByTestId('approve-payment-batch').count(), 0);

    // A batch paying a decision of the approver's own: the button is offered (the list does not say who decided),
    // and the server's refusal (here answered for it, as a demo user has only one role) is told in the page's
    // language, after which the row says why instead of offering the button again.
    await page.route(`**/api/v1/payment-batches/${otherId}/approval`, (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://tuki.hel.fi/problems/cannot-approve-own-decision',
          title: 'Forbidden',
          status: 403,
          detail: 'You made a decision paid in this batch: another payment approver must approve it.',
        }),
      }),
    );
    const otherRow = page.locator(`[data-batch-id="${otherId}"]`);
    await otherRow.getByTestId('approve-payment-batch').click();
    const ownDecision =
      'Et voi hyväksyä erää, jossa maksetaan tekemäsi päätöksen mukainen maksu: toinen maksujen hyväksyjä hyväksyy sen.';
    await page
      .getByTestId('payment-batch-status')
      .getByText(`Maksuerää ei hyväksytty: ${ownDecision}`)
      .waitFor();
    await otherRow.getByTestId('not-approvable').getByText(ownDecision).waitFor();
    assert.equal(await otherRow.getByTestId('approve-payment-batch').count(), 0);
    assert.equal(await page.getByText('Ei käyttöoikeutta').count(), 0, 'no app-wide refusal');
    await page.unroute(`**/api/v1/payment-batches/${otherId}/approval`);

    await approvedRow.getByTestId('download-payment-file').click();
    await page
      .getByTestId('payment-batch-status')
      .getByText(
        'Maksuaineistoa ei ladattu: Maksuja ei ole otettu käyttöön: kaupungin maksutiliä ei ole määritetty palvelun asetuksiin. Ota yhteyttä ylläpitoon.',
      )
      .waitFor();
    // Told where it happened, not as the app-wide connection error.
    assert.equal(await page.getByText('Yhteysvirhe').count(), 0);
    await expectNoRawText(page, 'payments-not-configured-fi');
    await expectAccessible(page, 'payments-not-configured-fi-1920');
  });

  test('an admin has no payments: no navigation entry, and the address says the page is not theirs', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Antti Ylläpitäjä/ });
    const nav = page.getByRole('navigation', { name: 'Henkilöstön valikko' });
    await nav.getByRole('link', { name: 'Käyttäjät' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Maksut' }).count(), 0);
    await page.goto(`${scene.baseUrl}/staff/payments`);
    await page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }).waitFor();
    assert.equal(await page.getByTestId('payment-batch-table').count(), 0);
  });
});
