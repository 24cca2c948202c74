// Browser test of the audit trail: a citizen sends an application and a handler opens the case in the staff app
// (an audited read). The auditor lands on a front page that leads to the trail, reaches it by keyboard, is told in
// a focused error summary to give a code or a username, searches by the client's personal identity code and sees
// the handler's read (a reload keeps the search, and the search itself is now in the trail), then by the handler's
// username within today's dates, with "show more" paging on. axe-core finds nothing; screenshots go to
// test-results/. A handler going to /audit, and the auditor going to /print, are told they have no access. Last,
// the auditor verifies the chain by keyboard: intact, then (after a row is forged in the database) the first broken
// row is named, in Finnish and in English, through a live region.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { browserScene, expectAccessible, finnishDate, focused, tabUntil } from './helpers/pages.ts';

describe('the audit trail in the staff app', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication } = testApi(() => scene.baseUrl);
  const citizen = demoCitizens[0];
  let application: { id: string; ref: string };

  before(async () => {
    if (!citizen) throw new Error('the demo citizens are missing');
    application = await sendApplication(citizen);
    // More reads by the handler than one page of the trail holds (50), for "show more".
    const handler = await signInApi({ username: 'handler' });
    for (let i = 0; i < 52; i += 1) {
      const read = await api(handler, 'GET', `/api/v1/applications/${application.id}`);
      assert.equal(read.status, 200);
    }
  });

  /** Tabs to the field with this id and types the text into it (emptied first). */
  async function typeInto(page: Page, id: string, text: string): Promise<void> {
    await tabUntil(page, `#${id}`, (element) => element.id === id);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    if (text !== '') await page.keyboard.type(text);
  }

  async function submitByKeyboard(page: Page): Promise<void> {
    await tabUntil(page, 'the search button', (element) => element.id === 'audit-search-submit');
    await page.keyboard.press('Enter');
  }

  const rows = (page: Page) => page.getByTestId('audit-row');

  test('a handler opens the case: the read is written to the trail', async () => {
    const page = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(application.ref) }).waitFor();
  });

  test('the auditor finds the read by the client’s code and by the handler’s username, by keyboard', async () => {
    const code = citizen?.personalIdentityCode ?? '';
    const page = await scene.signedInPage({ app: 'staff', user: /Tiina Tarkastaja/ });
    // The front page leads to the trail; the old "comes later" text is gone.
    const tasks = page.getByTestId('staff-tasks');
    await tasks.waitFor();
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /myöhemmin/);
    assert.equal(await tasks.getByRole('link', { name: 'Käyttöloki' }).count(), 1);
    await expectAccessible(page, 'audit-trail-landing-fi');
    const nav = page.getByRole('navigation', { name: 'Henkilöstön valikko' });
    assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Käyttöloki']);
    await tabUntil(page, 'the link to the trail', (element) => element.text === 'Käyttöloki');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Asiakastietojen käyttöloki' }).waitFor();
    assert.match(await page.title(), /^Käyttöloki – /);

    // Nothing given: the summary takes the focus, and its link takes it to the field.
    await submitByKeyboard(page);
    const summaryLink = page.getByRole('link', {
      name: 'Asiakkaan henkilötunnus: Anna asiakkaan henkilötunnus tai työntekijän käyttäjätunnus.',
    });
    await summaryLink.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Tarkista nämä kohdat'));
    // A date that is no date is named too.
    await typeInto(page, 'audit-search-from', '31.2.2026');
    await submitByKeyboard(page);
    await page
      .getByRole('link', { name: 'Alkaen: Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.11.2026.' })
      .waitFor();
    await expectAccessible(page, 'audit-trail-errors-fi');
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Tarkista nämä kohdat'));
    await tabUntil(page, 'the summary link', (element) =>
      element.text.startsWith('Asiakkaan henkilötunnus:'),
    );
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.id, 'audit-search-personalIdentityCode');

    // By the client's code (typed in lower case, with spaces): the handler's read of the case.
    await page.keyboard.type(` ${code.toLowerCase()} `);
    await typeInto(page, 'audit-search-from', '');
    await submitByKeyboard(page);
    await page.getByTestId('audit-table').waitFor();
    assert.ok(page.url().endsWith('/staff/audit'), `the code is never in the address: ${page.url()}`);
    const read = rows(page).filter({ hasText: 'Hakemuksen katselu' }).filter({ hasText: 'handler' });
    assert.ok((await read.count()) >= 1, 'the handler’s read is listed');
    const first = read.first();
    assert.match((await first.textContent()) ?? '', /Hakemus/);
    assert.match(
      (await first.locator('th').textContent()) ?? '',
      /^\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}$/,
      'the time as d.m.yyyy klo hh.mm',
    );
    assert.match((await first.textContent()) ?? '', /Onnistui/);
    assert.equal(await first.getByRole('link').count(), 0, 'an auditor does not open cases');
    // The newest 50 first (the handler's reads); the client's own sign-in is further back.
    await page
      .getByTestId('audit-results')
      .getByText('Tapahtumia näkyvissä: 50. Tapahtumia on lisää.')
      .waitFor();
    await tabUntil(page, 'show more', (element) => element.id === 'audit-show-more');
    await page.keyboard.press('Enter');
    await rows(page).filter({ hasText: 'Asiakas itse' }).first().waitFor();
    await expectAccessible(page, 'audit-trail-by-code-fi');

    // A reload keeps the search, and the first search is now in the trail too.
    await page.reload();
    await page.getByTestId('audit-table').waitFor();
    assert.equal(await page.getByLabel('Asiakkaan henkilötunnus').inputValue(), code);
    const searches = rows(page).filter({ hasText: 'Käyttölokin haku' }).filter({ hasText: 'auditor' });
    assert.ok((await searches.count()) >= 1, 'the auditor’s search is audited');

    // By the handler's username, today only: every row is the handler's, and "show more" pages on.
    const today = finnishDate(helsinkiToday());
    await typeInto(page, 'audit-search-personalIdentityCode', '');
    await typeInto(page, 'audit-search-username', 'handler');
    await typeInto(page, 'audit-search-from', today);
    await typeInto(page, 'audit-search-to', today);
    await submitByKeyboard(page);
    await page.waitForURL(/user=handler/);
    await page
      .getByTestId('audit-results')
      .getByText('Tapahtumia näkyvissä: 50. Tapahtumia on lisää.')
      .waitFor();
    assert.match(page.url(), new RegExp(`user=handler&from=${helsinkiToday()}&to=${helsinkiToday()}$`));
    assert.match((await page.getByTestId('audit-criteria').textContent()) ?? '', /käyttäjätunnus handler/);
    assert.equal(await rows(page).count(), 50);
    await tabUntil(page, 'show more', (element) => element.id === 'audit-show-more');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('audit-results')
      .getByText(/^Tapahtumia näkyvissä: (5[1-9]|[6-9]\d|\d{3})\.$/)
      .waitFor();
    const actors = await rows(page).locator('td:nth-of-type(1)').allTextContents();
    assert.ok(actors.length > 50);
    assert.ok(
      actors.every((actor) => actor === 'handler'),
      `only the handler: ${[...new Set(actors)].join(', ')}`,
    );
    const actions = await rows(page).evaluateAll((elements) => elements.map((row) => row.dataset.action));
    assert.ok(actions.includes('application.read'));
    assert.ok(actions.includes('session.sign_in'));
    await expectAccessible(page, 'audit-trail-by-username-fi');
  });

  test('a handler going to /audit, and the auditor going to /print, are told they have no access', async () => {
    const handler = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
    const nav = handler.getByRole('navigation', { name: 'Henkilöstön valikko' });
    await nav.waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Käyttöloki' }).count(), 0);
    await handler.goto(`${scene.baseUrl}/staff/audit?user=handler`);
    await handler.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }).waitFor();
    await handler.getByTestId('no-access').waitFor();
    assert.equal(await handler.getByTestId('audit-search').count(), 0);
    await expectAccessible(handler, 'audit-trail-handler-no-access-fi');

    const auditor = await scene.signedInPage({ app: 'staff', user: /Tiina Tarkastaja/ });
    for (const path of ['/print', `/applications/${application.id}`]) {
      await auditor.goto(`${scene.baseUrl}/staff${path}`);
      await auditor.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }).waitFor();
      assert.match(await auditor.title(), /^Ei käyttöoikeutta – /, path);
    }
  });

  test('the auditor verifies the chain: intact, then a forged row is named, in Finnish and in English', async () => {
    const db = scene.server.database.db;
    const page = await scene.signedInPage({ app: 'staff', user: /Tiina Tarkastaja/ });
    await page.goto(`${scene.baseUrl}/staff/audit`);
    const section = page.getByTestId('audit-verify');
    await section.getByRole('heading', { level: 2, name: 'Lokin eheys' }).waitFor();
    const status = page.getByTestId('audit-verify-status');
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    const press = async () => {
      await tabUntil(page, 'the verify button', (element) => element.id === 'audit-verify-button');
      await page.keyboard.press('Enter');
    };

    const rows = Number(
      (await db.selectFrom('audit_event').select(sql<string>`max(seq)`.as('n')).executeTakeFirstOrThrow()).n,
    );
    await press();
    const ok = status.getByText(/^Loki on eheä: [\d\s\u00a0]+ tapahtumaa tarkistettu\.$/);
    await ok.waitFor();
    const checked = Number(((await ok.textContent()) ?? '').replace(/\D/g, ''));
    assert.ok(checked >= rows, `${checked} rows checked, ${rows} before the click`);
    await expectAccessible(page, 'audit-verify-intact-fi');
    const verified = await db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('action', '=', 'audit.verify')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual(verified.details, { ok: true, rowsChecked: checked, firstBrokenSeq: null });

    // A database owner rewrites row 3 behind the application's back.
    const forge = async (action: string | null) => {
      await sql`alter table audit_event disable trigger user`.execute(db);
      try {
        const original = await sql<{ action: string }>`select action from audit_event where seq = 3`.execute(
          db,
        );
        await sql`update audit_event set action = ${action ?? 'test.forged'} where seq = 3`.execute(db);
        return original.rows[0]?.action ?? '';
      } finally {
        await sql`alter table audit_event enable trigger user`.execute(db);
      }
    };
    const original = await forge(null);
    try {
      await press();
      await status
        .getByText(
          'Loki ei ole eheä: Ensimmäinen virheellinen tapahtuma on numero 3. Sitä edeltävät 2 tapahtumaa ovat eheitä.',
        )
        .waitFor();
      await status.getByText('Tekninen kuvaus: its content does not match its hash').waitFor();
      await expectAccessible(page, 'audit-verify-broken-fi');

      await page.getByRole('button', { name: 'English' }).first().click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await press();
      await status
        .getByText(
          'The trail is not intact: The first faulty event is number 3. The 2 events before it are intact.',
        )
        .waitFor();
      await expectAccessible(page, 'audit-verify-broken-en');
    } finally {
      await forge(original);
    }
    await press();
    await status.getByText(/^The trail is intact: [\d,]+ events checked\.$/).waitFor();
  });
});
