// Browser test of the citizen's side of decisions: a handler (through the API) takes a demo citizen's sent
// application and decides it with a calculation; the citizen, in Chromium and in Finnish, sees the notification at the
// top and the decision (outcome in words, amount, decision-maker, delivery by mail), opens the letter (a PDF whose
// text has the amount and the name), requests rectification with the keyboard only (an empty attempt first, then
// reasons and a PDF), lands on the new case's page with a confirmation and what it concerns, sees the request on the
// decision, and chooses electronic delivery in the settings. The decision section is then read in Swedish. axe-core
// reports nothing on the decision section, the rectification form and the rectification case; screenshots go to
// test-results/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { type ApiSession, testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import {
  browserScene,
  expectAccessible,
  finnishDate,
  focused,
  openFileChooserByKeyboard,
  screenshots,
  tabUntil as tabTo,
} from './helpers/pages.ts';

const run = promisify(execFile);
const receipt = { name: 'laakekuitti-marraskuu.pdf', mimeType: 'application/pdf', buffer: makePdf('Kuitti') };
const reasons =
  'Laskelmasta puuttuvat lääkemenoni, 45,90 euroa. Päätöstä pitäisi muuttaa niin, että lääkemenot otetaan huomioon. Kuitti on liitteenä.';

/** Intl writes narrow no-break spaces in sums; compare with plain spaces. */
function plain(text: string | null): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Presses Tab until the focused element matches; fails after 150 presses. */

interface DecisionView {
  id: string;
  amountCents: number;
  documentUrl: string;
  rectificationDeadline: string;
  decidedBy: { firstName: string; lastName: string };
}

