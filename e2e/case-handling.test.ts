// Browser test of handling a case with the client, in both apps: a handler takes a sent application from the
// queue and asks for bank statements by keyboard (the application waits for information); the client answers in
// the e-services with a file and writes a message; the handler sees the answer highlighted with its file, the case
// back in processing, reads the message (the client sees the read receipt) and answers; the client reads it. A second
// handler acting on the same case with an old version gets the 412 explained. axe-core finds nothing on the queue
// or the case view; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { matti, sanna as other } from '../apps/server/test/helpers/demo-citizens.ts';
import { testApi } from './helpers/api.ts';
import { makePdf } from './helpers/files.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

describe('handling a case with the client: information request, answer, messages', () => {
  const scene = browserScene();
  const { signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);
  let application: { id: string; ref: string };

  before(async () => {
    application = await sendApplication(matti);
  });

  const handlerPage = () => scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
  const citizenPage = () => scene.signedInPage({ app: 'citizen', user: /Matti Meikäläinen/ });

  test('take the case, ask for bank statements, see the answer, exchange messages', async () => {
    const page = await handlerPage();
    await page.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
    await expectAccessible(page, 'case-handling-queue');
    await page.getByRole('link', { name: application.ref }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: application.ref }).waitFor();

    // Take the case.
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();

    const requests = page.getByTestId('information-requests');
    await requests.getByText('Lisäselvityksiä ei ole pyydetty.').waitFor();
    const focusedIn = (testId: string) =>
      page.waitForFunction((id) => Boolean(document.activeElement?.closest(`[data-testid="${id}"]`)), testId);

    // An empty request is refused, and the focus moves to the error.
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await requests
      .getByTestId('request-error')
      .getByText('Valitse vähintään yksi selvitys tai kirjoita oma kohta.')
      .waitFor();
    await focusedIn('request-error');

    // An own item: the focus goes to its field; left empty it is refused, not dropped; removed, the focus
    // goes back to the add button.
    await requests.getByRole('button', { name: 'Lisää oma kohta' }).focus();
    await page.keyboard.press('Enter');
    const own = requests.getByLabel('Oma kohta 1');
    await own.waitFor();
    assert.equal(
      await own.evaluate((field) => field === document.activeElement),
      true,
      'focus in the new item',
    );
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await requests
      .getByTestId('request-error')
      .getByText('Oma kohta 1 on tyhjä. Kirjoita se tai poista se.')
      .waitFor();
    await focusedIn('request-error');
    assert.equal(await own.getAttribute('aria-invalid'), 'true');
    await requests.getByRole('button', { name: 'Poista oma kohta 1' }).click();
    await page.waitForFunction(
      () => (document.activeElement?.textContent ?? '').trim() === 'Lisää oma kohta',
    );
    assert.equal(await requests.getByLabel('Oma kohta 1').count(), 0);

    // Ask for bank statements, by keyboard.
    const statements = requests.getByLabel('Tiliotteet kahdelta edelliseltä kuukaudelta kaikista tileistä');
    await statements.focus();
    await page.keyboard.press('Space');
    assert.equal(await statements.isChecked(), true);
    await requests.getByLabel('Saate asiakkaalle').fill('Tarvitsemme tiliotteet tulojen tarkistamiseksi.');
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).focus();
    await page.keyboard.press('Enter');
    await requests.getByText('Lisäselvityspyyntö lähetettiin. Asiakkaalle lähtee ilmoitus.').waitFor();
    await page.getByTestId('case-status').getByText('Odottaa lisäselvitystä').waitFor();
    const request = requests.getByTestId('information-request');
    assert.equal(await request.getAttribute('data-state'), 'open');
    await expectAccessible(page, 'case-handling-requested');

    // The client answers in the e-services with a file, and writes a message.
    const client = await citizenPage();
    await client.goto(`${scene.baseUrl}/applications/${application.id}`);
    await client.getByTestId('information-request-notice').waitFor();
    const asked = client.getByTestId('information-request');
    await asked.getByText('Tiliotteet kahdelta edelliseltä kuukaudelta kaikista tileistä').waitFor();
    await asked.getByText('Tarvitsemme tiliotteet tulojen tarkistamiseksi.').waitFor();
    await asked.locator('textarea').fill('Tiliotteet liitteenä.');
    const chooser = client.waitForEvent('filechooser');
    await asked.locator('input[type="file"]').click();
    await (await chooser).setFiles({
      name: 'tiliote.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf('Tiliote marraskuu'),
    });
    // Sent only once the file has arrived (scanned and waiting for the answer): before that the form says so.
    await asked.locator('[data-testid$="-waiting"]').getByText('tiliote.pdf').waitFor();
    await asked.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await client.getByRole('heading', { name: 'Vastaus on lähetetty' }).waitFor();
    assert.equal(await client.getByTestId('application-status').textContent(), 'Käsittelyssä');
    await client.getByRole('link', { name: /Näytä viestit/ }).click();
    await client.getByRole('heading', { level: 1, name: 'Viestit' }).waitFor();
    await client.getByLabel('Viesti', { exact: true }).fill('Milloin päätös tulee?');
    await client.getByRole('button', { name: 'Lähetä viesti' }).click();
    const question = client.getByTestId('message').filter({ hasText: 'Milloin päätös tulee?' });
    await question.getByTestId('read-receipt').filter({ hasText: 'Ei vielä luettu' }).waitFor();

    // The handler sees the answer highlighted and the case back in processing; the message is read.
    await page.reload();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
    const answer = page.getByTestId('information-answer');
    await answer.getByText('Tiliotteet liitteenä.').waitFor();
    await answer.getByRole('link', { name: 'tiliote.pdf' }).waitFor();
    assert.equal(await page.getByTestId('information-request').getAttribute('data-state'), 'answered');
    const messages = page.getByTestId('messages');
    await messages.getByText('Milloin päätös tulee?').waitFor();
    // Shown → read: the client sees the read receipt.
    await page.waitForFunction(async (url) => {
      const response = await fetch(url);
      const body = (await response.json()) as { unreadCount: number };
      return body.unreadCount === 0;
    }, `/api/v1/applications/${application.id}/messages`);
    await client.reload();
    await question
      .getByTestId('read-receipt')
      .filter({ hasText: /^Luettu/ })
      .waitFor();

    // The handler answers.
    await messages.getByLabel('Uusi viesti asiakkaalle').fill('Päätös tehdään tällä viikolla.');
    await messages.getByRole('button', { name: 'Lähetä viesti' }).click();
    await messages.getByText('Viesti lähetettiin.').waitFor();
    await messages.getByText('Päätös tehdään tällä viikolla.').waitFor();
    await messages.getByText('Ei vielä luettu').waitFor();
    await expectAccessible(page, 'case-handling-answered');
    await client.goto(`${scene.baseUrl}/applications/${application.id}`);
    await client.getByRole('link', { name: 'Näytä viestit (lukemattomia: 1)' }).click();
    await client.getByTestId('message-thread').getByText('Päätös tehdään tällä viikolla.').waitFor();
    await expectAccessible(client, 'case-handling-client-thread');
  });

  test('a request on an old version of the case is refused and explained (412)', async () => {
    const page = await handlerPage();
    const second = await sendApplication(other);
    await page.goto(`${scene.baseUrl}/staff/applications/${second.id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: second.ref }).waitFor();
    // A colleague takes the case meanwhile.
    const supervisor = await signInApi({ username: 'supervisor' });
    await assign(supervisor, second.id, null);
    const requests = page.getByTestId('information-requests');
    await requests.getByLabel('Vuokrasopimus').check();
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page
      .getByTestId('request-error')
      .getByText(/Joku muu muutti hakemusta sillä välin/)
      .waitFor();
    await expectAccessible(page, 'case-handling-412');
  });
});
