// Browser test of content version 2's housing questions: in Finnish with the keyboard only (Sanna Mäkelä, who
// lives with her father in a detached house) and in Swedish with the mouse (Anna Öhman), the citizen answers the
// detached-house question, the house's running costs, household electricity, home insurance and the sauna fee,
// chooses the other member's relationship, finds the attachment categories of the declared costs, sees every answer
// on the check page and sends. The caseworker then sees the answers in the case view. axe-core reports nothing on
// any page on the way; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { completeContent } from '../apps/server/test/helpers/applications.ts';
import { anna, sanna } from '../apps/server/test/helpers/demo-citizens.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import {
  browserScene,
  choose,
  expectAccessible,
  type Focused,
  openFileChooserByKeyboard,
  tabUntil,
} from './helpers/pages.ts';

const byId = (id: string) => (element: Focused) => element.id === id;
const byText = (text: string) => (element: Focused) => element.text === text || element.aria === text;

async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await tabUntil(page, path, byId(`field-${path.replace(/\./g, '-')}`));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function pressButton(page: Page, name: string): Promise<void> {
  await tabUntil(page, name, byText(name));
  await page.keyboard.press('Enter');
}

async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** The value of a row of the check page, by its label (within the step's section). */
async function summaryValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.tuki-summary-row').filter({ has: page.getByText(label, { exact: true }) });
  return ((await row.first().locator('dd.tuki-summary-value').textContent()) ?? '').replace(/\s/g, ' ');
}