describe('the citizen reads a decision, opens its letter and requests rectification', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, takeAndApprove } = testApi(() => scene.baseUrl);
  const matti = demoCitizens[0];
  let application: { id: string; ref: string };
  let decision: DecisionView;
  let citizen: ApiSession;

  before(async () => {
    if (!matti) throw new Error('the demo citizens are missing');
    application = await sendApplication(matti);
    citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });

    // The handler takes the application and decides it with a calculation for its month.
    const handler = await signInApi({ username: 'handler' });
    decision = await takeAndApprove<DecisionView>(handler, application.id);
  });

  async function citizenPage() {
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Matti Meikäläinen/,
      viewport: { width: 1024, height: 900 },
    });
    return { page, context: page.context() };
  }

  test('Matti reads the decision, opens the letter, requests rectification and chooses electronic delivery', async () => {
    const { page, context } = await citizenPage();
    const amount = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(
      decision.amountCents / 100,
    );
    const decidedBy = `${decision.decidedBy.firstName} ${decision.decidedBy.lastName}`;

    // The application page: the notification at the top, and the decision.
    await page.goto(`${scene.baseUrl}/applications/${application.id}`);
    const notice = page.getByTestId('decision-notice');
    await notice.getByText('Hakemukseesi on tehty päätös').waitFor();
    assert.match(plain(await notice.textContent()), /Päätös: Tukea myönnetään\./);
    assert.equal(await page.getByTestId('application-status').textContent(), 'Päätös tehty');
    const section = page.getByTestId('decisions');
    assert.equal(await section.getByTestId('decision-outcome').textContent(), 'Tukea myönnetään');
    assert.equal(plain(await section.getByTestId('decision-amount').textContent()), plain(amount));
    assert.equal(decision.amountCents, 42_843, 'the month of November 2026: 428,43 €');
    await section.getByText(decidedBy, { exact: true }).waitFor();
    assert.equal(
      await section.getByTestId('decision-delivery').textContent(),
      'Päätöskirje lähetetään myös postitse.',
    );
    await section
      .getByText(`Oikaisuvaatimus on tehtävä viimeistään ${finnishDate(decision.rectificationDeadline)}.`, {
        exact: false,
      })
      .waitFor();

    // Keyboard: the notification's link takes the focus to the decision.
    await notice.getByRole('link', { name: 'Siirry päätökseen' }).focus();
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.id, 'decision-heading');

    // The calculation, opened with the keyboard: the lines in words.
    await tabTo(page, 'the calculation', (element) => element.tag === 'summary');
    await page.keyboard.press('Enter');
    const calculation = page.getByTestId('decision-calculation');
    await calculation.getByRole('cell', { name: 'Työttömyyspäiväraha' }).waitFor();
    await calculation.getByRole('rowheader', { name: 'Toimeentulotuki kuukaudessa' }).waitFor();
    await expectAccessible(page, 'decisions-1-section');
    await section.screenshot({ path: `${screenshots}decisions-1b-decision.png` });

    // The letter opens in a new window as a PDF; its text has the amount and Matti's name.
    const open = section.getByRole('link', {
      name: 'Avaa päätöskirje (PDF), avautuu uuteen ikkunaan',
    });
    assert.equal(await open.getAttribute('target'), '_blank');
    const letterResponse = context.waitForEvent('response', (response) =>
      response.url().includes(`${decision.documentUrl}?disposition=inline`),
    );
    const popup = page.waitForEvent('popup');
    await open.click();
    const response = await letterResponse;
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    await (await popup).close();
    // Back to the page itself, as the user is when the PDF window closes (a file chooser opens only in front).
    await page.bringToFront();
    const download = await page.request.get(
      `${scene.baseUrl}${await section.getByRole('link', { name: 'Lataa päätöskirje (PDF)' }).getAttribute('href')}`,
    );
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-disposition'] ?? '', /^attachment/);
    const pdf = await download.body();
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const folder = mkdtempSync(join(tmpdir(), 'tuki-letter-'));
    try {
      writeFileSync(join(folder, 'letter.pdf'), pdf);
      const { stdout } = await run('pdftotext', ['-layout', join(folder, 'letter.pdf'), '-']);
      const text = plain(stdout);
      assert.ok(text.includes(plain(amount)), `the letter has the amount ${amount}`);
      assert.ok(text.includes('Matti Meikäläinen'), 'the letter has Matti’s name with its ä');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // Request for rectification, by keyboard: the link, an empty attempt, the error summary, reasons and a file.
    await tabTo(page, 'the rectification link', (element) => element.text === 'Hae oikaisua');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hae oikaisua päätökseen' }).waitFor();
    assert.equal(
      await page.getByTestId('rectification-deadline').textContent(),
      `Lähetä oikaisuvaatimus viimeistään ${finnishDate(decision.rectificationDeadline)}.`,
    );
    await page.getByText('mikä päätöksessä on mielestäsi väärin').waitFor();
    await expectAccessible(page, 'decisions-2-rectification-form');
    await tabTo(page, 'the send button', (element) => element.text === 'Lähetä oikaisuvaatimus');
    await page.keyboard.press('Enter');
    const summary = page.locator('.tuki-error-summary');
    await summary.getByText('Kerro, miksi päätöstä pitäisi mielestäsi muuttaa.').waitFor();
    await expectAccessible(page, 'decisions-3-rectification-errors');
    await tabTo(
      page,
      'the summary link',
      (element) => element.tag === 'a' && /Kerro, miksi/.test(element.text),
    );
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.id, 'rectification-reasons', 'the link focuses the reasons');
    await page.keyboard.type(reasons);
    const chooser = await openFileChooserByKeyboard(
      page,
      'the file input',
      (element) => element.id === 'rectification-files',
    );
    await chooser.setFiles(receipt);
    await page.getByTestId('rectification-waiting').getByText(receipt.name).waitFor();
    await expectAccessible(page, 'decisions-4-rectification-filled');
    await tabTo(page, 'the send button', (element) => element.text === 'Lähetä oikaisuvaatimus');
    await page.keyboard.press('Enter');

    // The new case: the confirmation takes the focus; what it concerns, the reasons and the file.
    await page.getByRole('heading', { level: 1, name: 'Oikaisuvaatimus' }).waitFor();
    const sent = page.getByTestId('rectification-sent');
    await sent.getByText('Oikaisuvaatimus on lähetetty').waitFor();
    const newReference = plain(await sent.textContent()).match(/TT-\d{4}-\d+/)?.[0] ?? '';
    assert.ok(
      newReference !== '' && newReference !== application.ref,
      'the request has a reference of its own',
    );
    const concerns = page.getByTestId('rectification-concerns');
    const original = concerns.getByRole('link', { name: `Hakemuksen ${application.ref} päätös` });
    await original.waitFor();
    assert.equal(await concerns.getByTestId('rectification-reasons').textContent(), reasons);
    await page.getByRole('link', { name: receipt.name }).waitFor();
    assert.equal(await page.getByTestId('application-status').textContent(), 'Lähetetty');
    await expectAccessible(page, 'decisions-5-rectification-case');

    // Back on the decided application: the decision names the request and its state; no second request.
    await original.click();
    const made = page.getByTestId('rectification-made');
    await made.getByRole('link', { name: `Oikaisuvaatimus ${newReference}` }).waitFor();
    await made.getByText('Lähetetty', { exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Hae oikaisua' }).count(), 0);

    // Settings: decisions only electronically, chosen with the keyboard.
    await page.goto(`${scene.baseUrl}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Yhteystiedot ja ilmoitukset' }).waitFor();
    const electronic = page.getByRole('checkbox', {
      name: 'Haluan päätökset vain sähköisesti e-asiointiin (ei kirjettä postitse)',
    });
    assert.equal(await electronic.isChecked(), false);
    await electronic.focus();
    await page.keyboard.press('Space');
    assert.equal(await electronic.isChecked(), true);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('heading', { name: 'Asetukset on tallennettu' }).waitFor();
    await expectAccessible(page, 'decisions-6-settings');
    const preferences = (await (await api(citizen, 'GET', '/api/v1/my/preferences')).json()) as {
      electronicDelivery: boolean;
    };
    assert.equal(preferences.electronicDelivery, true);
  });

  test('the decision in Swedish', async () => {
    const { page } = await citizenPage();
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    await page.goto(`${scene.baseUrl}/applications/${application.id}`);
    const notice = page.getByTestId('decision-notice');
    await notice.getByText('Ett beslut har fattats om din ansökan').waitFor();
    const section = page.getByTestId('decisions');
    assert.equal(await section.getByTestId('decision-outcome').textContent(), 'Stöd beviljas');
    const amount = new Intl.NumberFormat('sv-FI', { style: 'currency', currency: 'EUR' }).format(
      decision.amountCents / 100,
    );
    assert.equal(plain(await section.getByTestId('decision-amount').textContent()), plain(amount));
    await section
      .getByRole('link', { name: 'Öppna beslutsbrevet (PDF), öppnas i ett nytt fönster' })
      .waitFor();
    await section.getByText('Du har begärt omprövning av det här beslutet.').waitFor();
    await section.locator('summary').click();
    await section.getByRole('cell', { name: 'Arbetslöshetsdagpenning' }).waitFor();
    await expectAccessible(page, 'decisions-7-section-sv');
    await section.screenshot({ path: `${screenshots}decisions-7b-decision-sv.png` });
    // At 320 px nothing is wider than the screen (WCAG 1.4.10); the calculation table scrolls in its own box.
    await page.setViewportSize({ width: 320, height: 800 });
    // Loaded anew at that width, as a phone would (the header picks its layout when it is drawn).
    await page.goto(`${scene.baseUrl}/applications/${application.id}`);
    await section.locator('summary').click();
    await section.getByRole('cell', { name: 'Arbetslöshetsdagpenning' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    const table = await section
      .locator('.tuki-calculation-scroll')
      .evaluate((box) => box.scrollWidth - box.clientWidth);
    assert.ok(table <= 0, `the calculation table is ${table} px wider than its box`);
    await section.screenshot({ path: `${screenshots}decisions-8-decision-320.png` });
  });
});
