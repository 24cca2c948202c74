// Browser test of "Download your data": a demo citizen with a sent application opens the settings page in Chromium
// (Finnish), finds the section that says what the zip holds, downloads it with the link, and gets a zip (it starts
// with "PK" and lists tuki-export.json and README.txt) whose JSON names them. axe-core reports nothing on the page;
// screenshots go to test-results/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, screenshots } from './helpers/pages.ts';

describe('the citizen downloads their data', () => {
  const scene = browserScene();
  const { sendApplication } = testApi(() => scene.baseUrl);
  const matti = demoCitizens[0];
  let applicationId = '';

  before(async () => {
    if (!matti) throw new Error('the demo citizens are missing');
    applicationId = (await sendApplication(matti)).id;
  });

  test('Matti downloads a zip of his data from the settings page', async () => {
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Matti Meikäläinen/,
      viewport: { width: 1024, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(`${scene.baseUrl}/settings`);
    const section = page.getByTestId('data-export');
    await section.getByRole('heading', { name: 'Lataa tietosi' }).waitFor();
    assert.match((await section.textContent()) ?? '', /liitteet ja päätöskirjeet/);
    const link = section.getByRole('link', { name: 'Lataa tietosi (zip)' });
    assert.equal(await link.getAttribute('href'), '/api/v1/my/data-export?language=fi');
    await link.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'data-export-1-settings');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^tuki-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = readFileSync(await download.path());
    writeFileSync(`${screenshots}data-export.zip`, bytes);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip');
    const listing = bytes.toString('latin1');
    assert.ok(listing.includes('tuki-export.json'), 'the zip lists tuki-export.json');
    assert.ok(listing.includes('README.txt'));
    const entries = unzipSync(new Uint8Array(bytes));
    const data = JSON.parse(Buffer.from(entries['tuki-export.json'] ?? []).toString('utf8'));
    assert.equal(data.person.firstName, 'Matti');
    assert.ok(data.applications.some((application: { id: string }) => application.id === applicationId));

    await page.getByRole('status').filter({ hasText: 'Lataus alkaa hetken kuluttua' }).waitFor();
    await expectAccessible(page, 'data-export-2-started');
  });
});
