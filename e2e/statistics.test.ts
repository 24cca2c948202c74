// Browser test of the processing-time statistics: decided applications are written straight into the database for
// every month of the last complete half-year and of the one before (some decided a day after arrival, some twenty
// days after: late). A supervisor opens Tilastot from the navigation, sees the chart (one image with a text
// alternative) and the table (a row per month, the half-year and the total), switches to the previous half-year
// and to a range of months with the keyboard only, and has a CSV link for the period. axe-core finds nothing on
// either view; screenshots go to test-results/. A handler has no such link and is told the page is not theirs.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type DecidedCase, insertDecidedCases } from '../apps/server/test/helpers/statistics.ts';
import { axeViolations, describeViolations, launchBrowser } from './helpers/browser.ts';
import { expectFocusOn } from './helpers/pages.ts';
import { startE2eServer } from './helpers/server.ts';

const screenshots = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

/** The months of the last two complete half-years in Finland, oldest first, and the later half-year's range. */
function lastTwoHalfYears(): { months: string[]; last: { from: string; to: string; label: RegExp } } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
  let year = Number(today.slice(0, 4));
  let half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const halves: { year: number; half: number }[] = [];
  for (let i = 0; i < 2; i += 1) {
    if (half === 1) {
      year -= 1;
      half = 2;
    } else half = 1;
    halves.unshift({ year, half });
  }
  const months = halves.flatMap(({ year: y, half: h }) =>
    Array.from({ length: 6 }, (_, i) => `${y}-${String(i + 1 + (h === 1 ? 0 : 6)).padStart(2, '0')}`),
  );
  const [, later] = halves;
  if (!later) throw new Error('no half-year');
  return {
    months,
    last: {
      from: months[6] ?? '',
      to: months[11] ?? '',
      label: new RegExp(`^${later.year} ${later.half === 1 ? 'tammi–kesäkuu' : 'heinä–joulukuu'}$`),
    },
  };
}

