// Browser test: after too many sign-in attempts from one address, the development sign-in page says so in the
// page's language, with the seconds to wait, at the field and in a focused summary; axe-core finds no violation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('the sign-in rate limit in the citizen app', () => {
  const scene = browserScene();

  test('the 429 answer is shown in the page’s language', async () => {
    // Use up the limit from this address (the browser connects from the same one).
    let status = 0;
    for (let i = 0; status !== 429 && i < 500; i++) {
      const response = await fetch(`${scene.baseUrl}/api/v1/session/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personalIdentityCode: 'not-a-code' }),
      });
      status = response.status;
    }
    assert.equal(status, 429);
    const page = await scene.newPage({ locale: 'sv-SE' });
    await page.goto(`${scene.baseUrl}/login`);
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('textbox', { name: 'Personbeteckning' }).fill('131052-308T');
    await page.getByRole('button', { name: 'Logga in med personbeteckningen' }).click();
    await page
      .getByRole('link', { name: /För många inloggningsförsök på kort tid\. Försök igen om \d+ sekunder\./ })
      .waitFor();
    const field = page.getByRole('textbox', { name: 'Personbeteckning' });
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'citizen-dev-login-rate-limited-sv');
    const session = await page.evaluate(async () => (await fetch('/api/v1/session')).status);
    assert.equal(session, 401, 'not signed in');
  });
});
