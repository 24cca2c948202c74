// Browser test: an admin registers an API client in the staff app with the keyboard only (name, contact, scopes as
// checkboxes in a fieldset), sees the secret once with a clear warning, and the secret works at the token endpoint;
// after closing the panel the secret is nowhere on the page. axe-core finds no WCAG 2.1 A/AA violation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserScene, expectAccessible, screenshots, tabToId as tabTo } from './helpers/pages.ts';

describe('API clients in the staff app', () => {
  const scene = browserScene();

  test('an admin registers a client by keyboard and sees its secret once', async () => {
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
    await tabTo(page, 'new-client-scope-gdpr-delete');
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
    await page.getByTestId('api-clients-status').getByText('Asiakas Asiointitili rekisteröitiin.').waitFor();
    const row = page.locator(`tr[data-client-id="${clientId}"]`);
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Päätösten luku/);
    await expectAccessible(page, 'api-clients-secret-fi');

    // The secret gets a token.
    const token = await page.evaluate(
      async ({ id, secret: value }) => {
        const response = await fetch('/api/v1/oauth/token', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: id,
            client_secret: value,
          }),
        });
        return { status: response.status, body: (await response.json()) as { scope?: string } };
      },
      { id: clientId, secret },
    );
    assert.equal(token.status, 200);
    assert.equal(token.body.scope, 'applications:read decisions:read');

    // Closing the panel: the secret is gone from the page, the focus goes to the client's row.
    await page.getByRole('button', { name: 'Olen tallentanut salaisuuden' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(((await page.content()) ?? '').includes(secret), false, 'the secret is not on the page');
    await page.waitForFunction((id) => document.activeElement?.id === `edit-client-${id}`, clientId);
    await page.getByTestId('signing-keys-table').waitFor();
    await page.screenshot({ path: `${screenshots}api-clients-list-fi.png`, fullPage: true });
    await expectAccessible(page, 'api-clients-list-fi');
  });
});
