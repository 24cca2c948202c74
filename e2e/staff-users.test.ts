// Browser test: an admin manages staff users in the staff app: adds a user (and is told when the username is
// taken; the handling role waits for a second admin), gives a role and deactivates the user with the keyboard only, and sees a change someone else made in the
// meantime loaded into the form (412). A handler is told the page is for admins. axe-core finds no WCAG 2.1 A/AA
// violation on the way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, tabToId as tabTo } from './helpers/pages.ts';

describe('staff user management in the staff app', () => {
  const scene = browserScene();
  const { api, signInApi } = testApi(() => scene.baseUrl);

  /** The second admin approves the roles waiting for this user (the admin who asked cannot). */
  async function approveAsSecondAdmin(username: string) {
    const second = await signInApi({ username: 'admin2' });
    const pending = (await (await api(second, 'GET', '/api/v1/approvals')).json()) as {
      items: { id: string; kind: string; staffUser?: { username: string } }[];
    };
    const grant = pending.items.find((item) => item.staffUser?.username === username);
    assert.ok(grant, `roles wait for ${username}`);
    const approved = await api(second, 'POST', `/api/v1/staff-role-grants/${grant.id}/approval`);
    assert.equal(approved.status, 200, await approved.clone().text());
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  test('an admin adds a user, gives a role and deactivates them by keyboard; 409 and 412 are explained', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Antti Ylläpitäjä/ });
    await page.goto(`${scene.baseUrl}/staff/users`);
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await page.getByTestId('staff-users-table').waitFor();
    assert.match(await page.title(), /^Käyttäjät – /);

    // Add a user with one role.
    const add = page.getByRole('region', { name: 'Lisää käyttäjä' });
    await add.getByRole('textbox', { name: /Käyttäjätunnus/ }).fill('testi.kayttaja');
    await add.getByRole('textbox', { name: /Etunimi/ }).fill('Testi');
    await add.getByRole('textbox', { name: /Sukunimi/ }).fill('Käyttäjä');
    await add.getByRole('group', { name: 'Käyttöoikeusroolit' }).getByLabel('Etuuskäsittelijä').check();
    await add.getByRole('button', { name: 'Lisää käyttäjä' }).click();
    await page.getByTestId('staff-users-status').getByText('Käyttäjä Testi Käyttäjä lisättiin.').waitFor();
    const row = page.locator('tr[data-username="testi.kayttaja"]');
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Odottaa hyväksyntää: Etuuskäsittelijä/);
    assert.match((await row.textContent()) ?? '', /Käytössä/);
    assert.equal(await add.getByRole('textbox', { name: /Käyttäjätunnus/ }).inputValue(), '', 'form emptied');

    // The same username again: 409 at the field, in a focused summary.
    await add.getByRole('textbox', { name: /Käyttäjätunnus/ }).fill('testi.kayttaja');
    await add.getByRole('textbox', { name: /Etunimi/ }).fill('Toinen');
    await add.getByRole('textbox', { name: /Sukunimi/ }).fill('Yritys');
    await add.getByRole('button', { name: 'Lisää käyttäjä' }).click();
    await add.getByRole('link', { name: 'Käyttäjätunnus on jo käytössä. Valitse toinen tunnus.' }).waitFor();
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focusedText, /Tarkista nämä kohdat/, 'the error summary has the focus');
    const username = add.getByRole('textbox', { name: /Käyttäjätunnus/ });
    assert.equal(await username.getAttribute('aria-invalid'), 'true');
    await add.getByRole('link', { name: /Käyttäjätunnus on jo käytössä/ }).click();
    assert.equal(await focusedId(page), 'new-user-username', 'the link moves the focus to the field');
    await expectAccessible(page, 'staff-users-409-fi');

    // A second admin approves the handler role; the page shows it once loaded again.
    await approveAsSecondAdmin('testi.kayttaja');
    await page.reload();
    await row.waitFor();
    assert.doesNotMatch((await row.textContent()) ?? '', /Odottaa hyväksyntää/);

    // Edit by keyboard only: open the editor, give the supervisor role (it waits for approval), deactivate, save.
    await row.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('region', { name: 'Muokkaa käyttäjää Testi Käyttäjä' });
    await editor.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'edit-user-heading');
    await tabTo(page, 'edit-user-role-supervisor');
    await page.keyboard.press('Space');
    assert.equal(await editor.getByLabel('Esihenkilö').isChecked(), true);
    await tabTo(page, 'edit-user-active');
    await page.keyboard.press('Space');
    assert.equal(await editor.getByLabel('Käyttäjä on käytössä').isChecked(), false);
    await expectAccessible(page, 'staff-users-edit-fi');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Tallenna muutokset');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('staff-users-status')
      .getByText('Käyttäjän Testi Käyttäjä muutokset tallennettiin.')
      .waitFor();
    await editor.waitFor({ state: 'detached' });
    assert.match((await row.textContent()) ?? '', /EtuuskäsittelijäOdottaa hyväksyntää: Esihenkilö/);
    assert.match((await row.textContent()) ?? '', /Poistettu käytöstä/);
    await page.waitForFunction(
      () => document.activeElement?.closest('tr')?.getAttribute('data-username') === 'testi.kayttaja',
    );
    const saved = await page.evaluate(async () => {
      const list = (await (await fetch('/api/v1/staff-users')).json()) as {
        items: { username?: string; roles: string[]; pendingRoles?: string[]; active?: boolean }[];
      };
      return list.items.find((item) => item.username === 'testi.kayttaja');
    });
    assert.deepEqual(saved?.roles, ['handler']);
    assert.deepEqual(saved?.pendingRoles, ['supervisor']);
    assert.equal(saved?.active, false);

    // Someone else changes the user while the editor is open: 412, the newest version is loaded.
    await row.getByRole('button').click();
    await editor.waitFor();
    await editor.getByRole('textbox', { name: /Sukunimi/ }).fill('Minun');
    await page.evaluate(async () => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const list = (await (await fetch('/api/v1/staff-users')).json()) as {
        items: { id: string; username?: string }[];
      };
      const id = list.items.find((item) => item.username === 'testi.kayttaja')?.id ?? '';
      const current = await fetch(`/api/v1/staff-users/${id}`);
      const changed = await fetch(`/api/v1/staff-users/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'if-match': current.headers.get('etag') ?? '',
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify({ firstName: 'Muutettu' }),
      });
      if (!changed.ok) throw new Error(`the other change failed: ${changed.status}`);
    });
    await editor.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByTestId('stale-notice').waitFor();
    assert.match(
      (await page.getByTestId('stale-notice').textContent()) ?? '',
      /Joku muu muutti tätä käyttäjää sillä välin\. Uusin versio ladattiin/,
    );
    const refreshed = page.getByRole('region', { name: 'Muokkaa käyttäjää Muutettu Käyttäjä' });
    await refreshed.waitFor();
    assert.equal(await refreshed.getByRole('textbox', { name: /Etunimi/ }).inputValue(), 'Muutettu');
    assert.equal(await refreshed.getByRole('textbox', { name: /Sukunimi/ }).inputValue(), 'Käyttäjä');
    await row.getByText('Käyttäjä, Muutettu').waitFor();
    await expectAccessible(page, 'staff-users-412-fi');
    await refreshed.getByRole('button', { name: 'Peruuta' }).click();
    await refreshed.waitFor({ state: 'detached' });

    // The admin's own active box cannot be cleared.
    await page.locator('tr[data-username="admin"]').getByRole('button').click();
    const own = page.getByRole('region', { name: 'Muokkaa käyttäjää Antti Ylläpitäjä' });
    await own.waitFor();
    assert.equal(await own.getByLabel('Käyttäjä on käytössä').isDisabled(), true);
    await own.getByRole('button', { name: 'Peruuta' }).click();

    // In English, the page and its table.
    await page.getByRole('button', { name: 'English' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await expectAccessible(page, 'staff-users-en');
  });

  test('a handler is told the page is for admins only', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/users`);
    await page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }).waitFor();
    await page.getByTestId('staff-users-forbidden').waitFor();
    await expectAccessible(page, 'staff-users-forbidden-fi');
  });
});
