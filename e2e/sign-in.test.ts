// Browser test: Chromium signs in through the development sign-in as a citizen and as a staff user,
// switches language, signs out; axe-core finds no WCAG 2.1 A/AA violation on any page on the way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserScene, expectAccessible, expectFocusOn } from './helpers/pages.ts';

describe('signing in through the web apps', () => {
  const scene = browserScene();

  test('a citizen signs in, switches language (remembered), and signs out', async () => {
    const page = await scene.newPage();
    await page.goto(`${scene.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    await expectAccessible(page, 'citizen-landing-fi');

    await page.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: /Matti Meikäläinen/ }).waitFor();
    await expectAccessible(page, 'citizen-dev-login-fi');

    await page.getByRole('button', { name: /Matti Meikäläinen/ }).click();
    await page.waitForURL(`${scene.baseUrl}/`);
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
    const page = await scene.newPage();
    await page.goto(`${scene.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'Henkilötunnus' }).fill('131052-308S');
    await page.getByRole('button', { name: 'Kirjaudu henkilötunnuksella' }).click();
    await page.getByText('Kirjautuminen ei onnistunut').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focused, /Kirjautuminen ei onnistunut/, 'the error summary has the focus');
    const field = page.getByRole('textbox', { name: 'Henkilötunnus' });
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await field.inputValue(), '131052-308S', 'what was typed is kept');
    await page.getByRole('link', { name: /Henkilötunnus ei ole kelvollinen/ }).click();
    await expectFocusOn(page, 'personal-identity-code');
    await expectAccessible(page, 'citizen-dev-login-error-fi');
    const session = await page.evaluate(async () => (await fetch('/api/v1/session')).status);
    assert.equal(session, 401);
  });

  test('a staff user signs in to the staff app, sees the work queue, switches language and signs out', async () => {
    const page = await scene.newPage();
    await page.goto(`${scene.baseUrl}/staff/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'staff-signed-out-fi');

    await page.goto(`${scene.baseUrl}/staff/login`);
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
    const page = await scene.newPage();
    await page.goto(`${scene.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(skip, /Siirry pääsisältöön/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main' || document.activeElement?.id === 'main');
  });
});
