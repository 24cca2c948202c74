// Browser test: an admin looks at the calculation parameters in the staff app (the list and one set's values),
// adds a set for next month with a changed basic amount using the keyboard only (first forgetting the source,
// which the error summary links to), and sees it in the list. A handler sees the parameters read-only and an
// auditor is told the page is not for them. axe-core finds no WCAG 2.1 A/AA violation on the way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { helsinkiToday } from './helpers/api.ts';
import { browserScene, expectAccessible, screenshots, tabToId } from './helpers/pages.ts';

function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

describe('calculation parameters in the staff app', () => {
  const scene = browserScene();
  const tabTo = (page: Page, id: string, limit = 80) => tabToId(page, id, limit);

  /**
   * The coverage warning is shown exactly when the API says a set is missing soon, with the first uncovered month
   * named in the page's language; axe-checked when shown.
   */
  async function expectCoverageWarning(page: Page, language: 'fi' | 'sv'): Promise<void> {
    const coverage = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/parameter-sets')).json()) as {
        coverage: { missingSoon: boolean; firstUncoveredMonth: string; coveredThrough: string | null };
      };
      return list.coverage;
    });
    const warning = page.getByTestId('parameter-coverage-warning');
    if (!coverage.missingSoon) {
      assert.equal(await warning.count(), 0, 'no warning while the coming months are covered');
      return;
    }
    await warning.waitFor();
    const label =
      language === 'fi'
        ? 'Laskentaperusteet puuttuvat tulevilta kuukausilta'
        : 'Beräkningsgrunder saknas för kommande månader';
    await page.getByRole('region', { name: label }).waitFor();
    const monthName = await page.evaluate(
      ([month, locale]) =>
        new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)),
        ),
      [coverage.firstUncoveredMonth, language === 'fi' ? 'fi-FI' : 'sv-FI'] as const,
    );
    assert.ok(((await warning.textContent()) ?? '').includes(monthName), `${monthName} named`);
    await expectAccessible(page, `parameter-coverage-warning-${language}`);
  }

  /** Replaces the focused field's text by typing. */
  async function typeOver(page: Page, text: string): Promise<void> {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  test('an admin views the sets and adds one for next month with a new basic amount by keyboard', async () => {
    const nextMonth = monthAfter(helsinkiToday().slice(0, 7));
    const page = await scene.signedInPage({ app: 'staff', user: /Antti Ylläpitäjä/ });
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Laskentaparametrit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Toimeentulotuen laskentaparametrit' }).waitFor();
    const table = page.getByTestId('parameter-sets-table');
    await table.waitFor();
    assert.match(await page.title(), /^Laskentaparametrit – /);
    assert.equal(await table.locator('tbody tr').count(), 20, 'the 20 shipped sets (2012-01 on)');
    // The warning of a missing set for the coming months follows the API's coverage (from 60 days before the
    // first month no set covers; the API test moves the clock across that day).
    await expectCoverageWarning(page, 'fi');
    const newest = table.locator('tr[data-effective-from="2026-03"]');
    assert.match((await newest.textContent()) ?? '', /578,43\s€/);
    assert.match((await newest.textContent()) ?? '', /Toimitettu Tuen mukana/);
    await page.getByRole('region', { name: 'Lisää parametrijoukko' }).waitFor();
    await expectAccessible(page, 'parameter-sets-list-fi');

    // One set's values, in euros and percent, with their sources.
    await newest.getByRole('link').click();
    await page
      .getByRole('heading', { level: 1, name: 'Parametrit maaliskuu 2026 alkaen', exact: true })
      .waitFor();
    const detail = page.getByTestId('parameter-set-detail');
    const text = (await detail.textContent()) ?? '';
    assert.match(text, /578,43\s€/);
    assert.match(text, /Yksinhuoltaja: 115\s%/);
    assert.match(text, /Lapsi 10–17 vuotta: 72,2\s%/);
    assert.match(text, /Kela, published tables of the basic amounts/);
    assert.match(
      (await page.getByTestId('parameter-set-norms').textContent()) ?? '',
      /Helsinki \(091\)715,00\s€/,
    );
    await page.screenshot({ path: `${screenshots}parameter-set-detail-view-fi.png` });
    await expectAccessible(page, 'parameter-set-detail-fi');
    await page.getByRole('link', { name: 'Takaisin parametrijoukkoihin' }).click();
    await table.waitFor();

    // The form, by keyboard only: the month proposed is next month; change the basic amount.
    await page.locator('#parameter-set-effectiveFrom').waitFor();
    assert.equal(await page.locator('#parameter-set-effectiveFrom').inputValue(), nextMonth);
    await page.locator('#parameter-set-effectiveFrom').focus();
    await tabTo(page, 'parameter-set-description');
    await page.keyboard.type('Testikorotus');
    await tabTo(page, 'parameter-set-singlePerson');
    await typeOver(page, '600,00');
    // Submit without a source for the changed amount: the summary takes the focus and links to the field.
    await tabTo(page, 'parameter-set-submit', 200);
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: /Lähde: perusosa: Kerro muuttamiesi arvojen lähde/ });
    await link.waitFor();
    assert.match(
      await page.evaluate(() => document.activeElement?.textContent ?? ''),
      /Tarkista nämä kohdat/,
      'the error summary has the focus',
    );
    assert.equal(
      await page.locator('#parameter-set-sources-basicAmount').getAttribute('aria-invalid'),
      'true',
    );
    await page.screenshot({ path: `${screenshots}parameter-sets-form-error-view-fi.png` });
    await expectAccessible(page, 'parameter-sets-form-error-fi');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'parameter-set-sources-basicAmount');
    await page.keyboard.type('Valtioneuvoston asetus (testi)');
    await tabTo(page, 'parameter-set-submit', 200);
    await page.keyboard.press('Enter');

    const monthName = await page.evaluate((month) => {
      const text: string = new Intl.DateTimeFormat('fi-FI', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
      return text; // in the middle of a sentence: lower case
    }, nextMonth);
    await page
      .getByTestId('parameter-sets-status')
      .getByText(`Parametrijoukko ${monthName} alkaen lisättiin.`, { exact: true })
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: `${screenshots}parameter-sets-add-failed.png`, fullPage: true });
        throw error;
      });
    const added = table.locator(`tr[data-effective-from="${nextMonth}"]`);
    await added.waitFor();
    assert.match((await added.textContent()) ?? '', /600,00\s€/);
    assert.match((await added.textContent()) ?? '', /Pääkäyttäjän lisäämä/);
    assert.match((await added.textContent()) ?? '', /Antti Ylläpitäjä/);
    assert.equal(await table.locator('tbody tr').count(), 21);
    await expectCoverageWarning(page, 'fi');
    // The form now starts from the new set, proposing the month after it.
    await page
      .getByText(`Lomakkeella on uusimman parametrijoukon (${nextMonth}.1) arvot.`, { exact: false })
      .waitFor();
    assert.equal(await page.locator('#parameter-set-singlePerson').inputValue(), '600,00');
    await expectAccessible(page, 'parameter-sets-added-fi');

    // The API agrees: next month gets the new set.
    const saved = await page.evaluate(async (month) => {
      const list = (await (await fetch('/api/v1/parameter-sets')).json()) as {
        items: { effectiveFrom: string; singlePersonCents: number; origin: string }[];
      };
      return list.items.find((item) => item.effectiveFrom === month);
    }, nextMonth);
    assert.equal(saved?.singlePersonCents, 60000);
    assert.equal(saved?.origin, 'admin');

    // In Swedish: the list and the new set's values, with the source the admin gave.
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page
      .getByRole('heading', { level: 1, name: 'Parametrar för beräkningen av utkomststöd' })
      .waitFor();
    await expectCoverageWarning(page, 'sv');
    assert.match((await added.textContent()) ?? '', /Tillagd av en huvudanvändare/);
    await added.getByRole('link').click();
    const detailSv = page.getByTestId('parameter-set-detail');
    await detailSv.waitFor();
    const textSv = (await detailSv.textContent()) ?? '';
    assert.match(textSv, /600,00\s€/);
    assert.match(textSv, /Valtioneuvoston asetus \(testi\)/);
    assert.match(textSv, /Föregående uppsättning: 2026-03\.2/);
    await expectAccessible(page, 'parameter-set-added-detail-sv');
  });

  test('a handler sees the parameters read-only; an auditor is told the page is not for them', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/parameters`);
    await page.getByTestId('parameter-sets-table').waitFor();
    await page.getByText('Voit katsoa parametreja. Vain pääkäyttäjä voi lisätä uusia.').waitFor();
    assert.equal(await page.getByRole('region', { name: 'Lisää parametrijoukko' }).count(), 0);
    await expectAccessible(page, 'parameter-sets-handler-fi');

    const auditorPage = await scene.signedInPage({ app: 'staff', user: /Tiina Tarkastaja/ });
    await auditorPage.goto(`${scene.baseUrl}/staff/parameters`);
    await auditorPage.getByTestId('parameter-sets-forbidden').waitFor();
    await expectAccessible(auditorPage, 'parameter-sets-auditor-fi');
  });
});
