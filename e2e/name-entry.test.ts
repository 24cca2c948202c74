// Browser test of the name entry: a person whose name the identity service did not give (the development sign-in's
// `unnamed`) signs in, the account page leads to the name page, the form cannot be opened before it, a wrong name is
// refused in the error summary, the right one is saved and shown, and the form opens — in Finnish and in Swedish,
// with the keyboard only, axe-core clean on every page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makePersonalIdentityCode } from '../packages/domain/src/index.ts';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, focused, screenshots, tabUntil } from './helpers/pages.ts';

const cases = [
  {
    language: 'fi',
    locale: 'fi-FI',
    code: makePersonalIdentityCode('1993-04-05', 941),
    missing: 'Nimesi puuttuu',
    enter: 'Kerro nimesi',
    firstLabel: 'Etunimet',
    lastLabel: 'Sukunimi',
    save: 'Tallenna nimi',
    invalid: 'Nimessä voi olla vain kirjaimia, välilyöntejä, yhdysmerkkejä ja heittomerkkejä.',
    saved: 'Nimesi on nyt Anna-Liisa Kivelä.',
    first: 'Anna-Liisa',
    last: 'Kivelä',
    continue: 'Jatka hakemukseen',
    formTitle: 'Mitä tukea haet?',
  },
  {
    language: 'sv',
    locale: 'sv-FI',
    code: makePersonalIdentityCode('1994-06-07', 942),
    missing: 'Ditt namn saknas',
    enter: 'Ange ditt namn',
    firstLabel: 'Förnamn',
    lastLabel: 'Efternamn',
    save: 'Spara namnet',
    invalid: 'Namnet kan bara innehålla bokstäver, mellanslag, bindestreck och apostrofer.',
    saved: 'Ditt namn är nu Åsa Lindström.',
    first: 'Åsa',
    last: 'Lindström',
    continue: 'Fortsätt till ansökan',
    formTitle: 'Vilket stöd söker du?',
  },
] as const;

describe('a person without a name enters it before the form', () => {
  const scene = browserScene();
  const { api, signInApi } = testApi(() => scene.baseUrl);

  for (const c of cases) {
    test(`in ${c.language}`, async () => {
      // Signed in through the API as an unnamed person; the browser gets the session cookie.
      const session = await signInApi({ personalIdentityCode: c.code, unnamed: true });
      // The person's own language, as a Swedish speaker would have chosen it.
      const preferences = await api(session, 'PUT', '/api/v1/my/preferences', {
        json: { email: null, emailNotifications: false, language: c.language, electronicDelivery: false },
      });
      assert.equal(preferences.status, 200, await preferences.clone().text());
      const page = await scene.pageWithSession(session, { locale: c.locale });

      // The form's address leads to the name page first.
      await page.goto(`${scene.baseUrl}/applications/new`);
      await page.waitForURL(/\/applications\/name\?returnTo=/);
      await page.goto(`${scene.baseUrl}/applications`);
      const notice = page.getByTestId('name-missing');
      await notice
        .getByText(c.missing)
        .first()
        .waitFor()
        .catch(async (error: unknown) => {
          await page.screenshot({
            path: `${screenshots}name-entry-failed-${c.language}.png`,
            fullPage: true,
          });
          throw error;
        });
      assert.equal(
        await page.getByRole('link', { name: /^(Tee uusi hakemus|Gör en ny ansökan)$/ }).count(),
        0,
      );
      await expectAccessible(page, `name-entry-account-${c.language}`);

      // By keyboard: to the link, Enter.
      await tabUntil(page, c.enter, (element) => element.text === c.enter);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/applications\/name$/);
      const first = page.getByLabel(c.firstLabel);
      await first.waitFor();
      await expectAccessible(page, `name-entry-form-${c.language}`);

      // A wrong first name and no last name: refused in the error summary, which takes the focus.
      await tabUntil(page, c.firstLabel, (element) => element.id === 'name-first');
      await page.keyboard.type('Anna2');
      await page.keyboard.press('Enter');
      await page.getByText(c.invalid).first().waitFor();
      await expectAccessible(page, `name-entry-errors-${c.language}`);

      await first.fill('');
      await first.focus();
      await page.keyboard.type(c.first);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.id, 'name-last');
      await page.keyboard.type(c.last);
      await page.keyboard.press('Enter');
      await page.getByText(c.saved).waitFor();
      await page.getByTestId('signed-in-name').getByText(`${c.first} ${c.last}`).waitFor();
      await expectAccessible(page, `name-entry-saved-${c.language}`);

      // Then the form opens.
      await tabUntil(page, c.continue, (element) => element.text === c.continue);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/applications\/new$/);
      await page.getByRole('heading', { level: 1, name: c.formTitle }).waitFor();
    });
  }
});
