// Browser test of the citizen app's fixes from the review, in Finnish: "sign in and apply" goes on to the account;
// a double click on "start application" makes one draft, and the form opens with the focus on the step heading; a
// money field in a wrong format shows the error summary at once and moves the focus to it; the account page at
// 320 px has no horizontal overflow and tells its applications' links apart; the application page passes axe
// (landmark-unique); a withdrawn application's message page offers no file picker, with the reason; a file error
// goes away once a message is sent; the calculator names the fields in its error summary, offers the form's months
// and does not show an old estimate under new errors. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { MONTHS_AHEAD, MONTHS_BACK } from '../packages/domain/src/index.ts';
import { testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import { browserScene, expectAccessible, focused, screenshots } from './helpers/pages.ts';

/** Nothing wider than the screen (WCAG 1.4.10 reflow at 320 px). */
async function expectNoHorizontalOverflow(page: Page, name: string): Promise<void> {
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    wide: [...document.querySelectorAll<HTMLElement>('.tuki-main *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .slice(0, 5),
  }));
  assert.ok(
    overflow.page <= 0 && overflow.wide.length === 0,
    `${name}: the page is ${overflow.page} px wider than the screen (${overflow.wide.join(', ')})`,
  );
}

/** The words of these elements' text that the browser broke over two lines (none should be, without a hyphen). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** The focused element is inside the error summary (HDS moves the focus to the summary itself). */
async function focusIsInErrorSummary(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('.tuki-error-summary')));
}

