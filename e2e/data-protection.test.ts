// Browser test of the data-protection notice (GDPR Art. 13/14): a public page of the citizen app, reached from the
// footer of every page by keyboard, in Finnish, Swedish and English; axe-core finds nothing on it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserScene, expectAccessible, focused, tabUntil } from './helpers/pages.ts';

const footerLink = (page: Page, name: string) =>
  page.locator('footer').getByRole('link', { name, exact: true });

describe('the data-protection notice', () => {
  const scene = browserScene();

  test('linked from the footer of every page, public, reached and read by keyboard', async () => {
    const page = await scene.newPage();
    // Pages without a session, and one that asks to sign in: each has the link in its footer.
    for (const path of ['/', '/calculator', '/login', '/applications', '/no-such-page']) {
      await page.goto(`${scene.baseUrl}${path}`);
      const link = footerLink(page, 'Tietosuoja');
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), '/privacy', `the footer of ${path}`);
    }

    await page.goto(`${scene.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabUntil(
      page,
      'the footer link',
      (element) => element.tag === 'a' && element.text === 'Tietosuoja',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${scene.baseUrl}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor();
    assert.match(await page.title(), /^Tietosuojaseloste/);
    for (const heading of [
      'Rekisterinpitäjä',
      'Tietosuojavastaava',
      'Käsittelyn tarkoitus',
      'Käsittelyn oikeusperuste',
      'Tietojen luovutukset ja vastaanottajat',
      'Säilytysaika',
      'Oikeutesi',
    ]) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    const text = (await page.locator('main').textContent()) ?? '';
    for (const fact of [
      'Helsingin kaupunki',
      '6 artiklan 1 kohdan c ja e alakohta',
      '9 artiklan 2 kohdan h ja b alakohta',
      'laki toimeentulotuesta (1412/1997)',
      'laki sosiaalihuollon asiakkaan asemasta ja oikeuksista (812/2000)',
      'laki sosiaalihuollon asiakasasiakirjoista',
      'Kansaneläkelaitokselle',
      'Suomi.fi-viestit',
      'tietosuojavaltuutetun',
      'tietosuoja@example.hel.fi',
    ]) {
      assert.ok(text.includes(fact), `the notice says: ${fact}`);
    }
    // The officer's e-mail is a link the keyboard reaches.
    await tabUntil(page, 'the officer’s e-mail', (element) => element.text === 'tietosuoja@example.hel.fi');
    assert.equal((await focused(page))?.tag, 'a');
    await expectAccessible(page, 'data-protection-fi');
  });

  test('in Swedish and English, and the same for a signed-in citizen', async () => {
    const page = await scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });
    await footerLink(page, 'Tietosuoja').click();
    await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor();
    await page.getByTestId('signed-in-name').waitFor();

    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Dataskyddsbeskrivning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Personuppgiftsansvarig' }).waitFor();
    await footerLink(page, 'Dataskydd').waitFor();
    assert.ok(
      ((await page.locator('main').textContent()) ?? '').includes('lagen om utkomststöd (1412/1997)'),
    );
    await expectAccessible(page, 'data-protection-sv');

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Data protection officer' }).waitFor();
    await footerLink(page, 'Privacy').waitFor();
    assert.ok(((await page.locator('main').textContent()) ?? '').includes('Data Protection Ombudsman'));
    await expectAccessible(page, 'data-protection-en');
  });
});
