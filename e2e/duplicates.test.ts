// Browser test of duplicates, in Finnish and Swedish: the queue's flag (icon and text) and its filter by keyboard,
// the case view's notice of possible duplicates and the client's history, closing a case as a duplicate through the
// confirmation dialog by keyboard, and the client's notice in the e-services; in Swedish the citizen's warning on
// the check page (her spouse has sent an application naming her), sending anyway, and a supervisor merging it into
// the spouse's. axe-core finds nothing on any page; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { anna, jukka, matti } from '../apps/server/test/helpers/demo-citizens.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('duplicates: the queue, the case view, closing as a duplicate, the client’s notice', () => {
  const scene = browserScene();
  const { sendApplication, coupleApplication } = testApi(() => scene.baseUrl);
  let first: { id: string; ref: string };
  let second: { id: string; ref: string };

  before(async () => {
    first = await sendApplication(matti);
    second = await sendApplication(matti);
  });

  test('Finnish: the flag and filter, the notice and history, closing by keyboard, the client’s notice', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
    for (const ref of [first.ref, second.ref]) {
      const row = page.getByTestId('queue-row').filter({ hasText: ref });
      await row.getByTestId('duplicate-flag').getByText('Mahdollinen päällekkäinen hakemus').waitFor();
    }
    await expectAccessible(page, 'duplicates-queue-fi');
    // The filter by keyboard: only the flagged rows remain.
    const filter = page.getByLabel('Mahdolliset päällekkäiset (2)');
    await filter.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/duplicates=true/);
    await page.getByTestId('queue-row').nth(1).waitFor();
    const rows = await page.getByTestId('queue-row').count();
    assert.equal(rows, 2);
    assert.equal(await page.getByTestId('queue-row').getByTestId('duplicate-flag').count(), 2);

    // The case view: the notice names the other application, the history lists it.
    await page.getByRole('link', { name: second.ref }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: second.ref }).waitFor();
    const notice = page.getByTestId('duplicates-notice');
    await notice.getByRole('link', { name: first.ref }).waitFor();
    await notice.getByText(/Lähetetty, Matti Meikäläinen, sama hakija/).waitFor();
    const history = page.getByTestId('client-history-table');
    await history.getByRole('row').filter({ hasText: first.ref }).getByText('Ei päätöstä').waitFor();
    // Unassigned: the handler is told who may close it, then takes it.
    await page
      .getByText('Vain hakemuksen käsittelijä tai esihenkilö voi sulkea hakemuksen päällekkäisenä.')
      .waitFor();
    await expectAccessible(page, 'duplicates-case-fi');
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();

    // Close as a duplicate by keyboard: the dialog, the choice, the confirmation.
    const open = page.getByRole('button', { name: 'Sulje päällekkäisenä' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Suljetaanko hakemus päällekkäisenä?' });
    await dialog.waitFor();
    const choice = dialog.getByRole('radio', { name: new RegExp(first.ref) });
    assert.equal(await choice.isChecked(), true, 'the only candidate is chosen');
    await expectAccessible(page, 'duplicates-dialog-fi');
    const confirm = dialog.getByRole('button', { name: 'Sulje päällekkäisenä' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('closed-as-duplicate')
      .getByText(`Hakemus suljettiin päällekkäisenä ja yhdistettiin hakemukseen ${first.ref}.`)
      .waitFor();
    await page.getByTestId('case-status').getByText('Yhdistetty toiseen hakemukseen').waitFor();
    await page.getByTestId('merged-into').getByRole('link', { name: first.ref }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sulje päällekkäisenä' }).count(), 0);
    await expectAccessible(page, 'duplicates-closed-fi');

    // The queue: it has left; the other is no longer flagged.
    await page.getByRole('link', { name: 'Takaisin työjonoon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
    await page.getByLabel('Mahdolliset päällekkäiset (0)').waitFor();

    // The client sees the status and the notice.
    const client = await scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });
    await client.goto(`${scene.baseUrl}/applications/${second.id}`);
    await client.getByTestId('application-status').getByText('Yhdistetty toiseen hakemukseen').waitFor();
    await client
      .getByTestId('merged-notice')
      .getByText(`Hakemuksesi ${second.ref} yhdistettiin hakemukseen ${first.ref}.`, { exact: false })
      .waitFor();
    await expectAccessible(client, 'duplicates-citizen-fi');
  });

  test('Swedish: the warning before sending, sending anyway, a supervisor merges it into the spouse’s', async () => {
    // Jukka has sent an application naming Anna as his spouse.
    const jukkas = await coupleApplication(jukka, anna.personalIdentityCode, true);
    // Anna's own draft, complete, waits on the check page.
    const annas = await coupleApplication(anna, jukka.personalIdentityCode, false);

    const citizen = await scene.signedInPage({ app: 'citizen', user: /Anna Öhman/, locale: 'sv-FI' });
    await citizen.goto(`${scene.baseUrl}/applications/${annas.id}/check`);
    await citizen.waitForFunction(() => document.documentElement.lang === 'sv');
    const warning = citizen.getByTestId('duplicate-warning');
    await warning.getByText(/Din make eller maka har redan skickat en ansökan för månaden/).waitFor();
    await warning.getByText('Du kan ändå skicka ansökan.').waitFor();
    assert.ok(
      !(await warning.textContent())?.includes(jukkas.ref ?? '-'),
      'nothing of the spouse’s application',
    );
    await expectAccessible(citizen, 'duplicates-warning-sv');
    // It is only a warning: the application is sent.
    await citizen.getByRole('button', { name: 'Skicka ansökan' }).click();
    await citizen.waitForURL(new RegExp(`/applications/${annas.id}/sent`));

    const staff = await scene.signedInPage({ app: 'staff', user: /Sirpa|Esihenkilö|supervisor/i });
    await staff.getByRole('button', { name: 'Svenska' }).first().click();
    await staff.waitForFunction(() => document.documentElement.lang === 'sv');
    await staff.goto(`${scene.baseUrl}/staff/applications/${annas.id}`);
    await staff.getByRole('heading', { level: 1 }).filter({ hasText: 'Ansökan' }).waitFor();
    const notice = staff.getByTestId('duplicates-notice');
    await notice.getByRole('link', { name: jukkas.ref ?? '' }).waitFor();
    await notice.getByText(/make eller maka/).waitFor();
    await staff.getByTestId('client-history').waitFor();
    await expectAccessible(staff, 'duplicates-case-sv');
    await staff.getByRole('button', { name: 'Stäng som dubblett' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Ska ansökan stängas som dubblett?' });
    await dialog.waitFor();
    await expectAccessible(staff, 'duplicates-dialog-sv');
    await dialog.getByRole('button', { name: 'Stäng som dubblett' }).click();
    await staff
      .getByTestId('closed-as-duplicate')
      .getByText(/Ansökan stängdes som dubblett/)
      .waitFor();
    await staff.getByTestId('case-status').getByText('Sammanslagen med en annan ansökan').waitFor();
    await expectAccessible(staff, 'duplicates-closed-sv');

    // Anna is told, without the reference number of her spouse's application.
    await citizen.goto(`${scene.baseUrl}/applications/${annas.id}`);
    const merged = citizen.getByTestId('merged-notice');
    await merged.getByText(/slogs samman med en annan ansökan från din familj för samma månad/).waitFor();
    assert.ok(!(await merged.textContent())?.includes(jukkas.ref ?? '-'));
    await citizen.getByTestId('application-status').getByText('Sammanslagen med en annan ansökan').waitFor();
    await expectAccessible(citizen, 'duplicates-citizen-sv');
  });
});
