// Browser test of the archive: a case decided through the API is made to look closed eleven years ago (its status
// history moved back in the database), the monthly job proposes its destruction, and the archivist opens the
// archive, sees the case on the list, approves it with the confirmation dialog by the keyboard, and finds the
// destruction record. Then the archivist changes one row of the retention plan: a value out of range is refused under
// its field, a row changed by someone else in between is refused (412) with a reload, and the change is saved.
// axe-core finds nothing; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { proposeDestructionList } from '../apps/server/src/retention/destruction-lists.ts';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('the archive: destruction of documents past retention', () => {
  const scene = browserScene();
  const { signInApi, sendApplication, takeAndApprove } = testApi(() => scene.baseUrl);
  let reference = '';

  before(async () => {
    const [matti] = demoCitizens;
    if (!matti) throw new Error('the demo citizens are missing');
    const handler = await signInApi({ username: 'handler' });
    const sent = await sendApplication(matti, {
      name: 'tiliote.pdf',
      type: 'application/pdf',
      bytes: makePdf('tiliote'),
    });
    reference = sent.ref;
    await takeAndApprove(handler, sent.id);
    const db = scene.server.database.db;
    const elevenYearsAgo = new Date(Date.now() - 11 * 366 * 86_400_000);
    await db
      .updateTable('application_status_history')
      .set({ changed_at: elevenYearsAgo })
      .where('application_id', '=', sent.id)
      .execute();
    assert.equal(await proposeDestructionList(db, new Date()), 1);
  });

  test('the archivist approves the proposed list after confirming, and the record is kept', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Arja Arkistonhoitaja/ });
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Arkisto' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Arkisto: hävitettävät asiakirjat' }).waitFor();
    assert.match(await page.title(), /^Arkisto – /);
    const table = page.getByTestId('archive-proposed-table');
    const row = table.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /hakemus \(1\), liite \(1\), päätös \(1\)/);
    await page.getByText('Asiakirjoja ei ole vielä hävitetty.').waitFor();
    await expectAccessible(page, 'archive-proposed-fi');

    await page.getByTestId('archive-approve').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Hävitetäänkö asiakirjat?' });
    await dialog.waitFor();
    await expectAccessible(page, 'archive-confirm-fi');
    await dialog.getByRole('button', { name: 'Hävitä' }).focus();
    await page.keyboard.press('Enter');

    await page.getByTestId('archive-status').getByText('Hävitys on tehty. Hävitettyjä asioita: 1.').waitFor();
    const records = page.getByTestId('archive-records-table');
    const record = records.getByRole('row', { name: new RegExp(reference) });
    await record.waitFor();
    assert.match((await record.textContent()) ?? '', /Arja Arkistonhoitaja/);
    await page.getByText('Hyväksyttävää hävitysehdotusta ei ole.').waitFor();
    await expectAccessible(page, 'archive-approved-fi');

    const left = await scene.server.database.db
      .selectFrom('application')
      .select('id')
      .where('reference_number', '=', reference)
      .execute();
    assert.equal(left.length, 0);
  });

  test('the archivist changes the retention years of one record type in the plan', async () => {
    const db = scene.server.database.db;
    const page = await scene.signedInPage({ app: 'staff', user: /Arja Arkistonhoitaja/ });
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Arkisto' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Tiedonohjaussuunnitelma' }).waitFor();
    const table = page.getByTestId('archive-plan-table');
    const row = table.getByRole('row', { name: /^viesti/ });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /salassa pidettävä.*kyllä.*10 vuotta/);

    await page.getByRole('button', { name: 'Muokkaa: viesti' }).click();
    const years = page.getByLabel('Säilytysaika vuosina (viesti)');
    await years.fill('0');
    await page.getByTestId('archive-plan-save').click();
    await page.getByText('Anna säilytysaika kokonaislukuna 1–150 vuotta.').waitFor();
    assert.equal(await years.getAttribute('aria-invalid'), 'true');

    // Someone else changes the row meanwhile: the save is refused, and the plan is loaded again.
    await db
      .updateTable('retention_plan')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('record_type', '=', 'message')
      .execute();
    await years.fill('12');
    await page.getByTestId('archive-plan-save').click();
    const stale = page.getByTestId('archive-plan-stale');
    await stale.getByText(/Joku muu on muuttanut tätä riviä/).waitFor();
    await expectAccessible(page, 'archive-plan-stale-fi');
    await stale.getByRole('button', { name: 'Lataa uudelleen' }).click();
    await page.getByTestId('archive-plan-editing-message').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Muokkaa: viesti' }).click();
    await years.fill('12');
    await expectAccessible(page, 'archive-plan-edit-fi');
    await page.getByTestId('archive-plan-save').click();
    await page.getByTestId('archive-plan-status').getByText('Tallennettu: viesti, 12 vuotta.').waitFor();
    await row.getByText('12 vuotta').waitFor();
    await expectAccessible(page, 'archive-plan-saved-fi');

    const saved = await db
      .selectFrom('retention_plan')
      .select('retention_years')
      .where('record_type', '=', 'message')
      .executeTakeFirstOrThrow();
    assert.equal(saved.retention_years, 12);
  });
});
