// Browser test of the citizen's application: a demo citizen fills in and sends a complete application with two
// attachments, in Finnish at 320 px with the keyboard only (Matti Meikäläinen, single), and in Swedish with the
// mouse (Anna Öhman, married: the spouse and children questions appear); the e-services account then shows it
// as sent, with its status history, answers and attachments, and it can be withdrawn. In English: every page of
// the form, the errors (summary with links, field errors), and a change made in another window (412).
// axe-core reports nothing on any page on the way; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makePersonalIdentityCode } from '../packages/domain/src/index.ts';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { makePdf, makePng } from './helpers/files.ts';
import {
  choose,
  expectFocusOn,
  type Focused,
  openFileChooserByKeyboard,
  tabUntil as tabTo,
} from './helpers/pages.ts';
import { startE2eServer } from './helpers/server.ts';

const screenshots = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

const pdf = { name: 'tiliote-toukokuu.pdf', mimeType: 'application/pdf', buffer: makePdf('Tiliote') };
const png = { name: 'vuokrasopimus.png', mimeType: 'image/png', buffer: makePng(64, 48, [40, 90, 160]) };

/** The date (d.m.yyyy) and month (YYYY-MM) today in Finland. */
function finnishToday(): { month: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
  return { month: parts.slice(0, 7) };
}

const byId = (id: string) => (element: Focused) => element.id === id;
const byText = (text: string) => (element: Focused) => element.text === text || element.aria === text;

/** Tabs to a field (by its content path) and types into it, replacing what it had. */
async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await tabTo(page, path, byId(`field-${path.replace(/\./g, '-')}`));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, name, byText(name));
  await page.keyboard.press('Enter');
}

async function waitForHeading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** Waits until everything typed is on the server, and the status says so. */
async function waitUntilSaved(page: Page, saved: RegExp): Promise<void> {
  await page
    .locator('[data-save-state="saved"][data-unsaved="false"]')
    .filter({ hasText: saved })
    .waitFor({ timeout: 10_000 });
}

