// Browser test of the citizen's side of the correspondence: a handler (through the API) takes a demo citizen's sent
// application, asks for bank statements and writes a message; the citizen, in Chromium and in Finnish, sees the
// request at the top of the application page, answers it with the keyboard only (text and a PDF), sees the status
// change and the answered request, reads the office's message (the unread count goes to 0), sends a message with
// a file and sees its read receipt once the handler has read it, and changes the contact preferences (a wrong
// e-mail address first). axe-core reports nothing on the application page with the request, the thread and the
// settings; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { addWorkingDays } from '../packages/domain/src/index.ts';
import { type ApiSession, helsinkiToday, testApi } from './helpers/api.ts';
import { makePdf, makePng } from './helpers/files.ts';
import {
  browserScene,
  expectAccessible,
  finnishDate,
  focused,
  openFileChooserByKeyboard,
  screenshots,
  tabUntil as tabTo,
} from './helpers/pages.ts';

const pdf = { name: 'tiliotteet-syys-lokakuu.pdf', mimeType: 'application/pdf', buffer: makePdf('Tiliote') };
const png = { name: 'kuitti.png', mimeType: 'image/png', buffer: makePng(64, 48, [160, 90, 40]) };

describe('the citizen answers a request for information and writes to the office', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);
  let applicationId = '';
  let handler: ApiSession;
  const dueDate = addWorkingDays(helsinkiToday(), 10);
  const matti = demoCitizens[0];

  before(async () => {
    if (!matti) throw new Error('the demo citizens are missing');
    // The citizen sends a complete application.
    applicationId = (await sendApplication(matti)).id;

    // The handler takes it, asks for bank statements and writes a message.
    handler = await signInApi({ username: 'handler' });
    assert.ok(handler.staffUser, 'the handler is a staff user');
    await assign(handler, applicationId, handler.staffUser.id);
    const requested = await api(
      handler,
      'POST',
      `/api/v1/applications/${applicationId}/information-requests`,
      {
        json: {
          items: [{ code: 'bank_statements' }],
          message: 'Hei, tarvitsemme tiliotteet kaikista tileistäsi kahdelta edelliseltä kuukaudelta.',
          dueDate,
        },
      },
    );
    assert.ok(requested.status === 200 || requested.status === 201, await requested.clone().text());
    const message = await api(handler, 'POST', `/api/v1/applications/${applicationId}/messages`, {
      json: {
        body: 'Hei Matti, saimme hakemuksesi. Kysy tarvittaessa lisää tätä kautta.',
        attachmentIds: [],
      },
    });
    assert.equal(message.status, 201, await message.clone().text());
  });

  test('Matti answers, reads and writes messages, and changes his preferences', async () => {
    if (!handler.staffUser) throw new Error('no handler');
    // Sign in as Matti through the development sign-in.
    const page = await scene.signedInPage({
      app: 'citizen',
      user: /Matti Meikäläinen/,
      viewport: { width: 1024, height: 900 },
    });

    // The application page: the request at the top, its items, due date and state; one unread message.
    await page.goto(`${scene.baseUrl}/applications/${applicationId}`);
    const notice = page.getByTestId('information-request-notice');
    await notice.waitFor();
    assert.match(
      (await notice.textContent()) ?? '',
      new RegExp(`lisäselvitystä ${finnishDate(dueDate).replace(/\./g, '\\.')} mennessä`),
    );
    assert.equal(await page.getByTestId('application-status').textContent(), 'Odottaa lisäselvitystä');
    const request = page.getByTestId('information-request');
    assert.equal(await request.getByTestId('request-state').textContent(), 'Odottaa vastaustasi');
    await request.getByText('Tiliotteet kahdelta edelliseltä kuukaudelta kaikista tileistä').waitFor();
    await request.getByText(finnishDate(dueDate), { exact: true }).waitFor();
    assert.equal(await page.getByTestId('unread-count').textContent(), 'Lukemattomia viestejä: 1');
    await expectAccessible(page, 'correspondence-1-request');

    // Keyboard only: the notice's link takes the focus to the request.
    await notice.getByRole('link', { name: 'Siirry lisäselvityspyyntöön' }).focus();
    await page.keyboard.press('Enter');
    assert.match((await focused(page))?.id ?? '', /^request-.*-heading$/);

    // Sending an empty answer: the error summary takes the focus and links to the text field.
    await tabTo(page, 'the send button', (element) => element.text === 'Lähetä vastaus');
    await page.keyboard.press('Enter');
    const summary = page.locator('.tuki-error-summary');
    await summary.getByText('Kirjoita vastaus tai liitä vähintään yksi tiedosto.').waitFor();
    await expectAccessible(page, 'correspondence-2-answer-errors');
    await tabTo(
      page,
      'the summary link',
      (element) => element.tag === 'a' && /Kirjoita vastaus/.test(element.text),
    );
    await page.keyboard.press('Enter');
    const textId = (await focused(page))?.id ?? '';
    assert.match(textId, /^answer-.*-text$/, 'the link focuses the answer field');
    await page.keyboard.type('Liitteenä tiliotteet syys- ja lokakuulta. Muita tilejä minulla ei ole.');

    // The file input, opened with Space.
    const filesId = textId.replace(/-text$/, '-files');
    const chooser = await openFileChooserByKeyboard(
      page,
      'the file input',
      (element) => element.id === filesId,
    );
    await chooser.setFiles(pdf);
    const waiting = page.getByTestId(filesId.replace(/-files$/, '-waiting'));
    await waiting.getByText(pdf.name).waitFor();
    await expectAccessible(page, 'correspondence-3-answer-filled');

    await tabTo(page, 'the send button', (element) => element.text === 'Lähetä vastaus');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Vastaus on lähetetty' }).waitFor();
    assert.equal(await page.getByTestId('application-status').textContent(), 'Käsittelyssä');
    assert.equal(await request.getByTestId('request-state').textContent(), 'Vastattu');
    await request.getByRole('link', { name: pdf.name }).waitFor();
    await request.getByText('Liitteenä tiliotteet syys- ja lokakuulta.', { exact: false }).waitFor();
    assert.equal(await page.getByTestId('information-request-notice').count(), 0, 'nothing open any more');
    assert.equal(await page.locator(`#${textId}`).count(), 0, 'the answer form is gone');
    await expectAccessible(page, 'correspondence-4-answered');

    // The thread: the office's message with the handler's name; reading it marks it read.
    const handlerName = `${handler.staffUser.firstName} ${handler.staffUser.lastName}`;
    await page.getByRole('link', { name: 'Näytä viestit (lukemattomia: 1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Viestit' }).waitFor();
    const thread = page.getByTestId('message-thread');
    await thread.getByRole('heading', { name: `Sosiaalipalvelut, ${handlerName}` }).waitFor();
    await thread.getByText('saimme hakemuksesi', { exact: false }).waitFor();
    await expectAccessible(page, 'correspondence-5-thread');

    // A message with a file.
    await page.getByLabel('Viesti', { exact: true }).fill('Kiitos! Lisään vielä kuitin lääkkeistä.');
    const messageChooser = page.waitForEvent('filechooser');
    await page.locator('label[for="message-files"]').click();
    await (await messageChooser).setFiles(png);
    await page.getByTestId('message-waiting').getByText(png.name).waitFor();
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    const own = thread.getByTestId('message').filter({ hasText: 'Lisään vielä kuitin' });
    await own.getByTestId('read-receipt').filter({ hasText: 'Ei vielä luettu' }).waitFor();
    await own.getByRole('link', { name: png.name }).waitFor();
    assert.equal(await page.getByLabel('Viesti', { exact: true }).inputValue(), '', 'the form is emptied');

    // The office's message was marked read: back on the application page there is nothing unread.
    await page.getByRole('link', { name: 'Takaisin hakemukseen' }).click();
    await page.getByTestId('unread-count').filter({ hasText: 'Ei lukemattomia viestejä.' }).waitFor();
    const messages = (await (
      await api(handler, 'GET', `/api/v1/applications/${applicationId}/messages`)
    ).json()) as { items: { sender: { type: string }; readAt: string | null }[] };
    assert.ok(
      messages.items.filter((item) => item.sender.type === 'staff').every((item) => item.readAt !== null),
      'the office sees its message read',
    );

    // The handler reads Matti's message: the read receipt appears.
    const read = await api(handler, 'POST', `/api/v1/applications/${applicationId}/messages/read`);
    assert.equal(read.status, 200, await read.clone().text());
    await page.getByRole('link', { name: 'Näytä viestit' }).click();
    await own
      .getByTestId('read-receipt')
      .filter({ hasText: /^Luettu \d+\.\d+\.\d{4} klo \d{2}\.\d{2}$/ })
      .waitFor();
    await expectAccessible(page, 'correspondence-6-thread-read');

    // Preferences: a wrong address first, then a right one, notifications on and Swedish letters.
    await page.goto(`${scene.baseUrl}/applications`);
    await page.getByRole('link', { name: 'Yhteystiedot ja ilmoitukset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Yhteystiedot ja ilmoitukset' }).waitFor();
    const email = page.getByRole('textbox', { name: 'Sähköpostiosoite' });
    await email.waitFor();
    assert.equal(await email.getAttribute('type'), 'email');
    assert.equal(await email.getAttribute('autocomplete'), 'email');
    await email.fill('matti.meikalainen@');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page
      .locator('.tuki-error-summary')
      .getByText('Sähköpostiosoite ei ole kelvollinen', { exact: false })
      .waitFor();
    await expectAccessible(page, 'correspondence-7-settings-error');
    await email.fill('matti.meikalainen@example.com');
    const notifications = page.getByRole('checkbox', {
      name: 'Lähetä minulle sähköposti, kun asiointitililläni on uutta',
    });
    if (!(await notifications.isChecked())) await notifications.check();
    // HDS draws the radio button over the input: choose by the label, as a mouse user does.
    await page.locator('label[for="settings-language-sv"]').click();
    assert.ok(await page.getByRole('radio', { name: 'Svenska' }).isChecked());
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('heading', { name: 'Asetukset on tallennettu' }).waitFor();
    await expectAccessible(page, 'correspondence-8-settings-saved');
    // At 320 px nothing is wider than the screen (WCAG 1.4.10): the application page and the thread.
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [path, heading] of [
      [`/applications/${applicationId}`, 'Perustoimeentulotuki'],
      [`/applications/${applicationId}/messages`, 'Viestit'],
    ] as const) {
      await page.goto(`${scene.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByTestId(path.endsWith('messages') ? 'message-thread' : 'information-request').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path}: the page is ${overflow} px wider than the screen`);
    }
    await page.screenshot({ path: `${screenshots}correspondence-9-thread-320.png`, fullPage: true });

    const citizen = await signInApi({ personalIdentityCode: matti?.personalIdentityCode ?? '' });
    const preferences = (await (await api(citizen, 'GET', '/api/v1/my/preferences')).json()) as unknown;
    assert.deepEqual(preferences, {
      email: 'matti.meikalainen@example.com',
      emailNotifications: true,
      language: 'sv',
      electronicDelivery: false,
    });
  });
});
