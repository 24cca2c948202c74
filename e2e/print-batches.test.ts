// Browser test of the day's print batch: two applications are decided through the API, one for a client who has
// chosen electronic delivery. In the staff app a handler sees one letter waiting, makes the batch with the keyboard,
// downloads the PDF from the link, sees the count go to 0 and the batch in the list, and is told that there is
// nothing to print when trying again. axe-core finds nothing; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { type ApiSession, helsinkiToday, testApi } from './helpers/api.ts';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';

const screenshots = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

describe('the print batch of the letters to mail', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { api, signInApi, sendApplication } = testApi(() => server.baseUrl);

  /** Sent by the citizen, taken by the handler and approved with a calculation of this month. */
  async function decide(citizen: { personalIdentityCode: string }, handler: ApiSession, handlerId: string) {
    const sent = await sendApplication(citizen);
    const taken = await api(handler, 'POST', `/api/v1/applications/${sent.id}/assignment`, {
      json: { staffId: handlerId },
    });
    assert.equal(taken.status, 200, await taken.clone().text());
    const decided = await api(handler, 'POST', `/api/v1/applications/${sent.id}/decision`, {
      json: {
        outcome: 'approved',
        calculation: {
          month: helsinkiToday().slice(0, 7),
          municipalityCode: '091',
          members: [{ id: 'applicant', role: 'applicant', dateOfBirth: '1985-03-14' }],
          housing: { costsCents: 67_000 },
          incomes: [{ memberId: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
          expenses: [],
          assetsCents: 12_000,
        },
        reasoning: '',
        reasonTemplates: ['calculatedNeed'],
      },
    });
    assert.equal(decided.status, 201, await decided.clone().text());
    return (await decided.json()) as { id: string; delivery: string };
  }

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const [matti, anna] = demoCitizens;
    if (!matti || !anna) throw new Error('the demo citizens are missing');
    // Anna reads her decisions in the e-services only.
    const annaSession = await signInApi({ personalIdentityCode: anna.personalIdentityCode });
    const prefs = await api(annaSession, 'PUT', '/api/v1/my/preferences', {
      json: { email: null, emailNotifications: true, language: 'sv', electronicDelivery: true },
    });
    assert.equal(prefs.status, 200, await prefs.clone().text());
    const handler = await signInApi({ username: 'handler' });
    const session = (await (await api(handler, 'GET', '/api/v1/session')).json()) as {
      staffUser: { id: string };
    };
    assert.equal((await decide(matti, handler, session.staffUser.id)).delivery, 'paper');
    assert.equal((await decide(anna, handler, session.staffUser.id)).delivery, 'electronic');
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function handlerPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fi-FI',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`error in the page: ${error.message}`));
    await page.goto(`${server.baseUrl}/staff/login`);
    await page.getByRole('button', { name: /Hanna Käsittelijä/ }).click();
    await page.getByTestId('signed-in-name').waitFor();
    return page;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${name}: ${describeViolations(violations)}`);
  }

  /** Presses Tab until the element with this id has the focus (at most `limit` times). */
  async function tabTo(page: Page, id: string, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached #${id}`);
  }

  test('one letter waits; the batch is made by keyboard, downloaded, and the count goes to 0', async () => {
    const page = await handlerPage();
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Postitus' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Postitettavat päätökset' }).waitFor();
    assert.match(await page.title(), /^Postitettavat päätökset – /);
    const count = page.getByTestId('print-queue-count');
    await count.getByText('Postitettavia kirjeitä: 1').waitFor();
    await page.getByText('Tulostuseriä ei ole vielä tehty.').waitFor();
    await expectAccessible(page, 'print-batches-waiting-fi');

    // Make the batch with the keyboard.
    await page.getByRole('heading', { level: 1 }).click();
    await tabTo(page, 'make-print-batch');
    await page.keyboard.press('Enter');
    const status = page.getByTestId('print-status');
    await status.getByText(/^Tulostuserä on valmis: 1 kirjettä, \d+ sivua\./).waitFor();
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    await count.getByText('Postitettavia kirjeitä: 0').waitFor();
    await page.getByText('Kaikki paperilla lähetettävät päätökset on otettu tulostuserään.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'make-print-batch', 'focus kept');

    // The link gives the PDF.
    const link = page.getByTestId('print-result-download');
    assert.match((await link.textContent()) ?? '', /^Lataa tulostuserä \(PDF, \d+ kt\)$/);
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /^\/api\/v1\/print-batches\/[0-9a-f-]{36}\/document$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^print-batch-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    writeFileSync(`${screenshots}print-batch.pdf`, bytes);
    const response = await page.request.get(`${server.baseUrl}${href}`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    assert.equal((await response.body()).byteLength, bytes.byteLength);

    // The batch is in the list, with its link.
    const row = page.getByTestId('print-batch-row');
    await row.waitFor();
    assert.equal(await row.count(), 1);
    assert.match((await row.textContent()) ?? '', /Hanna Käsittelijä/);
    assert.equal(await row.getByRole('link').getAttribute('href'), href);
    await expectAccessible(page, 'print-batches-made-fi');

    // Again: nothing to print, explained.
    await page.getByTestId('make-print-batch').focus();
    await page.keyboard.press('Enter');
    await status.getByText(/Ei tulostettavaa: Postitusta odottavia kirjeitä ei ole\./).waitFor();
    assert.equal(await row.count(), 1, 'no new batch');
    await expectAccessible(page, 'print-batches-nothing-fi');
  });
});
