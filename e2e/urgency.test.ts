// Browser test of marking a case urgent on the staff case page: the reason is required (told at the field), the
// form works by keyboard, the case shows itself urgent with its new due date, and it can be made normal again;
// the form is there only when permittedActions has setUrgency. axe-core finds nothing on the case view with it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignedCase } from './helpers/api.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('marking a case urgent', () => {
  const scene = browserScene();
  const prepared = assignedCase(() => scene.baseUrl);

  test('the assignee marks the case urgent with a reason, by keyboard, and normal again', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/applications/${prepared.application().id}`);
    const form = page.getByTestId('urgency');
    const reason = form.getByLabel('Perustelu kiireellisyyden muutokselle');
    await reason.waitFor();
    const urgency = page.getByText('Kiireellisyys').locator('xpath=following-sibling::dd[1]');
    assert.equal((await urgency.textContent())?.trim(), 'Tavallinen');

    // Without a reason nothing is sent: the field says why.
    await form.getByRole('button', { name: 'Merkitse kiireelliseksi' }).focus();
    await page.keyboard.press('Enter');
    await form.getByText('Kirjoita perustelu.').waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'urgency-invalid');

    await reason.focus();
    await page.keyboard.type('Häätö uhkaa, ruoka loppu.');
    await page.keyboard.press('Enter');
    await form
      .getByTestId('urgency-done')
      .getByText(/Hakemus on nyt kiireellinen\. Eräpäivä: /)
      .waitFor();
    await urgency.getByText('Kiireellinen').waitFor();
    assert.equal(await reason.inputValue(), '');
    await expectAccessible(page, 'urgency-urgent');

    await reason.fill('Asunto järjestyi.');
    await form.getByRole('button', { name: 'Merkitse tavalliseksi' }).click();
    await form
      .getByTestId('urgency-done')
      .getByText(/Hakemus on nyt tavallinen\./)
      .waitFor();
    await urgency.getByText('Tavallinen').waitFor();
  });

  test('the form follows permittedActions', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    const url = `**/api/v1/applications/${prepared.application().id}`;
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      assert.ok(body.permittedActions.includes('setUrgency'), 'the server permits setUrgency');
      body.permittedActions = body.permittedActions.filter((name: string) => name !== 'setUrgency');
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${scene.baseUrl}/staff/applications/${prepared.application().id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: prepared.application().ref }).waitFor();
    await page.getByTestId('assignment').waitFor();
    assert.equal(await page.getByTestId('urgency').count(), 0, 'no urgency form');
  });
});
