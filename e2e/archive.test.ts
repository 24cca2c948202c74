// Browser test of the archive: a case decided through the API is made to look closed eleven years ago (its status
// history moved back in the database), the monthly job proposes its destruction, and the archivist opens the
// archive, sees the case on the list, approves it with the confirmation dialog by the keyboard, and finds the
// destruction record. axe-core finds nothing; screenshots go to test-results/.
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
});
