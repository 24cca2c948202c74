// Browser test of a slow upload: the progress bar moves, the upload can be cancelled (nothing is stored) and
// retried (the file is stored once). The network is slowed down through the browser's DevTools protocol.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { createDraftInPage } from './helpers/pages.ts';
import { startE2eServer } from './helpers/server.ts';

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

test('a slow upload shows progress, can be cancelled and then retried', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByRole('button', { name: /Matti Meikäläinen/ }).click();
  await page.getByTestId('signed-in-name').waitFor();
  const applicationId = await createDraftInPage(page);
  const attachmentCount = () =>
    page.evaluate(
      async (id) =>
        (await (await fetch(`/api/v1/my/applications/${id}`)).json()).attachments.length as number,
      applicationId,
    );
  await page.goto(`${server.baseUrl}/applications/${applicationId}/attachments`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 100 * 1024,
  });
  const file = {
    name: 'tiliote-hidas.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * 1024 * 1024)]),
  };
  await page.locator('#attachments-bank_statement').setInputFiles(file);
  await page.waitForFunction(() => {
    const bar = document.querySelector('progress');
    return bar !== null && bar.value > 0 && bar.value < 100;
  });
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, describeViolations(violations));

  await page.getByRole('button', { name: `Peruuta tiedoston ${file.name} lähetys` }).click();
  await page.getByText('Lähetys peruttiin.').waitFor();
  assert.equal(await attachmentCount(), 0, 'a cancelled upload stores nothing');

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.getByRole('button', { name: `Yritä uudelleen: ${file.name}` }).click();
  await page.getByRole('link', { name: file.name }).waitFor();
  assert.equal(await attachmentCount(), 1, 'the retried upload is stored once');
  await context.close();
});
