// Browser test of the information-request form's rules (TTL 14 a §): a second request on an application asks for
// its reason (refused without one, in the field and the error notice; shown with the request once sent), and the
// form tells the caseworker when the request comes after the 7th working day from the arrival (the browser's clock
// moved on three weeks; the server keeps its own). Finnish, axe-core clean, the reason typed by keyboard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { addWorkingDays } from '../packages/domain/src/index.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, tabUntil } from './helpers/pages.ts';

describe('the information-request form', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);

  test('a second request needs its reason; a late request is pointed out', async () => {
    const sanna = demoCitizens.find((person) => person.firstName === 'Sanna');
    if (!sanna) throw new Error('the demo citizens are missing');
    const application = await sendApplication(sanna);
    const handler = await signInApi({ username: 'handler' });
    assert.ok(handler.staffUser);
    await assign(handler, application.id, handler.staffUser.id);
    const first = await api(handler, 'POST', `/api/v1/applications/${application.id}/information-requests`, {
      json: {
        items: [{ code: 'bank_statements' }],
        message: 'Tiliotteet, kiitos.',
        dueDate: addWorkingDays(helsinkiToday(), 5),
      },
    });
    assert.equal(first.status, 200, await first.clone().text());
    const requestId = ((await first.json()) as { informationRequests: { id: string }[] })
      .informationRequests[0]?.id;
    const citizen = await signInApi({ personalIdentityCode: sanna.personalIdentityCode });
    const answered = await api(
      citizen,
      'POST',
      `/api/v1/my/applications/${application.id}/information-requests/${requestId}/answer`,
      {
        json: { message: 'Liitteenä.', attachmentIds: [] },
        headers: { 'idempotency-key': `answer-${requestId}` },
      },
    );
    assert.equal(answered.status, 200, await answered.clone().text());

    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    // Three weeks later in the browser: past the 7th working day from the arrival.
    await page.clock.setFixedTime(new Date(Date.now() + 21 * 86_400_000));
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    const requests = page.getByTestId('information-requests');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: application.ref }).waitFor();
    const notice = requests.getByTestId('information-request-late-notice');
    await notice.getByText('Pyyntö tehdään 7. arkipäivän jälkeen').first().waitFor();
    await notice.getByText(/Puuttuvat tiedot olisi pitänyt pyytää viimeistään \d+\.\d+\.\d{4}/).waitFor();
    const reason = requests.getByLabel(/Miksi selvitystä pyydetään uudelleen/);
    await reason.waitFor();
    await expectAccessible(page, 'information-request-form-second');

    // Without a reason: refused before sending, marked on the field.
    await requests.getByLabel('Vuokrasopimus').check();
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await requests
      .getByTestId('request-error')
      .getByText('Kirjoita, miksi lisäselvitystä pyydetään uudelleen.')
      .waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'information-request-form-no-reason');

    // The reason by keyboard, then sent; it is shown with the new request.
    await tabUntil(page, 'the reason field', (element) => element.label.startsWith('Miksi selvitystä'));
    await page.keyboard.type('Vuokrasopimus puuttui ensimmäisestä vastauksesta.');
    await requests.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page.getByText('Lisäselvityspyyntö lähetettiin. Asiakkaalle lähtee ilmoitus.').waitFor();
    await requests
      .getByTestId('information-request-reason')
      .getByText('Uuden pyynnön peruste: Vuokrasopimus puuttui ensimmäisestä vastauksesta.')
      .waitFor();
    assert.equal(await requests.getByTestId('information-request').count(), 2);
    await expectAccessible(page, 'information-request-form-sent');
  });
});
