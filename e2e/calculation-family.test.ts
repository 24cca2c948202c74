// Browser test of the family rule in the case view's calculation (TTL 3 §): an applicant sharing a flat with a
// roommate who earns a wage. The caseworker sees the roommate as another resident whose income is not counted and
// the housing costs divided per head, enters the family's share under a rental agreement (by keyboard) and sees the
// amount follow, in Finnish and in Swedish; axe-core finds nothing. Screenshots at 1280 and 1920 px go to
// test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { matti } from '../apps/server/test/helpers/demo-citizens.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, screenshots } from './helpers/pages.ts';

describe('calculation: the family rule in the case view', () => {
  const scene = browserScene();
  const { sendApplication } = testApi(() => scene.baseUrl);
  let application: { id: string; ref: string };

  before(async () => {
    // The defaults of completeContent (rent 650 + water 20, unemployment benefit 700, 120 in the bank), and a
    // roommate with a wage of 2 500 € a month.
    application = await sendApplication(matti, undefined, {
      otherMembers: [
        { firstName: 'Risto', lastName: 'Kämppä', dateOfBirth: '1992-05-05', relationship: 'other' },
      ],
      incomes: [
        { member: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 },
        { member: 'member:0', type: 'wage', amountCents: 250_000 },
      ],
    });
  });

  async function openCase(page: Page) {
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: application.ref }).waitFor();
    const panel = page.getByTestId('calculation');
    await panel.getByRole('heading', { level: 2 }).first().waitFor();
    return panel;
  }

  test('the roommate is another resident: the wage not counted, the costs per head, then by agreement', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    const panel = await openCase(page);
    const live = panel.getByTestId('calculation-amount');
    // The single-person amount 578.43 + half of the housing costs 670.00 (335.00) − 700.00 − 120.00; the
    // roommate's 2 500 € is not counted.
    await live.getByText('Toimeentulotuki kuukaudessa: 93,43 €').waitFor();

    const roommate = panel.getByRole('group', { name: 'Risto Kämppä' });
    assert.equal(await roommate.getByLabel('Rooli').inputValue(), 'other_adult');
    // The 73 % flag is the applicant's alone.
    const applicant = panel.getByRole('group', { name: 'Matti Meikäläinen' });
    assert.equal(await applicant.getByLabel(/Asuu vanhempansa/).isChecked(), false);
    assert.equal(await roommate.getByLabel(/Asuu vanhempansa/).count(), 0);

    const family = panel.getByRole('region', { name: 'Perhe ja asumismenojen jako' });
    const facts = family.locator('dl > div');
    await facts.filter({ hasText: 'Laskelmaan kuuluva perhe' }).getByText('Matti Meikäläinen').waitFor();
    assert.equal(
      await facts.filter({ hasText: 'Laskelmaan kuuluva perhe' }).getByText('Risto Kämppä').count(),
      0,
    );
    await facts.filter({ hasText: 'Muut asukkaat' }).getByText('Risto Kämppä').waitFor();
    await family
      .getByText('Henkeä kohti: 670,00 € jaetaan 2 asukkaan kesken; perheen osuus (1/2) on 335,00 €.')
      .waitFor();
    const uncounted = family.getByTestId('calculation-uncounted');
    await uncounted.getByRole('heading', { name: 'Tulot, joita ei oteta huomioon' }).waitFor();
    await uncounted.getByText('Risto Kämppä, Palkkatulot: 2 500,00 €').waitFor();
    await uncounted.getByText(/eivät vähennä perheen toimeentulotukea/).waitFor();
    const table = panel.getByRole('table', { name: /Toimeentulotukilaskelma/ });
    await table.getByRole('cell', { name: 'Työttömyyspäiväraha' }).waitFor();
    assert.equal(await table.getByRole('cell', { name: 'Palkkatulot' }).count(), 0);
    // The income row says whose income is not counted.
    const income = panel.getByRole('group', { name: 'Tulo 2' }).getByLabel('Kenen tulo');
    assert.match(
      (await income.locator('option:checked').textContent()) ?? '',
      /^Risto Kämppä \(muu asukas\)$/,
    );
    await expectAccessible(page, 'calculation-family-per-head');

    // The family's share under the rental agreement, by keyboard from the housing costs.
    await panel.getByLabel('Hyväksyttävät asumismenot kuukaudessa').focus();
    await page.keyboard.press('Tab');
    const share = panel.getByLabel('Perheen osuus asumismenoista vuokrasopimuksen mukaan');
    assert.equal(await share.evaluate((element) => element === document.activeElement), true);
    assert.equal(await share.inputValue(), '');
    await page.keyboard.type('400');
    // 578.43 + 400.00 − 700.00 − 120.00
    await live.getByText('Toimeentulotuki kuukaudessa: 158,43 €').waitFor();
    await family
      .getByText('Vuokrasopimuksen mukaan: perheen osuus on 400,00 € koko asunnon asumismenoista 670,00 €.')
      .waitFor();

    // A share above the home's costs: the API's message at the field (its description), in Finnish.
    const description = () =>
      share.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const tooLarge = 'Perheen osuus asumismenoista ei voi olla suurempi kuin asunnon asumismenot.';
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('700');
    await panel.getByText(tooLarge).first().waitFor();
    assert.match(await description(), new RegExp(tooLarge));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('400');
    await live.getByText('Toimeentulotuki kuukaudessa: 158,43 €').waitFor();
    assert.doesNotMatch(await description(), new RegExp(tooLarge));

    // Living with parents (the 73 % share), by keyboard: 422.25 + 400.00 − 820.00.
    const livesWithParents = applicant.getByLabel(/Asuu vanhempansa/);
    await livesWithParents.focus();
    await page.keyboard.press('Space');
    await live.getByText('Toimeentulotuki kuukaudessa: 2,25 €').waitFor();
    await table.getByRole('cell', { name: /Perusosa, vanhempansa luona asuva/ }).waitFor();
    await page.keyboard.press('Space');
    await live.getByText('Toimeentulotuki kuukaudessa: 158,43 €').waitFor();
    await expectAccessible(page, 'calculation-family-agreement');
    await panel.screenshot({ path: `${screenshots}calculation-family-1280.png` });
    await family.screenshot({ path: `${screenshots}calculation-family-summary.png` });

    // In Swedish: the same facts in the caseworker's language.
    await page.getByRole('button', { name: 'Svenska' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await live.getByText('Utkomststöd per månad: 158,43 €').waitFor();
    const familySv = panel.getByRole('region', { name: 'Familjen och fördelningen av boendeutgifterna' });
    await familySv
      .locator('dl > div')
      .filter({ hasText: 'Övriga boende' })
      .getByText('Risto Kämppä')
      .waitFor();
    await familySv
      .getByText('Enligt hyresavtalet: familjens andel är 400,00 € av bostadens boendeutgifter 670,00 €.')
      .waitFor();
    await familySv.getByText('Risto Kämppä, Löneinkomster: 2 500,00 €').waitFor();
    await familySv.getByRole('heading', { name: 'Inkomster som inte beaktas' }).waitFor();
    // Back to per head: an empty share.
    const shareSv = panel.getByLabel('Familjens andel av boendeutgifterna enligt hyresavtalet');
    await shareSv.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await live.getByText('Utkomststöd per månad: 93,43 €').waitFor();
    await familySv
      .getByText('Per person: 670,00 € delas mellan 2 boende; familjens andel (1 av 2) är 335,00 €.')
      .waitFor();
    await expectAccessible(page, 'calculation-family-sv');
  });

  test('the panel at 1920 px', async () => {
    const page = await scene.signedInPage({
      app: 'staff',
      user: /Hanna Käsittelijä/,
      viewport: { width: 1920, height: 1080 },
    });
    const panel = await openCase(page);
    await panel.getByTestId('calculation-amount').getByText('Toimeentulotuki kuukaudessa: 93,43 €').waitFor();
    await panel.getByTestId('calculation-uncounted').waitFor();
    await expectAccessible(page, 'calculation-family-1920');
    await panel.screenshot({ path: `${screenshots}calculation-family-1920.png` });
  });
});
