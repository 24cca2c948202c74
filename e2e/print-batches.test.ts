// Browser test of the day's print batch: two applications are decided through the API, one for a client who has
// chosen electronic delivery. In the staff app a handler sees one letter waiting, makes the batch with the keyboard,
// downloads the PDF from the link, sees the count go to 0 and the batch in the list, and is told that there is
// nothing to print when trying again. axe-core finds nothing; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import {
  browserScene,
  expectAccessible,
  expectFocusOn,
  screenshots,
  tabToId as tabTo,
} from './helpers/pages.ts';

describe('the print batch of the letters to mail', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, takeAndApprove } = testApi(() => scene.baseUrl);

  before(async () => {
    const [matti, anna] = demoCitizens;
    if (!matti || !anna) throw new Error('the demo citizens are missing');
    // Anna reads her decisions in the e-services only.
    const annaSession = await signInApi({ personalIdentityCode: anna.personalIdentityCode });
    const prefs = await api(annaSession, 'PUT', '/api/v1/my/preferences', {
      json: { email: null, emailNotifications: true, language: 'sv', electronicDelivery: true },
    });
    assert.equal(prefs.status, 200, await prefs.clone().text());
    const handler = await signInApi({ username: 'handler' });
    // Sent by the citizen, taken by the handler and approved with a calculation of this month.
    const decide = async (citizen: { personalIdentityCode: string }) =>
      takeAndApprove(handler, (await sendApplication(citizen)).id);
    assert.equal((await decide(matti)).delivery, 'paper');
    assert.equal((await decide(anna)).delivery, 'electronic');
  });

  const handlerPage = () =>
    scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/, acceptDownloads: true });

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
    await status.getByText(/^Tulostuserä on valmis \(kirjeitä: 1, sivuja: \d+\)\./).waitFor();
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    await count.getByText('Postitettavia kirjeitä: 0').waitFor();
    await page.getByText('Kaikki paperilla lähetettävät päätökset on otettu tulostuserään.').waitFor();
    await expectFocusOn(page, 'make-print-batch', 'focus kept');

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
    const response = await page.request.get(`${scene.baseUrl}${href}`);
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
