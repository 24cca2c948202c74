// Browser test of files that cannot attack: a caseworker sees a PDF with JavaScript on opening flagged, offered as a
// download only (no inline view, and the server refuses to serve it inline); a citizen whose image is too large
// (30 000 × 30 000 pixels in a few hundred bytes) gets the reason in Finnish and keeps the draft and its other file.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { anna } from '../apps/server/test/helpers/demo-citizens.ts';
import { openActionJavaScriptPdf, pngOfSize } from '../apps/server/test/helpers/hostile-files.ts';
import { testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import { browserScene, createDraftInPage, expectAccessible } from './helpers/pages.ts';

describe('attachments with active content or too many pixels', () => {
  const scene = browserScene();
  const { sendApplication } = testApi(() => scene.baseUrl);
  let flagged: { id: string; ref: string };

  before(async () => {
    flagged = await sendApplication(anna, {
      name: 'avaus.pdf',
      type: 'application/pdf',
      bytes: openActionJavaScriptPdf(),
    });
  });

  test('the staff case view warns of a PDF with active content and offers it as a download only', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/applications/${flagged.id}`);
    const item = page.getByTestId('attachment').filter({ hasText: 'avaus.pdf' });
    await item.getByTestId('active-content-warning').waitFor();
    assert.equal(
      (await item.getByTestId('active-content-warning').textContent())?.trim(),
      translate('fi', 'caseWork.attachments.activeContent'),
    );
    assert.equal(await page.getByRole('button', { name: 'Näytä avaus.pdf' }).count(), 0, 'no inline view');
    assert.equal(await page.locator('iframe').count(), 0);
    const download = item.getByRole('link', { name: 'Lataa avaus.pdf' });
    await download.waitFor();
    const headers = await page.evaluate(
      async (href) => {
        const response = await fetch(`${href}?disposition=inline`);
        return {
          status: response.status,
          disposition: response.headers.get('content-disposition'),
          policy: response.headers.get('content-security-policy'),
        };
      },
      (await download.getAttribute('href')) ?? '',
    );
    assert.equal(headers.status, 200);
    assert.match(headers.disposition ?? '', /^attachment;/, 'asked inline, served as a download');
    assert.match(headers.policy ?? '', /^sandbox; default-src 'none'/);
    await expectAccessible(page, 'staff-case-active-content-fi');
  });

  test('a citizen’s image with too many pixels is refused in Finnish; the draft keeps its other file', async () => {
    const page = await scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });
    const applicationId = await createDraftInPage(page);
    await page.goto(`${scene.baseUrl}/applications/${applicationId}/attachments`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const input = page.locator('#attachments-bank_statement');
    await input.setInputFiles({
      name: 'tiliote.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf('Tiliote'),
    });
    await page.getByRole('link', { name: 'tiliote.pdf' }).waitFor();
    await input.setInputFiles({ name: 'kuva.png', mimeType: 'image/png', buffer: pngOfSize(30_000, 30_000) });
    await page.getByText(translate('fi', 'upload.tooManyPixels', { maxMegapixels: 50 })).waitFor();
    await page.getByRole('link', { name: 'tiliote.pdf' }).waitFor();
    const mine = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/my/applications/${id}`);
      const body = await response.json();
      return {
        status: body.status as string,
        files: body.attachments.map((a: { fileName: string }) => a.fileName),
      };
    }, applicationId);
    assert.deepEqual(mine, { status: 'draft', files: ['tiliote.pdf'] });
    await expectAccessible(page, 'citizen-upload-too-many-pixels-fi');
  });
});