describe('the citizen app after the review', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication } = testApi(() => scene.baseUrl);
  const matti = demoCitizens[0];
  let sent: { id: string; ref: string };
  let withdrawn: { id: string; ref: string };

  before(async () => {
    if (!matti) throw new Error('no demo citizen');
    sent = await sendApplication(matti);
    withdrawn = await sendApplication(matti);
    const session = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const answer = await api(session, 'POST', `/api/v1/my/applications/${withdrawn.id}/withdraw`);
    assert.equal(answer.status, 200, await answer.clone().text());
    // And a draft, so that the account has applications of the same kind in each state.
    const draft = await api(session, 'POST', '/api/v1/my/applications', { json: {} });
    assert.equal(draft.status, 201, await draft.clone().text());
  });

  test('sign in and apply, start once with a double click, and a format error summarised at once', async () => {
    const page = await scene.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${scene.baseUrl}/`);
    await page.getByRole('button', { name: 'Kirjaudu sisään ja hae tukea' }).click();
    await page.getByRole('button', { name: /Matti Meikäläinen/ }).click();
    await page.waitForURL(`${scene.baseUrl}/applications`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // A double click on "start application" makes one draft.
    await page.getByRole('link', { name: 'Tee uusi hakemus' }).click();
    const creates: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/my/applications') {
        creates.push(request.url());
      }
    });
    await page.getByRole('button', { name: 'Aloita hakemus' }).dblclick();
    await page.waitForURL(/\/applications\/[^/]+\/applicant$/);
    const heading = page.getByRole('heading', { level: 1, name: 'Hakijan tiedot' });
    await heading.waitFor();
    assert.equal(creates.length, 1, 'one request to create a draft');
    const drafts = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/my/applications?limit=100');
      const body = (await answer.json()) as { items: { status: string }[] };
      return body.items.filter((item) => item.status === 'draft').length;
    });
    assert.equal(drafts, 2, 'one draft more than the one made in before()');

    // The first step opens with the focus on its heading, like the later steps.
    const first = await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await first.dispose();
    assert.equal((await focused(page))?.text, 'Hakijan tiedot');

    // A money field in a wrong format: the first click on "continue" shows the summary and moves the focus to it.
    const draftId = new URL(page.url()).pathname.split('/')[2] ?? '';
    // A screen tall enough for the whole step: unscrolled, nothing keeps the button in place when an error appears
    // above it (scroll anchoring does that only on a scrolled page).
    await page.setViewportSize({ width: 1280, height: 1600 });
    const messages: Record<string, string> = {
      abc: 'Kirjoita summa euroina, esimerkiksi 675,50.',
      '-5': 'Kirjoita summa euroina, esimerkiksi 675,50.',
      '1234567,89': 'Summa on liian suuri: enintään 1 000 000,00 €.',
    };
    for (const [wrong, message] of Object.entries(messages)) {
      await page.goto(`${scene.baseUrl}/applications/${draftId}/housing`);
      await page
        .locator('label')
        .filter({ hasText: /^Vuokra-asunnossa$/ })
        .click();
      const rent = page.locator('#field-housing-rentCents');
      await rent.fill(wrong);
      await page.getByRole('button', { name: 'Jatka' }).click();
      const summary = page.locator('.tuki-error-summary');
      await summary.waitFor();
      await page.waitForFunction(() => Boolean(document.activeElement?.closest('.tuki-error-summary')));
      assert.ok(await focusIsInErrorSummary(page), `${wrong}: the focus is in the summary`);
      assert.match(
        (await summary.textContent()) ?? '',
        /Vuokra[^:]*: /,
        `${wrong}: the summary names the field`,
      );
      assert.ok(
        (await summary.textContent())?.replace(/\s/g, ' ').includes(message.replace(/\s/g, ' ')),
        `${wrong}: ${message}`,
      );
      assert.ok(page.url().endsWith('/housing'), `${wrong}: still on the step`);
      if (wrong === 'abc') await expectAccessible(page, 'review-money-format-summary');
    }
  });

  test('a citizen gets their own language on signing in, until one is chosen in the browser', async () => {
    // Anna's language in the register is Swedish: a browser without a language speaks Swedish after sign-in.
    const page = await scene.signedInPage({ app: 'citizen', user: /Anna Öhman/ });
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    await expectAccessible(page, 'review-own-language-sv');
    // She picks Finnish: that choice stays, also when she signs in again.
    await page.getByRole('button', { name: 'Suomi' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi');
    await page
      .getByRole('button', { name: /Kirjaudu ulos/ })
      .first()
      .click();
    await page.goto(`${scene.baseUrl}/login`);
    await page.getByRole('button', { name: /Anna Öhman/ }).click();
    await page.getByTestId('signed-in-name').waitFor();
    await page.getByRole('heading', { level: 1, name: /Tervetuloa/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  });

  test('the account page at 320 px in Finnish: no overflow, and the links told apart', async () => {
    // Signed in wide (the header shows the name only there), then read at 320 px.
    const page = await scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${scene.baseUrl}/applications`);
    await page.locator('.tuki-application-card').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
    await expectNoHorizontalOverflow(page, 'account page');
    assert.deepEqual(await brokenWords(page, '.tuki-main h1, .tuki-main h2, .tuki-application-card h3'), []);
    await expectAccessible(page, 'review-account-320');
    const names = await page
      .locator('.tuki-application-card h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? link.textContent ?? ''));
    assert.ok(names.length >= 3, `three applications at least (${names.join(' | ')})`);
    assert.equal(new Set(names).size, names.length, `the links' names differ: ${names.join(' | ')}`);
    assert.ok(names.includes(`Perustoimeentulotuki ${sent.ref}`), names.join(' | '));

    // The application's own page: its headings fit, and its sections' names differ (axe landmark-unique).
    await page.getByRole('link', { name: `Perustoimeentulotuki ${sent.ref}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Perustoimeentulotuki' }).waitFor();
    await expectNoHorizontalOverflow(page, 'application page');
    assert.deepEqual(await brokenWords(page, '.tuki-main h1'), []);
    await expectAccessible(page, 'review-application-320');

    // The calculator's long heading fits at 320 px too.
    await page.goto(`${scene.baseUrl}/calculator`);
    await page.getByRole('heading', { level: 1, name: 'Arvioi toimeentulotukesi' }).waitFor();
    await expectNoHorizontalOverflow(page, 'calculator');
    assert.deepEqual(await brokenWords(page, '.tuki-main h1'), []);
    await page.screenshot({ path: `${screenshots}review-calculator-320.png`, fullPage: true });
  });

  test('a withdrawn application takes messages but no files; a file error goes when a message is sent', async () => {
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Matti Meikäläinen/,
      viewport: { width: 1024, height: 900 },
    });
    await page.goto(`${scene.baseUrl}/applications/${withdrawn.id}/messages`);
    await page.getByRole('heading', { level: 1, name: 'Viestit' }).waitFor();
    const closed = page.getByTestId('message-files-closed');
    await closed.waitFor();
    assert.match((await closed.textContent()) ?? '', /Hakemus on peruttu/);
    assert.equal(await page.locator('#message-files').count(), 0, 'no file picker');
    await page.getByRole('textbox', { name: 'Viesti' }).fill('Peruin hakemuksen, koska sain töitä.');
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await page.getByTestId('message').filter({ hasText: 'Peruin hakemuksen' }).waitFor();
    await expectAccessible(page, 'review-withdrawn-messages');

    // An open application: a refused file is explained in Finnish, and the error goes once a message is sent.
    await page.goto(`${scene.baseUrl}/applications/${sent.id}/messages`);
    await page.getByRole('heading', { level: 1, name: 'Viestit' }).waitFor();
    await page.locator('#message-files').setInputFiles({
      name: 'ohjelma.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    const failure = page.locator('.tuki-upload--failed');
    await failure.getByText(/ohjelma\.exe.*Tiedostomuotoa ei voi lähettää/).waitFor();
    // A file the server refuses (not a PDF inside) is told in Finnish too, never in the server's words.
    await page.locator('#message-files').setInputFiles({
      name: 'tiliote.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all'),
    });
    const refused = failure.filter({ hasText: 'tiliote.pdf' });
    await refused.waitFor();
    assert.doesNotMatch((await refused.textContent()) ?? '', /[Tt]he |file|application/);
    await page.getByRole('textbox', { name: 'Viesti' }).fill('Lähetän tiliotteen myöhemmin.');
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await page.getByTestId('message').filter({ hasText: 'Lähetän tiliotteen myöhemmin.' }).waitFor();
    await failure.first().waitFor({ state: 'detached' });
    await page.screenshot({ path: `${screenshots}review-message-sent.png`, fullPage: true });

    // A sent message's files: a PDF goes through as before.
    await page.locator('#message-files').setInputFiles({
      name: 'tiliote.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf('Tiliote'),
    });
    await page.getByTestId('message-waiting').getByText('tiliote.pdf').waitFor();
  });

  test('the calculator names the fields in its summary, offers the form’s months, and drops an old estimate', async () => {
    const page = await scene.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${scene.baseUrl}/calculator`);
    await page.getByRole('heading', { level: 1, name: 'Arvioi toimeentulotukesi' }).waitFor();
    const months = await page.getByLabel('Kuukausi').locator('option').count();
    assert.equal(months, MONTHS_BACK + MONTHS_AHEAD + 1, 'the months of the application form');

    await page.getByRole('textbox', { name: /Asumismenot kuukaudessa/ }).fill('650');
    await page.getByRole('textbox', { name: 'Määrä euroina kuukaudessa' }).fill('700');
    await page.getByRole('button', { name: 'Laske arvio' }).click();
    const estimate = page.getByTestId('estimate');
    await estimate.waitFor();

    await page.getByRole('textbox', { name: /Asumismenot kuukaudessa/ }).fill('abc');
    await page.getByRole('textbox', { name: 'Määrä euroina kuukaudessa' }).fill('-5');
    await page.getByRole('textbox', { name: /Käytettävissä olevat varat/ }).fill('abc');
    await page.getByRole('button', { name: 'Laske arvio' }).click();
    const summary = page.locator('.tuki-error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    assert.deepEqual(items, [
      'Asumismenot kuukaudessa: Anna summa euroina, esimerkiksi 675,50.',
      'Tulo 1, määrä: Anna summa euroina, esimerkiksi 675,50.',
      'Käytettävissä olevat varat, esimerkiksi tilin saldo: Anna summa euroina, esimerkiksi 675,50.',
    ]);
    assert.equal(await estimate.count(), 0, 'the old estimate is gone');
    await expectAccessible(page, 'review-calculator-errors');
  });
});