describe('the housing-related expenses of application content version 2', () => {
  const scene = browserScene();
  const { api, signInApi } = testApi(() => scene.baseUrl);

  /** A draft complete but for the housing, with one other member whose relationship is not chosen. */
  async function prepareDraft(personalIdentityCode: string): Promise<string> {
    const session = await signInApi({ personalIdentityCode });
    const created = await api(session, 'POST', '/api/v1/my/applications', { json: {} });
    assert.equal(created.status, 201);
    const draft = (await created.json()) as {
      id: string;
      contentVersion: number;
      content: Parameters<typeof completeContent>[0];
    };
    assert.equal(draft.contentVersion, 2);
    const content = completeContent(draft.content, helsinkiToday().slice(0, 7), {
      otherMembers: [{ firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15' }],
      housing: {},
    });
    delete content.declaration;
    const filled = await api(session, 'PUT', `/api/v1/my/applications/${draft.id}`, {
      json: { content },
      headers: { 'if-match': created.headers.get('etag') ?? '' },
    });
    assert.equal(filled.status, 200, await filled.clone().text());
    return draft.id;
  }

  test('Sanna answers the detached house’s costs, electricity, insurance and sauna in Finnish by keyboard', async () => {
    const id = await prepareDraft(sanna.personalIdentityCode);
    const page = await scene.signedInPage({ app: 'citizen', user: /Sanna Mäkelä/ });
    await page.goto(`${scene.baseUrl}/applications/${id}/housing`);
    await waitForHeading(page, 'Asuminen ja asumismenot');
    await expectAccessible(page, 'expenses-fi-housing-empty');

    // Owner-occupied (the second choice), then "yes" to the detached house: its costs appear, the maintenance
    // charge (an apartment's) does not.
    await tabUntil(page, 'housing type', byId('field-housing-type'));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.getByRole('radio', { name: 'Omistusasunnossa', exact: true }).isChecked());
    await tabUntil(page, 'detached house', byId('field-housing-detachedHouse'));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.getByRole('radio', { name: 'Kyllä, asun omakotitalossa', exact: true }).isChecked());
    await page.getByRole('heading', { name: 'Omakotitalon kulut' }).waitFor();
    assert.equal(await page.locator('#field-housing-maintenanceChargeCents').count(), 0);

    await typeInto(page, 'housing.heatingCents', '120');
    await typeInto(page, 'housing.wasteCents', '25,40');
    await typeInto(page, 'housing.chimneySweepingCents', '8');
    await typeInto(page, 'housing.propertyInsuranceCents', '31,25');
    await typeInto(page, 'housing.propertyTaxCents', '42');
    await typeInto(page, 'housing.plotRentCents', '60');
    await typeInto(page, 'housing.electricityCents', '55,40');
    await typeInto(page, 'housing.homeInsuranceCents', '12,50');
    await typeInto(page, 'housing.saunaCents', '12');
    await expectAccessible(page, 'expenses-fi-housing-filled');
    await pressButton(page, 'Jatka');
    await waitForHeading(page, 'Tulot');

    // The other member's relationship is a choice now.
    await page.goto(`${scene.baseUrl}/applications/${id}/household`);
    await waitForHeading(page, 'Perhe ja muut samassa taloudessa asuvat');
    await tabUntil(page, 'relationship', byId('field-otherMembers-0-relationship'));
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#field-otherMembers-0-relationship').inputValue(), 'parent');
    await expectAccessible(page, 'expenses-fi-household');

    // The attachments of the declared costs are asked for.
    await page.goto(`${scene.baseUrl}/applications/${id}/attachments`);
    await waitForHeading(page, 'Liitteet');
    for (const title of [
      'Sähkölasku',
      'Vakuutuskirja tai vakuutuslasku',
      'Saunamaksun kuitti',
      'Kiinteistöveropäätös',
      'Tontin vuokrasopimus',
      'Jätehuollon ja nuohouksen laskut',
    ]) {
      await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
    }
    const bill = { name: 'sahkolasku.pdf', mimeType: 'application/pdf', buffer: makePdf('Sähkölasku') };
    const chooser = await openFileChooserByKeyboard(
      page,
      'electricity bill',
      byId('attachments-electricity_bill'),
    );
    await chooser.setFiles(bill);
    await page.getByRole('link', { name: bill.name }).waitFor();
    await expectAccessible(page, 'expenses-fi-attachments');
    await pressButton(page, 'Jatka');

    await waitForHeading(page, 'Tarkista tiedot ja lähetä hakemus');
    assert.equal(await summaryValue(page, 'Asutko omakotitalossa?'), 'Kyllä, asun omakotitalossa');
    const expected: [string, string][] = [
      ['Jätehuolto kuukaudessa', '25,40 €'],
      ['Nuohous kuukaudessa', '8,00 €'],
      ['Kiinteistövakuutus kuukaudessa', '31,25 €'],
      ['Kiinteistövero kuukaudessa', '42,00 €'],
      ['Tontin vuokra kuukaudessa', '60,00 €'],
      ['Kotitalouden sähkö kuukaudessa', '55,40 €'],
      ['Kotivakuutusmaksu kuukaudessa', '12,50 €'],
      ['Saunamaksu kuukaudessa', '12,00 €'],
      ['Suhde sinuun', 'Vanhempi (äiti tai isä)'],
    ];
    for (const [label, value] of expected) {
      assert.equal(await summaryValue(page, label), value.replace(/\s/g, ' '), label);
    }
    assert.match(await summaryValue(page, 'Sähkölasku'), /sahkolasku\.pdf/);
    await expectAccessible(page, 'expenses-fi-check');
    await tabUntil(page, 'declaration', byId('field-declaration'));
    await page.keyboard.press('Space');
    await tabUntil(page, 'send', byId('send-application'));
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Hakemuksesi on lähetetty');
    await expectAccessible(page, 'expenses-fi-receipt');

    // The caseworker sees the answers in the case view.
    const staff = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await staff.goto(`${scene.baseUrl}/staff/applications/${id}`);
    const content = staff.getByTestId('case-content');
    await content.getByText('Kyllä, asun omakotitalossa').waitFor();
    await content.getByText('Kotitalouden sähkö kuukaudessa').waitFor();
    await content.getByText('Vanhempi (äiti tai isä)').waitFor();
    await expectAccessible(staff, 'expenses-staff-case');
  });

  test('Anna answers the same questions in Swedish with the mouse', async () => {
    const id = await prepareDraft(anna.personalIdentityCode);
    const page = await scene.signedInPage({ app: 'citizen', user: /Anna Öhman/, locale: 'sv-FI' });
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.goto(`${scene.baseUrl}/applications/${id}/housing`);
    await waitForHeading(page, 'Boende och boendeutgifter');
    await choose(page, 'På annat sätt');
    await choose(page, 'Ja, jag bor i egnahemshus');
    await page.getByRole('heading', { name: 'Egnahemshusets kostnader' }).waitFor();
    await page.getByLabel(/^Avfallshantering per månad/).fill('19,90');
    await page.getByLabel(/^Sotning per månad/).fill('7,50');
    await page.getByLabel(/^Fastighetsförsäkring per månad/).fill('28');
    await page.getByLabel(/^Fastighetsskatt per månad/).fill('35');
    await page.getByLabel(/^Tomthyra per månad/).fill('50');
    await page.getByLabel(/^Hushållsel per månad/).fill('61,20');
    await page.getByLabel(/^Hemförsäkringspremie per månad/).fill('14');
    await page.getByLabel(/^Bastuavgift per månad/).fill('10');
    await expectAccessible(page, 'expenses-sv-housing-filled');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await waitForHeading(page, 'Inkomster');

    await page.goto(`${scene.baseUrl}/applications/${id}/household`);
    await waitForHeading(page, 'Familjen och andra som bor i samma hushåll');
    await page.getByLabel('Relation till dig').selectOption({ label: 'Rumskamrat eller annan person' });
    await expectAccessible(page, 'expenses-sv-household');

    await page.goto(`${scene.baseUrl}/applications/${id}/check`);
    await waitForHeading(page, 'Granska uppgifterna och skicka ansökan');
    const expected: [string, string][] = [
      ['Bor du i egnahemshus?', 'Ja, jag bor i egnahemshus'],
      ['Avfallshantering per månad', '19,90 €'],
      ['Sotning per månad', '7,50 €'],
      ['Fastighetsförsäkring per månad', '28,00 €'],
      ['Fastighetsskatt per månad', '35,00 €'],
      ['Tomthyra per månad', '50,00 €'],
      ['Hushållsel per månad', '61,20 €'],
      ['Hemförsäkringspremie per månad', '14,00 €'],
      ['Bastuavgift per månad', '10,00 €'],
      ['Relation till dig', 'Rumskamrat eller annan person'],
    ];
    for (const [label, value] of expected) {
      assert.equal(await summaryValue(page, label), value.replace(/\s/g, ' '), label);
    }
    // Every cost category asked, none sent yet.
    assert.equal(await summaryValue(page, 'Elräkning'), 'Inget angivet');
    await expectAccessible(page, 'expenses-sv-check');
    await page.locator('label[for="field-declaration"]').click();
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();
    await waitForHeading(page, 'Din ansökan har skickats');
    await expectAccessible(page, 'expenses-sv-receipt');
  });
});
