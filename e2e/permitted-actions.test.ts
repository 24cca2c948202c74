// Browser test: both apps offer an action exactly when the case's permittedActions (from the server's action table)
// lists it. The same case is shown with its actions as the server sends them, and with one of them taken out on
// the way (as if the server had refused it): the button or form goes, while everything else stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assignedCase } from './helpers/api.ts';
import { browserScene } from './helpers/pages.ts';

/** Answers the case's reads with `permittedActions` without the action. */
async function withheld(page: Page, url: string, action: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    assert.ok(body.permittedActions.includes(action), `the server permits ${action}`);
    body.permittedActions = body.permittedActions.filter((name: string) => name !== action);
    await route.fulfill({ response, json: body });
  });
}

describe('the apps offer what permittedActions allows', () => {
  const scene = browserScene();
  const prepared = assignedCase(() => scene.baseUrl);

  test('staff: the decision form and the request for information follow permittedActions', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    const caseUrl = `${scene.baseUrl}/staff/applications/${prepared.application().id}`;
    await page.goto(caseUrl);
    await page.getByTestId('decision-panel').waitFor();
    await page.getByTestId('information-requests').locator('form').waitFor();

    await withheld(page, `**/api/v1/applications/${prepared.application().id}`, 'decide');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: prepared.application().ref }).waitFor();
    await page.getByTestId('information-requests').locator('form').waitFor();
    assert.equal(await page.getByTestId('decision-panel').count(), 0, 'no decision form');
    assert.equal(await page.getByTestId('decision-not-allowed').count(), 0, 'not someone else’s case');
    await page.unroute(`**/api/v1/applications/${prepared.application().id}`);

    await withheld(page, `**/api/v1/applications/${prepared.application().id}`, 'askForInformation');
    await page.reload();
    await page.getByTestId('decision-panel').waitFor();
    assert.equal(
      await page.getByTestId('information-requests').locator('form').count(),
      0,
      'no request form',
    );
  });

  test('citizen: withdrawing follows permittedActions', async () => {
    const page = await scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });
    await page.goto(`${scene.baseUrl}/applications/${prepared.application().id}`);
    await page.getByRole('button', { name: 'Peru hakemus' }).waitFor();

    await withheld(page, `**/api/v1/my/applications/${prepared.application().id}`, 'withdraw');
    await page.reload();
    await page.getByTestId('application-status').waitFor();
    await page.locator('#attachments-heading').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Peru hakemus' }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Hakemuksen peruminen' }).count(), 0);
  });
});
