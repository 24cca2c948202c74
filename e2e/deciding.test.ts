// Browser test of deciding: a handler takes a sent application, checks the calculation prefilled from it, decides
// with a reusable reason after a confirmation step, and sees the decision with its letter; the letter is a PDF with
// the amount and the client's name. A decision sent with an old version of the case is refused and explained.
// axe-core finds nothing on the case view with the calculation and decision panels; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, screenshots } from './helpers/pages.ts';

const run = promisify(execFile);

describe('deciding an application in the staff app', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);
  const handlerPage = () => scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });

  test('calculate and decide; the decision and its letter', async () => {
    const matti = demoCitizens[0];
    if (!matti) throw new Error('the demo citizens are missing');
    const application = await sendApplication(matti);
    const page = await handlerPage();
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();

    // The calculation prefilled from the application, with its amount.
    const amount = page.getByTestId('calculation-amount');
    await amount.filter({ hasText: /\d/ }).waitFor();
    const shown = (await amount.textContent()) ?? '';
    const euros = /(\d[\d\s\u00a0]*,\d{2})/.exec(shown)?.[1];
    assert.ok(euros, `an amount is shown: ${shown}`);

    const panel = page.getByTestId('decision-panel');
    await panel.getByText(/Laskelman mukainen toimeentulotuki/).waitFor();
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByLabel('Omat perustelut').fill('Vuokra on hyväksytty vuokrasopimuksen mukaan.');
    await expectAccessible(page, 'deciding-panel');
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText(/Ratkaisu: Myönteinen/).waitFor();
    await confirm.getByRole('button', { name: 'Vahvista päätös' }).click();

    await page.getByTestId('case-status').getByText('Päätös tehty').waitFor();
    const decision = page.getByTestId('decision');
    await decision.getByText(euros.replace(/\s/g, '\u00a0')).or(decision.getByText(euros)).first().waitFor();
    await decision.getByText('Päätöskirje lähtee postitse seuraavassa tulostuserässä.').waitFor();
    assert.equal(await page.getByTestId('decision-panel').count(), 0, 'decided once');
    await expectAccessible(page, 'deciding-decided');

    // The letter.
    const href = await decision.getByRole('link', { name: /Avaa päätöskirje/ }).getAttribute('href');
    assert.ok(href);
    const letter = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        type: response.headers.get('content-type'),
        bytes: [...new Uint8Array(await response.arrayBuffer())],
      };
    }, href);
    assert.equal(letter.type, 'application/pdf');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = `${screenshots}deciding-letter.pdf`;
      await writeFile(file, Buffer.from(letter.bytes));
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      assert.ok(stdout.includes('Matti Meikäläinen'), 'the client’s name');
      assert.ok(stdout.includes(euros.replace(/[\s\u00a0]/g, '')) || stdout.includes(euros), 'the amount');
      assert.ok(stdout.includes('Vuokra on hyväksytty vuokrasopimuksen mukaan.'));
    }
    const citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const own = (await (await api(citizen, 'GET', `/api/v1/my/applications/${application.id}`)).json()) as {
      status: string;
      decisions: { outcome: string }[];
    };
    assert.equal(own.status, 'decided');
    assert.equal(own.decisions[0]?.outcome, 'approved');
  });

  test('a decision on an old version of the case is refused and explained (412)', async () => {
    const sanna = demoCitizens[3];
    if (!sanna) throw new Error('the demo citizens are missing');
    const application = await sendApplication(sanna);
    const handler = await signInApi({ username: 'handler' });
    const handlerId = handler.staffUser?.id ?? '';
    await assign(handler, application.id, handlerId);
    const page = await handlerPage();
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    const panel = page.getByTestId('decision-panel');
    await panel.waitFor();
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
    // Meanwhile a supervisor changes the case (gives it to the same handler again: a new version).
    const supervisor = await signInApi({ username: 'supervisor' });
    await assign(supervisor, application.id, handlerId);
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    await page
      .getByTestId('decision-error')
      .getByText(/Joku muu muutti hakemusta sillä välin/)
      .waitFor();
    await expectAccessible(page, 'deciding-412');
  });
});
