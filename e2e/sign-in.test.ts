// Browser test: Chromium signs in through the development sign-in as a citizen and as a staff user,
// switches language, signs out; axe-core finds no WCAG 2.1 A/AA violation on any page on the way.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';

const screenshots = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

describe('signing in through the web apps', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`error in the page: ${error.message}`));
    return page;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${name}: ${describeViolations(violations)}`);
  }

  test('a citizen signs in, switches language (remembered), and signs out', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    await expectAccessible(page, 'citizen-landing-fi');

    await page.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: /Matti Meikäläinen/ }).waitFor();
    await expectAccessible(page, 'citizen-dev-login-fi');

    await page.getByRole('button', { name: /Matti Meikäläinen/ }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await page.getByTestId('signed-in-name').getByText('Matti Meikäläinen').waitFor();
    await expectAccessible(page, 'citizen-signed-in-fi');

    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await expectAccessible(page, 'citizen-signed-in-sv');

    await page.reload();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv', 'the language choice is remembered');
    assert.match(await page.title(), /[A-Za-zÅÄÖåäö]/);

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/v1/session')).status);
    assert.equal(session, 401, 'the session is gone after signing out');
    await expectAccessible(page, 'citizen-signed-out-en');
  });

  test('an invalid personal identity code is explained at the field and in a focused summary', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'Henkilötunnus' }).fill('131052-308S');
    await page.getByRole('button', { name: 'Kirjaudu henkilötunnuksella' }).click();
    await page.getByText('Kirjautuminen ei onnistunut').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focused, /Kirjautuminen ei onnistunut/, 'the error summary has the focus');
    const field = page.getByRole('textbox', { name: 'Henkilötunnus' });
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await field.inputValue(), '131052-308S', 'what was typed is kept');
    await page.getByRole('link', { name: /Henkilötunnus ei ole kelvollinen/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'personal-identity-code');
    await expectAccessible(page, 'citizen-dev-login-error-fi');
    const session = await page.evaluate(async () => (await fetch('/api/v1/session')).status);
    assert.equal(session, 401);
  });

  test('a staff user signs in to the staff app, sees the work queue, switches language and signs out', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/staff/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'staff-signed-out-fi');

    await page.goto(`${server.baseUrl}/staff/login`);
    await page.getByRole('button', { name: /Hanna Käsittelijä/ }).waitFor();
    await expectAccessible(page, 'staff-dev-login-fi');
    await page.getByRole('button', { name: /Hanna Käsittelijä/ }).click();
    await page.getByTestId('signed-in-name').getByText('Hanna Käsittelijä').waitFor();
    // A handler lands on the work queue.
    await page.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
    await expectAccessible(page, 'staff-signed-in-fi');

    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await expectAccessible(page, 'staff-signed-in-sv');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
  });

  test('the skip link takes keyboard users to the main content', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(skip, /Siirry pääsisältöön/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main' || document.activeElement?.id === 'main');
  });
});
