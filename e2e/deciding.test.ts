// Browser test of deciding: a handler takes a sent application, checks the calculation prefilled from it, decides
// with a reusable reason after a confirmation step, and sees the decision with its letter; the letter is a PDF with
// the amount and the client's name. A decision sent with an old version of the case is refused and explained.
// axe-core finds nothing on the case view with the calculation and decision panels; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';

const run = promisify(execFile);
const screenshots = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

describe('deciding an application in the staff app', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { api, signInApi, sendApplication } = testApi(() => server.baseUrl);

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function handlerPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
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

  test('calculate and decide; the decision and its letter', async () => {
    const matti = demoCitizens[0];
    if (!matti) throw new Error('the demo citizens are missing');
    const application = await sendApplication(matti);
    const page = await handlerPage();
    await page.goto(`${server.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();

    // The calculation prefilled from the application, with its amount.
    const amount = page.getByTestId('calculation-amount');
    await amount.filter({ hasText: /\d/ }).waitFor();
    const shown = (await amount.textContent()) ?? '';
    const euros = /(\d[\d\s\u00a0]*,\d{2})/.exec(shown)?.[1];
    assert.ok(euros, `an amount is shown: ${shown}`);

    const panel = page.getByTestId('decision-panel');
    await panel.getByText(/Laskelman mukainen toimeentulotuki/).waitFor();
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByLabel('Omat perustelut').fill('Vuokra on hyväksytty vuokrasopimuksen mukaan.');
    await expectAccessible(page, 'deciding-panel');
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText(/Ratkaisu: Myönteinen/).waitFor();
    await confirm.getByRole('button', { name: 'Vahvista päätös' }).click();

    await page.getByTestId('case-status').getByText('Päätös tehty').waitFor();
    const decision = page.getByTestId('decision');
    await decision.getByText(euros.replace(/\s/g, '\u00a0')).or(decision.getByText(euros)).first().waitFor();
    await decision.getByText('Päätöskirje lähtee postitse seuraavassa tulostuserässä.').waitFor();
    assert.equal(await page.getByTestId('decision-panel').count(), 0, 'decided once');
    await expectAccessible(page, 'deciding-decided');

    // The letter.
    const href = await decision.getByRole('link', { name: /Avaa päätöskirje/ }).getAttribute('href');
    assert.ok(href);
    const letter = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        type: response.headers.get('content-type'),
        bytes: [...new Uint8Array(await response.arrayBuffer())],
      };
    }, href);
    assert.equal(letter.type, 'application/pdf');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = `${screenshots}deciding-letter.pdf`;
      await writeFile(file, Buffer.from(letter.bytes));
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      assert.ok(stdout.includes('Matti Meikäläinen'), 'the client’s name');
      assert.ok(stdout.includes(euros.replace(/[\s\u00a0]/g, '')) || stdout.includes(euros), 'the amount');
      assert.ok(stdout.includes('Vuokra on hyväksytty vuokrasopimuksen mukaan.'));
    }
    const citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const own = (await (await api(citizen, 'GET', `/api/v1/my/applications/${application.id}`)).json()) as {
      status: string;
      decisions: { outcome: string }[];
    };
    assert.equal(own.status, 'decided');
    assert.equal(own.decisions[0]?.outcome, 'approved');
  });

  test('a decision on an old version of the case is refused and explained (412)', async () => {
    const sanna = demoCitizens[3];
    if (!sanna) throw new Error('the demo citizens are missing');
    const application = await sendApplication(sanna);
    const handler = await signInApi({ username: 'handler' });
    const me = (await (await api(handler, 'GET', '/api/v1/session')).json()) as { staffUser: { id: string } };
    await api(handler, 'POST', `/api/v1/applications/${application.id}/assignment`, {
      json: { staffId: me.staffUser.id },
    });
    const page = await handlerPage();
    await page.goto(`${server.baseUrl}/staff/applications/${application.id}`);
    const panel = page.getByTestId('decision-panel');
    await panel.waitFor();
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
    // Meanwhile a supervisor changes the case (gives it to the same handler again: a new version).
    const supervisor = await signInApi({ username: 'supervisor' });
    const changed = await api(supervisor, 'POST', `/api/v1/applications/${application.id}/assignment`, {
      json: { staffId: me.staffUser.id },
    });
    assert.equal(changed.status, 200);
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    await page
      .getByTestId('decision-error')
      .getByText(/Joku muu muutti hakemusta sillä välin/)
      .waitFor();
    await expectAccessible(page, 'deciding-412');
  });
});
