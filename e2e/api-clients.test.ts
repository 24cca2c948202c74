// Browser test: an admin registers an API client in the staff app with the keyboard only (name, contact, scopes as
// checkboxes in a fieldset), sees the secret once with a clear warning; after closing the panel the secret is nowhere
// on the page. The client reads personal data, so its secret gets no token until a second admin approves it: the
// first admin sees their own request waiting (and cannot approve it), the second signs in, sees the count in the
// navigation and the client on the approvals page, approves it, and the secret gets a token. axe-core finds no
// WCAG 2.1 A/AA violation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserScene, expectAccessible, screenshots, tabToId as tabTo } from './helpers/pages.ts';

/** The token endpoint's answer to the client's credentials, asked from the page. */
const tokenFrom = (page: Page, id: string, secret: string) =>
  page.evaluate(
    async ({ id: clientId, secret: value }) => {
      const response = await fetch('/api/v1/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: value,
        }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { scope?: string; error?: string; error_description?: string },
      };
    },
    { id, secret },
  );

describe('API clients in the staff app', () => {
  const scene = browserScene();

  test('an admin registers a client by keyboard, sees its secret once, and a second admin approves it', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Antti Ylläpitäjä/ });
    await page.getByRole('navigation').getByRole('link', { name: 'API-asiakkaat' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-asiakkaat' }).waitFor();
    assert.match(await page.title(), /^API-asiakkaat – /);
    await page.getByText('Yhtään API-asiakasta ei ole vielä rekisteröity.').waitFor();

    // Keyboard only: name, contact, two scopes, register.
    await tabTo(page, 'new-client-name');
    await page.keyboard.type('Asiointitili');
    await page.keyboard.press('Tab');
    await page.keyboard.type('integraatiot@example.org');
    await tabTo(page, 'new-client-scope-applications-read');
    await page.keyboard.press('Space');
    await tabTo(page, 'new-client-scope-decisions-read');
    await page.keyboard.press('Space');
    const add = page.getByRole('region', { name: 'Rekisteröi uusi asiakas' });
    const scopes = add.getByRole('group', { name: 'Käyttöoikeudet' });
    assert.equal(await scopes.getByLabel('Hakemusten luku (applications:read)').isChecked(), true);
    assert.equal(await scopes.getByLabel('Tilastojen luku (statistics:read)').isChecked(), false);
    await expectAccessible(page, 'api-clients-register-fi');
    // From the last scope, the next stop is the register button.
    await tabTo(page, 'new-client-scope-payments-write');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Rekisteröi asiakas');
    await page.keyboard.press('Enter');

    // The secret, once, with the warning; the heading has the focus.
    const panel = page.getByTestId('secret-panel');
    await panel.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'secret-heading');
    await panel.getByText(/näytetään vain tämän kerran/).waitFor();
    const secret = (await page.getByTestId('new-client-secret').textContent()) ?? '';
    const clientId = (await page.getByTestId('new-client-id').textContent()) ?? '';
    assert.match(secret, /^tuki_cs_/);
    await page
      .getByTestId('api-clients-status')
      .getByText(
        'Asiakas Asiointitili rekisteröitiin. Se saa tunnuksia vasta, kun toinen ylläpitäjä on hyväksynyt sen',
      )
      .waitFor();
    const row = page.locator(`tr[data-client-id="${clientId}"]`);
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Päätösten luku/);
    assert.match((await row.textContent()) ?? '', /Odottaa hyväksyntää/);
    await expectAccessible(page, 'api-clients-secret-fi');

    // Waiting for a second admin: the secret gets no token yet.
    const refused = await tokenFrom(page, clientId, secret);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error, 'unauthorized_client');
    assert.match(refused.body.error_description ?? '', /second admin/);

    // Closing the panel: the secret is gone from the page, the focus goes to the client's row.
    await page.getByRole('button', { name: 'Olen tallentanut salaisuuden' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(((await page.content()) ?? '').includes(secret), false, 'the secret is not on the page');
    await page.waitForFunction((id) => document.activeElement?.id === `edit-client-${id}`, clientId);
    await page.getByTestId('signing-keys-table').waitFor();
    await page.screenshot({ path: `${screenshots}api-clients-list-fi.png`, fullPage: true });
    await expectAccessible(page, 'api-clients-list-fi');

    // The first admin sees their own request waiting, without an approve button.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: /^Hyväksynnät/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Odottavat hyväksynnät' }).waitFor();
    const ownRow = page.locator('tr', {
      has: page.getByRole('rowheader', { name: 'API-asiakas Asiointitili' }),
    });
    await ownRow.getByText('Oma pyyntösi: toisen ylläpitäjän on hyväksyttävä se.').waitFor();
    assert.equal(await ownRow.getByRole('button', { name: /^Hyväksy/ }).count(), 0);
    await ownRow.getByRole('button', { name: 'Peru pyyntö: API-asiakas Asiointitili' }).waitFor();

    // The second admin signs in, sees the count in the navigation, and approves the client.
    const second = await scene.signedInPage({ app: 'staff', user: /Outi Pääkäyttäjä/ });
    const approvalsLink = second.getByRole('navigation').getByRole('link', { name: /^Hyväksynnät/ });
    await approvalsLink.getByText('1', { exact: true }).waitFor();
    assert.match((await approvalsLink.textContent()) ?? '', /1 odottaa hyväksyntää/);
    await approvalsLink.click();
    await second.getByRole('heading', { level: 1, name: 'Odottavat hyväksynnät' }).waitFor();
    assert.match(await second.title(), /^Hyväksynnät – /);
    const waiting = second.locator(`tr[data-approval-id="${clientId}"]`);
    await waiting.waitFor();
    const text = (await waiting.textContent()) ?? '';
    assert.match(text, /API-asiakas Asiointitili/);
    assert.match(text, /applications:read/);
    assert.match(text, /decisions:read/);
    assert.match(text, /Antti Ylläpitäjä \(admin\)/);
    await second.screenshot({ path: `${screenshots}approvals-pending-fi.png`, fullPage: true });
    await expectAccessible(second, 'approvals-pending-fi');
    await waiting.getByRole('button', { name: 'Hyväksy: API-asiakas Asiointitili' }).click();
    await second
      .getByTestId('approvals-status')
      .getByText('API-asiakas Asiointitili hyväksyttiin.')
      .waitFor();
    await second.getByText('Mikään ei odota hyväksyntää.').waitFor();
    assert.equal(await approvalsLink.getByText('1', { exact: true }).count(), 0, 'the count is gone');
    await expectAccessible(second, 'approvals-done-fi');

    // Approved: the secret gets a token.
    const token = await tokenFrom(second, clientId, secret);
    assert.equal(token.status, 200);
    assert.equal(token.body.scope, 'applications:read decisions:read');

    // In English.
    await second.getByRole('button', { name: 'English' }).first().click();
    await second.getByRole('heading', { level: 1, name: 'Pending approvals' }).waitFor();
    await second.getByText('Nothing is waiting for approval.').waitFor();
    await expectAccessible(second, 'approvals-en');
  });
});
