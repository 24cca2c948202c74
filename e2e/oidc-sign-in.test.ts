// Browser test of the real sign-in: the server runs with OpenID Connect against a real OpenID provider on
// loopback; Chromium clicks "sign in", fills in the provider's form and comes back signed in, or, with a weak
// identification, to the sign-in page that explains the refusal.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../apps/server/test/helpers/net.ts';
import { startTestProvider, type TestProvider } from '../apps/server/test/helpers/oidc-provider.ts';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';

describe('signing in with OpenID Connect in the browser', () => {
  let provider: TestProvider;
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let appUrl: string;

  before(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    provider = await startTestProvider([
      { clientId: 'c', clientSecret: 'cs', redirectUri: `${appUrl}/api/v1/auth/citizen/callback` },
      { clientId: 's', clientSecret: 'ss', redirectUri: `${appUrl}/api/v1/auth/staff/callback` },
    ]);
    server = await startE2eServer({
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: appUrl,
      AUTH_MODE: 'oidc',
      OIDC_ALLOW_HTTP: 'true',
      CITIZEN_OIDC_ISSUER: provider.issuer,
      CITIZEN_OIDC_CLIENT_ID: 'c',
      CITIZEN_OIDC_CLIENT_SECRET: 'cs',
      STAFF_OIDC_ISSUER: provider.issuer,
      STAFF_OIDC_CLIENT_ID: 's',
      STAFF_OIDC_CLIENT_SECRET: 'ss',
      STAFF_OIDC_ROLES_CLAIM: 'roles',
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click(); // the provider's consent form
  }

  test('a citizen with strong identification comes back signed in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/`);
    // The header's sign-in goes straight to the identity service.
    await page.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
    await page.waitForURL(`${provider.issuer}/**`);
    await signInAtProvider(page, `high:${makePersonalIdentityCode('1975-06-06', 921)}`);
    await page.waitForURL(`${appUrl}/`);
    await page.getByTestId('signed-in-name').getByText('Åke Östman').waitFor();
    await page.close();
  });

  test('a weak identification is refused and explained, accessibly, in the chosen language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/login`);
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${provider.issuer}/**`);
    await signInAtProvider(page, `low:${makePersonalIdentityCode('1976-07-07', 922)}`);
    await page.waitForURL(`${appUrl}/login?error=insufficient_loa`);
    const alert = page.getByRole('alert');
    await alert.getByText('Inloggningen misslyckades').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'alert');
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    assert.equal(await page.evaluate(async () => (await fetch('/api/v1/session')).status), 401);
    await page.close();
  });

  test('a staff user signs in to the staff app with roles from the directory', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/staff/login`);
    await page.getByRole('main').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(`${provider.issuer}/**`);
    await signInAtProvider(page, 'staff:kaisa.k:social_worker');
    await page.waitForURL(`${appUrl}/staff/`);
    await page.getByTestId('signed-in-name').getByText('Kaisa Käsittelijä').waitFor();
    await page.close();
  });
});