describe('applying for social assistance', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newPage(options: { width: number; height: number; locale: string }): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      locale: options.locale,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`error in the page: ${error.message}`));
    return page;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${name}: ${describeViolations(violations)}`);
  }

  /** Nothing wider than the screen (WCAG 1.4.10 reflow at 320 px). */
  async function expectNoHorizontalScroll(page: Page, name: string): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the page is ${overflow} px wider than the screen`);
  }

  test('Matti sends a complete application in Finnish at 320 px with the keyboard only', async () => {
    const page = await newPage({ width: 320, height: 800, locale: 'fi-FI' });
    const step = async (name: string, title: string) => {
      await waitForHeading(page, title);
      await expectNoHorizontalScroll(page, name);
      await expectAccessible(page, `application-fi-320-${name}`);
    };

    await page.goto(`${server.baseUrl}/`);
    await waitForHeading(page, 'Hae toimeentulotukea verkossa');
    await pressButton(page, 'Kirjaudu sisään ja hae tukea');
    // "Sign in and apply" goes on to the account after signing in (not back to the front page).
    await page.waitForURL(`**/login?returnTo=${encodeURIComponent('/applications')}`);
    await page.getByRole('button', { name: /Matti Meikäläinen/ }).waitFor();
    await tabTo(page, 'Matti', (element) => element.text.startsWith('Matti Meikäläinen'));
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Asiointitili');
    assert.ok(page.url().endsWith('/applications'));
    await page.getByText('Sinulla ei ole vielä hakemuksia.').waitFor();
    await expectAccessible(page, 'application-fi-320-account-empty');

    await pressButton(page, 'Tee uusi hakemus');
    await waitForHeading(page, 'Mitä tukea haet?');
    await expectAccessible(page, 'application-fi-320-new');
    await pressButton(page, 'Aloita hakemus');

    // 1. Applicant: name and code from the person record, read-only; address and contacts prefilled.
    await step('1-applicant', 'Hakijan tiedot');
    assert.equal(await page.locator('.tuki-readonly dd').first().textContent(), 'Matti Meikäläinen');
    assert.equal(
      await page.locator('#field-applicant-address-street').inputValue(),
      'Mannerheimintie 10 A 5',
    );
    assert.equal(
      await page.locator('#field-applicant-personalIdentityCode').count(),
      0,
      'the code is not a field',
    );
    await tabTo(page, 'marital status', byId('field-applicant-maritalStatus'));
    await page.keyboard.press('Space');
    await typeInto(page, 'applicant.occupation', 'Työtön työnhakija');
    await pressButton(page, 'Jatka');

    // 2. Household: single, so no spouse questions.
    await step('2-household', 'Perhe ja muut samassa taloudessa asuvat');
    await page.getByText('Puolison tietoja ei kysytä').waitFor();
    assert.equal(await page.locator('#field-spouse-firstName').count(), 0);
    await pressButton(page, 'Jatka');

    // 3. Housing: rental, not a detached house, rent typed with a comma.
    await step('3-housing', 'Asuminen ja asumismenot');
    await tabTo(page, 'housing type', byId('field-housing-type'));
    await page.keyboard.press('Space');
    await tabTo(page, 'detached house', byId('field-housing-detachedHouse'));
    await page.keyboard.press('Space');
    await typeInto(page, 'housing.rentCents', '675,50');
    await typeInto(page, 'housing.waterCents', '20');
    await expectAccessible(page, 'application-fi-320-3-housing-filled');
    await pressButton(page, 'Jatka');

    // 4. Incomes: alone in the household, so the income is the applicant's.
    await step('4-incomes', 'Tulot');
    await pressButton(page, 'Lisää tulo');
    await expectFocusOn(page, 'field-incomes-0-member');
    assert.equal(await page.locator('#field-incomes-0-member').inputValue(), 'applicant');
    const memberOptions = await page.locator('#field-incomes-0-member option').allTextContents();
    assert.ok(!memberOptions.some((option) => /puoliso/i.test(option)), 'no spouse to choose');
    await tabTo(page, 'income type', byId('field-incomes-0-type'));
    // Palkka, Yrittäjätulo, Työttömyyspäiväraha, Työmarkkinatuki: the fourth option after "Valitse".
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#field-incomes-0-type').inputValue(), 'labour_market_subsidy');
    await typeInto(page, 'incomes.0.amountCents', '650.25');
    await expectAccessible(page, 'application-fi-320-4-incomes-filled');
    await pressButton(page, 'Jatka');

    await step('5-assets', 'Varat');
    await pressButton(page, 'Jatka');
    await step('6-expenses', 'Menot, joihin haet tukea');
    await pressButton(page, 'Jatka');

    // 7. Month and account: the current month (the fourth of five), the IBAN tidied into groups of four.
    await step('7-payment', 'Hakukuukausi ja tilinumero');
    await tabTo(page, 'month', byId('field-month'));
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[type=radio]:checked').getAttribute('value'), finnishToday().month);
    await typeInto(page, 'iban', 'fi2112345600000785');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#field-iban').inputValue(), 'FI21 1234 5600 0007 85');
    await pressButton(page, 'Jatka');

    await step('8-urgency', 'Kiireellisyys');
    await tabTo(page, 'urgent', byId('field-urgent'));
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#field-urgentReason').count(), 0, 'no reason asked when not urgent');
    await pressButton(page, 'Jatka');

    await step('9-additional', 'Lisätiedot');
    await waitUntilSaved(page, /Tallennettu klo \d{2}\.\d{2}/);
    await pressButton(page, 'Jatka');

    // 10. Attachments: the file inputs are opened from the keyboard.
    await step('10-attachments', 'Liitteet');
    for (const [category, file] of [
      ['bank_statement', pdf],
      ['rental_agreement', png],
    ] as const) {
      const chooser = await openFileChooserByKeyboard(page, category, byId(`attachments-${category}`));
      await chooser.setFiles(file);
      await page.getByRole('link', { name: file.name }).waitFor();
    }
    await page.getByText('PDF, ').first().waitFor();
    await expectAccessible(page, 'application-fi-320-10-attachments-uploaded');
    await pressButton(page, 'Jatka');

    // 11. Check: every answer with a change link, the declaration, then send.
    await step('11-check', 'Tarkista tiedot ja lähetä hakemus');
    await page.getByText('675,50 €').waitFor();
    await page.getByText('650,25 €').waitFor();
    await page.getByText(pdf.name).first().waitFor();
    assert.ok((await page.getByRole('link', { name: /^Muuta/ }).count()) > 10, 'a change link per answer');
    await tabTo(page, 'declaration', byId('field-declaration'));
    await page.keyboard.press('Space');
    await tabTo(page, 'send', byId('send-application'));
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Hakemuksesi on lähetetty');
    const reference = (await page.getByTestId('reference-number').textContent()) ?? '';
    assert.match(reference, /\S/);
    assert.match(
      (await page.getByTestId('due-date').textContent()) ?? '',
      /^Päätös tehdään viimeistään \d{1,2}\.\d{1,2}\.\d{4}\.$/,
    );
    await expectAccessible(page, 'application-fi-320-receipt');

    await pressButton(page, 'Näytä hakemus');
    await waitForHeading(page, 'Perustoimeentulotuki');
    await page.getByText('Lähetetty').first().waitFor();
    await page.getByText(reference).waitFor();
    await page.getByRole('link', { name: png.name }).waitFor();
    await expectNoHorizontalScroll(page, 'application page');
    await expectAccessible(page, 'application-fi-320-sent');

    await pressButton(page, 'Takaisin asiointitilille');
    await waitForHeading(page, 'Asiointitili');
    await page.getByText(reference).waitFor();
    await expectAccessible(page, 'application-fi-320-account-sent');
  });

  test('Anna sends an application in Swedish with her spouse and children, and withdraws it', async () => {
    const page = await newPage({ width: 1280, height: 900, locale: 'sv-FI' });
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('button', { name: /Anna Öhman/ }).click();
    await page.getByTestId('signed-in-name').getByText('Anna Öhman').waitFor();
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');

    await page.getByRole('link', { name: 'Gå till e-tjänstkontot' }).click();
    await waitForHeading(page, 'E-tjänstkonto');
    await expectAccessible(page, 'application-sv-account-empty');
    await page.getByRole('link', { name: 'Gör en ny ansökan' }).click();
    await waitForHeading(page, 'Vilket stöd söker du?');
    await expectAccessible(page, 'application-sv-new');
    await page.getByRole('button', { name: 'Börja fylla i ansökan' }).click();

    await waitForHeading(page, 'Uppgifter om sökanden');
    await expectAccessible(page, 'application-sv-1-applicant');
    await choose(page, 'Gift');
    await page.getByLabel('Yrke eller situation').fill('Studerande');
    await waitUntilSaved(page, /Sparad kl\. \d{2}\.\d{2}/);
    // Drafts are never lost: after a reload the answers are there.
    await page.reload();
    await waitForHeading(page, 'Uppgifter om sökanden');
    assert.equal(await page.getByLabel('Yrke eller situation').inputValue(), 'Studerande');
    assert.ok(await page.getByRole('radio', { name: 'Gift', exact: true }).isChecked());
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Familjen och andra som bor i samma hushåll');
    await page.locator('#field-spouse-firstName').fill('Jukka');
    await page.locator('#field-spouse-lastName').fill('Öhman');
    await page
      .locator('#field-spouse-personalIdentityCode')
      .fill(makePersonalIdentityCode('1992-11-23', 904));
    await page.locator('#field-spouse-occupation').fill('Arbetslös arbetssökande');
    for (const [index, [first, born]] of [
      ['Elsa', '3.4.2016'],
      ['Oskar', '15.10.2019'],
    ].entries()) {
      await page.getByRole('button', { name: 'Lägg till barn' }).click();
      await page.locator(`#field-children-${index}-firstName`).fill(first ?? '');
      await page.locator(`#field-children-${index}-lastName`).fill('Öhman');
      await page.locator(`#field-children-${index}-dateOfBirth`).fill(born ?? '');
    }
    await expectAccessible(page, 'application-sv-2-household');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Boende och boendeutgifter');
    await choose(page, 'I hyresbostad');
    await choose(page, 'Nej');
    await page.getByLabel('Hyra per månad').fill('1 120,00');
    await page.getByLabel(/Vattenavgift per månad/).fill('72');
    await expectAccessible(page, 'application-sv-3-housing');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Inkomster');
    const incomes: [string, string, string][] = [
      ['Anna Öhman (du)', 'Studiestöd', '279,14'],
      ['Jukka Öhman (make eller sambo)', 'Arbetslöshetsdagpenning', '812,40'],
      ['Elsa Öhman (barn)', 'Barnbidrag', '115,00'],
    ];
    for (const [index, [member, type, amount]] of incomes.entries()) {
      await page.getByRole('button', { name: 'Lägg till inkomst' }).click();
      await page.locator(`#field-incomes-${index}-member`).selectOption({ label: member });
      await page.locator(`#field-incomes-${index}-type`).selectOption({ label: type });
      await page.locator(`#field-incomes-${index}-amountCents`).fill(amount);
    }
    await expectAccessible(page, 'application-sv-4-incomes');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Tillgångar');
    await page.getByRole('button', { name: 'Lägg till tillgång' }).click();
    await page.locator('#field-assets-0-type').selectOption('bank_account');
    await page.locator('#field-assets-0-valueCents').fill('143,20');
    await expectAccessible(page, 'application-sv-5-assets');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Utgifter som du söker stöd för');
    await page.getByRole('button', { name: 'Lägg till utgift' }).click();
    await page.locator('#field-expenses-0-type').selectOption('medicine');
    await page.locator('#field-expenses-0-amountCents').fill('38,90');
    await expectAccessible(page, 'application-sv-6-expenses');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Månad och kontonummer');
    await page
      .locator(
        `label[for="${await page.locator(`input[type=radio][value="${finnishToday().month}"]`).getAttribute('id')}"]`,
      )
      .click();
    await page.getByLabel('Kontonummer (IBAN)').fill('FI21 1234 5600 0007 85');
    await expectAccessible(page, 'application-sv-7-payment');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Brådskande behov');
    await choose(page, 'Ja, jag behöver stöd genast');
    await page
      .getByLabel('Varför behöver du stöd genast?')
      .fill('Vi har inga pengar till mat den här veckan.');
    await expectAccessible(page, 'application-sv-8-urgency');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Tilläggsuppgifter');
    await page.getByLabel(/Tilläggsuppgifter \(valfri\)/).fill('Jukka börjar ett nytt arbete nästa månad.');
    await expectAccessible(page, 'application-sv-9-additional');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Bilagor');
    // Refused files are explained per file: a wrong type before sending, a disguised one by the server (415).
    await page.locator('#attachments-other').setInputFiles({
      name: 'anteckning.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hej'),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'anteckning.txt' })
      .getByText(/Filformatet kan inte skickas/)
      .waitFor();
    await page.locator('#attachments-other').setInputFiles({
      name: 'forklad.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('this is not a PDF at all'),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'forklad.pdf' })
      .getByText(/Filformatet kan inte skickas/)
      .waitFor();
    await expectAccessible(page, 'application-sv-10-attachments-refused');
    await page.getByRole('button', { name: 'Stäng meddelandet: anteckning.txt' }).click();
    await page.getByRole('button', { name: 'Stäng meddelandet: forklad.pdf' }).click();
    // A file sent by mistake is deleted.
    await page.locator('#attachments-other').setInputFiles({ ...png, name: 'fel-bild.png' });
    await page.getByRole('link', { name: 'fel-bild.png' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort bilagan fel-bild.png' }).click();
    await page.getByRole('link', { name: 'fel-bild.png' }).waitFor({ state: 'detached' });
    await page.locator('#attachments-bank_statement').setInputFiles(pdf);
    await page.locator('#attachments-receipt').setInputFiles(png);
    await page.getByRole('link', { name: pdf.name }).waitFor();
    await page.getByRole('link', { name: png.name }).waitFor();
    await expectAccessible(page, 'application-sv-10-attachments');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await waitForHeading(page, 'Granska uppgifterna och skicka ansökan');
    await page.getByText('Jukka Öhman (make eller sambo)').waitFor();
    await page.getByText('Oskar').waitFor();
    await expectAccessible(page, 'application-sv-11-check');
    // Without the declaration: the summary takes the focus and links to the checkbox.
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();
    await page.getByText('Ansökan har fel som ska rättas.').waitFor();
    await page.getByRole('link', { name: /Försäkran: Bekräfta att uppgifterna är riktiga\./ }).click();
    await expectFocusOn(page, 'field-declaration');
    await expectAccessible(page, 'application-sv-11-check-error');
    await page.locator('label[for="field-declaration"]').click();
    assert.ok(await page.getByRole('checkbox').isChecked());
    // The server's refusal (400) is shown the same way: its link opens the step and focuses the field.
    const submitRoute = '**/api/v1/my/applications/*/submit';
    await page.route(submitRoute, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://tuki.example/problems/application-incomplete',
          title: 'Invalid request',
          status: 400,
          detail: 'Ansökan har fel som ska rättas.',
          errors: [
            {
              path: 'content.children.1.dateOfBirth',
              message: 'Datumet kan inte vara i framtiden.',
              code: 'date_in_future',
            },
          ],
        }),
      }),
    );
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();
    await page
      .getByRole('link', { name: 'Barn 2, födelsedatum: Datumet kan inte vara i framtiden.' })
      .click();
    await waitForHeading(page, 'Familjen och andra som bor i samma hushåll');
    await page.waitForFunction(() => document.activeElement?.id === 'field-children-1-dateOfBirth');
    await page.unroute(submitRoute);
    await page.getByRole('button', { name: 'Spara och gå tillbaka till granskningen' }).click();
    await waitForHeading(page, 'Granska uppgifterna och skicka ansökan');
    assert.ok(await page.getByRole('checkbox').isChecked(), 'the declaration is kept');
    // A double click sends one application.
    await page.getByRole('button', { name: 'Skicka ansökan' }).dblclick();

    await waitForHeading(page, 'Din ansökan har skickats');
    assert.match(
      (await page.getByTestId('due-date').textContent()) ?? '',
      /^Beslutet fattas senast \d{1,2}\.\d{1,2}\.\d{4}\.$/,
    );
    await expectAccessible(page, 'application-sv-receipt');

    await page.getByRole('link', { name: 'Tillbaka till e-tjänstkontot' }).click();
    await waitForHeading(page, 'E-tjänstkonto');
    // The list loads after the heading: wait for it, then count.
    await page.getByText('Skickad').first().waitFor();
    assert.equal(await page.locator('.tuki-application-card').count(), 1, 'one application, not two');
    await page.getByText('Skickad').first().waitFor();
    await expectAccessible(page, 'application-sv-account-sent');

    // The card's link names the application by its reference number.
    await page.getByRole('link', { name: /^Grundläggande utkomststöd TT-\d{4}-\d+$/ }).click();
    await waitForHeading(page, 'Grundläggande utkomststöd');
    await page.getByRole('heading', { name: 'Handläggningens skeden' }).waitFor();
    assert.match(
      (await page.locator('.tuki-history li').last().textContent()) ?? '',
      /Skickad \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{2}\.\d{2}/,
    );
    const download = await page.getByRole('link', { name: pdf.name }).getAttribute('href');
    const downloaded = await page.evaluate(async (href) => {
      const response = await fetch(href ?? '');
      return { status: response.status, start: (await response.text()).slice(0, 5) };
    }, download);
    assert.deepEqual(downloaded, { status: 200, start: '%PDF-' });
    await expectAccessible(page, 'application-sv-sent');

    await page.getByRole('button', { name: 'Återkalla ansökan' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'application-sv-withdraw-dialog');
    await page.getByRole('button', { name: 'Ja, återkalla ansökan' }).click();
    await page.getByText('Ansökan har återkallats').waitFor();
    await page.getByTestId('application-status').getByText('Återkallad').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Återkalla ansökan' }).count(), 0);
  });

  test('in English: errors are summarised and linked, and a change made in another window is not overwritten', async () => {
    const page = await newPage({ width: 1280, height: 900, locale: 'en-GB' });
    await page.addInitScript(() => window.localStorage.setItem('tuki.language', 'en'));
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('button', { name: /Aleksi Virtanen/ }).click();
    await page.getByTestId('signed-in-name').getByText('Aleksi Virtanen').waitFor();
    await page.goto(`${server.baseUrl}/applications/new`);
    await waitForHeading(page, 'What assistance are you applying for?');
    await expectAccessible(page, 'application-en-new');
    await choose(page, 'Supplementary social assistance');
    await page.getByRole('button', { name: 'Start the application' }).click();
    await waitForHeading(page, 'About you');
    const formUrl = page.url();

    // A format problem is told when leaving the field; what is missing, on "continue".
    await page.getByLabel('Postal code').fill('123');
    await page.getByLabel('Occupation or situation').focus();
    await page.getByText('A postal code has five digits.').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByText('There is something to correct in the application.');
    await summary.waitFor();
    assert.match(
      (await page.evaluate(() => document.activeElement?.textContent)) ?? '',
      /something to correct/,
    );
    assert.equal(await page.getByLabel('Postal code').getAttribute('aria-invalid'), 'true');
    await page.getByRole('link', { name: /^Marital status:/ }).click();
    await expectFocusOn(page, 'field-applicant-maritalStatus');
    await expectAccessible(page, 'application-en-1-applicant-errors');

    await page.getByLabel('Postal code').fill('00930');
    assert.equal(
      await page.getByText('A postal code has five digits.').count(),
      1,
      'the fixed error goes while typing',
    );
    await choose(page, 'Single');
    await page.getByLabel('Occupation or situation').fill('Student');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Every step in English, moving on with the step indicator (which does not stop at missing answers).
    const titles = [
      'Your family and others in your household',
      'Housing and housing costs',
      'Income',
      'Assets',
      'Expenses you are applying for',
      'Month and bank account',
      'Urgency',
      'More information',
      'Attachments',
      'Check your answers and send the application',
    ];
    for (const [index, title] of titles.entries()) {
      await waitForHeading(page, title);
      await expectAccessible(page, `application-en-${index + 2}`);
      const next = page.getByRole('navigation', { name: 'Steps of the application' }).getByRole('link', {
        name: new RegExp(`^${index + 3} `),
      });
      if (index < titles.length - 1) await next.click();
    }
    await page.getByRole('button', { name: 'Send the application' }).click();
    await page.getByRole('link', { name: /^How do you live\?/ }).click();
    await waitForHeading(page, 'Housing and housing costs');
    await expectFocusOn(page, 'field-housing-type');
    await choose(page, 'In a rented home');
    await choose(page, 'No');
    await page.getByRole('button', { name: 'Save and return to the check page' }).click();
    await page.getByText('Rent per month: This information is missing.').waitFor();
    await page.getByLabel('Rent per month').fill('abc');
    await page.getByLabel(/Water charge per month/).focus();
    await page.getByText('Enter the amount in euros, for example 675.50.').first().waitFor();
    await page.getByLabel('Rent per month').fill('540');
    await waitUntilSaved(page, /Saved at \d{2}:\d{2}/);

    // Another window changes the same draft; this window's next change is not saved over it.
    const other = await page.context().newPage();
    await other.goto(formUrl.replace(/applicant$/, 'additional'));
    await waitForHeading(other, 'More information');
    await other.getByLabel(/More information \(optional\)/).fill('Written in the other window.');
    await waitUntilSaved(other, /Saved at/);

    await page.getByLabel('Rent per month').fill('560');
    await page
      .getByText('The application was changed in another window')
      .first()
      .waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'application-en-conflict');
    await page.getByRole('button', { name: 'Load the newest version' }).click();
    await page.getByText('The newest version has been loaded').waitFor();
    assert.equal(await page.getByLabel('Rent per month').inputValue(), '540');
    await page.goto(formUrl.replace(/applicant$/, 'additional'));
    assert.equal(
      await page.getByLabel(/More information \(optional\)/).inputValue(),
      'Written in the other window.',
    );

    await page.goto(`${server.baseUrl}/applications`);
    await waitForHeading(page, 'E-services account');
    await page
      .getByText(/If you do not continue the application, it will be deleted on \d{1,2}\.\d{1,2}\.\d{4}\./)
      .waitFor();
    await page.getByText('Not sent').waitFor();
    await expectAccessible(page, 'application-en-account');
    // A draft's link names it by when it was started.
    await page.getByRole('link', { name: /^Supplementary social assistance, started \d/ }).click();
    await waitForHeading(page, 'Supplementary social assistance');
    await expectAccessible(page, 'application-en-draft');
  });
});
