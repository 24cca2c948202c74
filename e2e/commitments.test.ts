// Browser test of payment commitments (maksusitoumus) in the staff app's decision form: a row is added, the form's
// own check names the missing payee in the error summary and under the field, the server's field error (a
// validity ending before it starts, sent past the form) is shown the same way, and the decision made with one
// commitment lists it with its number; its document is a PDF. Each attachment and decision says its publicity and
// retention.
// axe-core finds nothing on the form with a commitment, with its errors, nor on the decision; screenshots go to
// test-results/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matti } from '../apps/server/test/helpers/demo-citizens.ts';
import { testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import { browserScene, expectAccessible, screenshots } from './helpers/pages.ts';

describe('payment commitments in the decision form', () => {
  const scene = browserScene();
  const { sendApplication } = testApi(() => scene.baseUrl);

  test('decide with one commitment; it is listed with its number and its document is a PDF', async () => {
    const application = await sendApplication(matti, {
      name: 'vuokrasopimus.pdf',
      type: 'application/pdf',
      bytes: makePdf('Vuokrasopimus'),
    });
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
    // The attachment's publicity and retention while the case is open, still there after taking the case.
    await page
      .getByTestId('attachment')
      .getByTestId('retention')
      .getByText('Salassa pidettävä · säilytetään 10 vuotta asian päättymisestä', { exact: true })
      .waitFor();
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();

    const panel = page.getByTestId('decision-panel');
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByRole('button', { name: 'Lisää maksusitoumus' }).click();
    const row = panel.getByTestId('commitment-row');
    await row.getByLabel('Mihin').selectOption({ label: 'Vuokravakuus' });
    await row.getByLabel(/Enimmäissumma euroina/).fill('850,50');
    await row.getByLabel(/Mitä sitoumus kattaa/).fill('Kotikatu 1 A 2, 00100 Helsinki');

    // The payee is missing: the summary names it and its link moves the focus to the field.
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const summary = page.getByTestId('commitment-errors');
    await summary.getByText('Maksusitoumus 1: Anna maksun saaja.').waitFor();
    await row.getByText('Anna maksun saaja.').waitFor();
    assert.equal(await page.getByTestId('decision-confirm').count(), 0, 'no confirmation with errors');
    await expectAccessible(page, 'commitments-form-errors');
    await panel.screenshot({ path: `${screenshots}commitments-panel-errors.png` });
    await summary.getByRole('link', { name: /Anna maksun saaja/ }).click();
    await page.waitForFunction(() => document.activeElement?.id.endsWith('-payeeName') === true);
    await row.getByLabel(/Maksun saaja/).fill('Asunto Oy Kotikatu');
    await expectAccessible(page, 'commitments-form');

    // The server's own check, with the validity turned round on the way: its field error under the field.
    await page.route('**/decision', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as {
        commitments?: { validFrom: string; validTo: string }[];
      };
      const [first] = body.commitments ?? [];
      assert.ok(first, 'the commitment is sent');
      [first.validFrom, first.validTo] = ['2026-12-31', '2026-12-01'];
      await route.continue({ postData: JSON.stringify(body) });
    });
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText(/Maksusitoumukset: Asunto Oy Kotikatu 850,50/).waitFor();
    await confirm.getByRole('button', { name: 'Vahvista päätös' }).click();
    const serverError = page.getByTestId('commitment-errors').getByRole('link');
    await serverError.first().waitFor();
    assert.match((await serverError.first().textContent()) ?? '', /^Maksusitoumus 1: .+/);
    assert.equal(await page.getByTestId('decision-error').count(), 0, 'only the field error');
    await page.unrouteAll({ behavior: 'wait' });

    // Decided as typed.
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    await page.getByTestId('case-status').getByText('Päätös tehty').waitFor();
    const listed = page.getByTestId('decision').getByTestId('commitment');
    await listed.waitFor();
    const text = (await listed.textContent()) ?? '';
    const number = /MS-\d{4}-\d{6}/.exec(text)?.[0];
    assert.ok(number, `the commitment's number: ${text}`);
    assert.match(text, /Asunto Oy Kotikatu/);
    assert.match(text, /Vuokravakuus: Kotikatu 1 A 2, 00100 Helsinki/);
    assert.match(text.replace(/[\u00a0\u202f]/g, ' '), /850,50 €/);
    await page
      .getByTestId('decision')
      .getByTestId('retention')
      .getByText('Salassa pidettävä · säilytetään 10 vuotta asian päättymisestä')
      .waitFor();
    await expectAccessible(page, 'commitments-decided');
    await page.getByTestId('decision').screenshot({ path: `${screenshots}commitments-decision.png` });

    // Its document, as the payee gets it.
    const href = await listed.getByRole('link', { name: `Lataa ${number} (PDF)` }).getAttribute('href');
    assert.ok(href);
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        head: String.fromCharCode(...bytes.slice(0, 5)),
      };
    }, href);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(pdf.head, '%PDF-');
  });
});