describe('the processing-time statistics', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { months, last } = lastTwoHalfYears();
  /** Decisions per month: 4 + the month's position; the first `late` of them twenty days after arrival. */
  const planned = months.map((month, index) => ({ month, decided: 4 + index, late: index % 3 }));

  before(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const decided: DecidedCase[] = [];
    for (const plan of planned) {
      const decidedAt = new Date(`${plan.month}-15T10:00:00Z`);
      for (let i = 0; i < plan.decided; i += 1) {
        const daysBefore = i < plan.late ? 20 : 1;
        decided.push({
          referenceNumber: `TT-E2E-${decided.length + 1}`,
          arrivedAt: new Date(decidedAt.getTime() - daysBefore * 86_400_000).toISOString(),
          decidedAt: decidedAt.toISOString(),
        });
      }
    }
    await insertDecidedCases(server.database.db, decided);
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function signedIn(name: RegExp): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(`error in the page: ${error.message}`));
    await page.goto(`${server.baseUrl}/staff/login`);
    await page.getByRole('button', { name }).click();
    await page.getByTestId('signed-in-name').waitFor();
    return page;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${name}: ${describeViolations(violations)}`);
  }

  const totalOf = (from: number, to: number) =>
    planned.slice(from, to).reduce((sum, plan) => sum + plan.decided, 0);

  test('a supervisor sees the chart and the table, and changes the period with the keyboard', async () => {
    const page = await signedIn(/Eeva Esihenkilö/);
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Tilastot' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Toimeentulotuen käsittelyajat' }).waitFor();
    assert.match(await page.title(), /^Käsittelyajat – /);

    // The last complete half-year by default.
    const table = page.getByTestId('statistics-table');
    await table.waitFor();
    assert.equal(await page.getByTestId('statistics-month-row').count(), 6);
    const total = page.getByTestId('statistics-total-row');
    assert.equal(await total.locator('td').first().textContent(), String(totalOf(6, 12)));
    const chart = page.getByRole('img', { name: /^Päätökset kuukausittain/ });
    await chart.waitFor();
    const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    assert.match(description, new RegExp(`yhteensä ${totalOf(6, 12)} päätöstä`));
    assert.equal(await page.getByRole('radio', { name: last.label }).isChecked(), true);
    const csv = page.getByRole('link', { name: 'Lataa CSV-tiedosto (Excel)' });
    assert.equal(
      await csv.getAttribute('href'),
      `/api/v1/statistics/processing-times?from=${last.from}&to=${last.to}&format=csv&lang=fi`,
    );
    await expectAccessible(page, 'statistics-half-year-fi');

    // The previous half-year: arrow down from the chosen radio button.
    const previous = page.getByRole('radio').nth(1);
    for (let attempt = 0; attempt < 3 && !(await previous.isChecked()); attempt++) {
      // The page may still be settling after its first load: the focus is placed again until the key lands.
      await page.getByRole('radio', { name: last.label }).focus();
      await page.keyboard.press('ArrowDown');
      await page
        .waitForFunction((element) => (element as HTMLInputElement).checked, await previous.elementHandle(), {
          timeout: 5000,
        })
        .catch(() => undefined);
    }
    assert.equal(await previous.isChecked(), true, 'the arrow key chose the previous half-year');
    await page
      .getByTestId('statistics-showing')
      .getByText(/^Näytetään /)
      .waitFor();
    await page.waitForURL(new RegExp(`from=${months[0]}&to=${months[5]}`));
    await total
      .locator('td')
      .first()
      .getByText(String(totalOf(0, 6)), { exact: true })
      .waitFor();

    // Other months: the last radio button, then type the months and press Enter.
    await page.keyboard.press('End');
    for (let i = 0; i < 10; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'period-custom') break;
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.getByRole('radio', { name: 'Muu aikaväli' }).isChecked(), true);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'period-from');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(months[3] ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(months[8] ?? '');
    // Both months as typed (each field emptied first) before the form is sent with Enter.
    await page.waitForFunction(
      ([from, to]) =>
        (document.getElementById('period-from') as HTMLInputElement | null)?.value === from &&
        (document.getElementById('period-to') as HTMLInputElement | null)?.value === to,
      [months[3] ?? '', months[8] ?? ''],
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`from=${months[3]}&to=${months[8]}`)).catch(async (error: unknown) => {
      await page.screenshot({ path: `${screenshots}statistics-custom-period-failed.png`, fullPage: true });
      throw error;
    });
    await total
      .locator('td')
      .first()
      .getByText(String(totalOf(3, 9)), { exact: true })
      .waitFor();
    assert.equal(await page.getByTestId('statistics-month-row').count(), 6);
    assert.equal(await page.getByTestId('statistics-half-year-row').count(), 2, 'two partial half-years');
    await expectAccessible(page, 'statistics-custom-fi');

    // A first month after the last is refused at the field.
    await page.getByLabel('Ensimmäinen kuukausi').fill(months[9] ?? '');
    await page.getByRole('button', { name: 'Näytä' }).press('Enter');
    await page
      .getByRole('alert')
      .getByText(/^Tarkista kuukaudet/)
      .waitFor();
  });

  test('the CSV link gives the file for the period', async () => {
    const page = await signedIn(/Eeva Esihenkilö/);
    await page.goto(`${server.baseUrl}/staff/statistics?from=${last.from}&to=${last.to}`);
    const href = await page.getByRole('link', { name: 'Lataa CSV-tiedosto (Excel)' }).getAttribute('href');
    const text = await page.evaluate(async (url) => {
      const response = await fetch(url ?? '');
      return `${response.headers.get('content-type')}\n${await response.text()}`;
    }, href);
    const [type, ...lines] = text.split('\n');
    assert.match(type ?? '', /^text\/csv/);
    assert.match(lines[0] ?? '', /^\uFEFF?Jakso;Alkaen;Päättyen;Päätöksiä;/);
  });

  test('a handler has no link to the statistics and is told the page is not theirs', async () => {
    const page = await signedIn(/Hanna Käsittelijä/);
    const nav = page.getByRole('navigation', { name: 'Henkilöstön valikko' });
    await nav.getByRole('link', { name: 'Postitus' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Tilastot' }).count(), 0);
    await page.goto(`${server.baseUrl}/staff/statistics`);
    await page.getByTestId('statistics-forbidden').waitFor();
  });
});
