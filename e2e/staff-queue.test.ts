// Browser test of the staff app's work queue and case view: three citizens' sent applications (one overdue, one
// due today, one later); a handler signs in, sees the queue by due date with the markers, filters and searches
// (the search by identity code is audited), moves to a case with the keyboard, takes it (in_processing), sees
// an image attachment and a PDF inline, adds an internal note; a case changed by someone else between loading
// and acting (412) is explained and reloaded. axe-core reports nothing on the queue and the case view;
// screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoCitizens } from '../apps/server/src/seed/demo-data.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { makePdf, makePng } from './helpers/files.ts';
import { browserScene, expectAccessible, screenshots } from './helpers/pages.ts';

describe('the staff work queue and case view', () => {
  const scene = browserScene();
  /** The seeded applications: overdue (image), due today (PDF), later. */
  const cases: Record<
    'overdue' | 'today' | 'later',
    { id: string; ref: string; name: string; code: string }
  > = {} as never;

  const { api, signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);

  before(async () => {
    const [matti, anna, sanna] = [demoCitizens[0], demoCitizens[1], demoCitizens[3]];
    if (!matti || !anna || !sanna) throw new Error('the demo citizens are missing');
    const later = await sendApplication(sanna);
    const today = await sendApplication(anna, {
      name: 'tiliote.pdf',
      type: 'application/pdf',
      bytes: makePdf('Tiliote lokakuu'),
    });
    const overdue = await sendApplication(matti, {
      name: 'vuokrasopimus.png',
      type: 'image/png',
      bytes: makePng(64, 48, [40, 90, 160]),
    });
    // Move the due dates: one passed, one today (Helsinki); the third stays 7 working days away.
    const db = scene.server.database.db;
    await db
      .updateTable('application')
      .set({ due_date: '2026-01-05' })
      .where('id', '=', overdue.id)
      .execute();
    await db
      .updateTable('application')
      .set({ due_date: helsinkiToday() })
      .where('id', '=', today.id)
      .execute();
    const person = (c: { firstName: string; lastName: string; personalIdentityCode: string }) => ({
      name: `${c.lastName} ${c.firstName}`,
      code: c.personalIdentityCode,
    });
    cases.overdue = { ...overdue, ...person(matti) };
    cases.today = { ...today, ...person(anna) };
    cases.later = { ...later, ...person(sanna) };
  });
  const signedInPage = (user: RegExp) => scene.signedInPage({ app: 'staff', user });

  const rowRefs = (page: Page) => page.getByTestId('queue-row').locator('th').allTextContents();

  async function waitForRows(page: Page, refs: string[]): Promise<void> {
    await page.waitForFunction(
      (expected) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="queue-row"] th')].map((th) => th.textContent),
        ) === JSON.stringify(expected),
      refs,
    );
  }

  /** Counts the assignment requests the page sends from now on. */
  function countAssignments(page: Page): () => number {
    let count = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/assignment')) count += 1;
    });
    return () => count;
  }

  async function focusedText(page: Page): Promise<string> {
    return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
  }

  test('the queue: by due date with markers, filters and search in the URL, keyboard to the case', async () => {
    const page = await signedInPage(/Hanna Käsittelijä/);
    await page.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Henkilöstön valikko' })
      .getByRole('link', { name: 'Työjono' })
      .waitFor();
    await waitForRows(page, [cases.overdue.ref, cases.today.ref, cases.later.ref]);
    assert.deepEqual(await rowRefs(page), [cases.overdue.ref, cases.today.ref, cases.later.ref]);
    const rows = page.getByTestId('queue-row');
    assert.match((await rows.nth(0).textContent()) ?? '', /Myöhässä/);
    assert.match((await rows.nth(1).textContent()) ?? '', /Erääntyy tänään/);
    assert.doesNotMatch((await rows.nth(2).textContent()) ?? '', /Myöhässä|Erääntyy tänään/);
    assert.match((await rows.nth(0).textContent()) ?? '', new RegExp(cases.overdue.name));
    await page.getByTestId('queue-results').getByText('Hakemuksia näkyvissä: 3.').waitFor();
    const table = page.getByRole('table', { name: 'Hakemukset eräpäivän mukaan' });
    assert.equal(await table.getByRole('columnheader').count(), 10);
    await page.getByText('Myöhässä olevat (1)').waitFor();
    await page.getByText('Jakamattomat (3)').waitFor();
    await expectAccessible(page, 'staff-queue-fi');

    // Filters: overdue only, kept in the URL.
    await page.getByText('Myöhässä olevat (1)').click();
    await waitForRows(page, [cases.overdue.ref]);
    assert.match(page.url(), /overdue=true/);
    await page.getByTestId('queue-results').getByText('Hakemuksia näkyvissä: 1.').waitFor();
    await page.reload();
    await waitForRows(page, [cases.overdue.ref]);
    assert.ok(
      await page.getByRole('checkbox', { name: /Myöhässä olevat/ }).isChecked(),
      'the filter survives a reload',
    );
    await page.getByText('Myöhässä olevat (1)').click();
    await waitForRows(page, [cases.overdue.ref, cases.today.ref, cases.later.ref]);
    await page.getByText('Minulle osoitetut (0)').click();
    await page.getByTestId('queue-results').getByText('Rajauksia vastaavia hakemuksia ei ole.').waitFor();
    await page.getByText('Kaikki (3)').click();
    await waitForRows(page, [cases.overdue.ref, cases.today.ref, cases.later.ref]);

    // Search by name, then by personal identity code (audited).
    const search = page.getByRole('textbox', { name: 'Hae hakemusta' });
    await search.fill('Mäkelä');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await waitForRows(page, [cases.later.ref]);
    assert.match(page.url(), /q=M%C3%A4kel%C3%A4/);
    await search.fill(cases.today.code);
    await search.press('Enter');
    await waitForRows(page, [cases.today.ref]);
    const audited = await scene.server.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'application.search_by_identity_code')
      .execute();
    assert.equal(audited.length, 1, 'the search by identity code is audited');
    await search.fill('');
    await search.press('Enter');
    await waitForRows(page, [cases.overdue.ref, cases.today.ref, cases.later.ref]);
    await page.screenshot({ path: `${screenshots}staff-queue-searched-fi.png`, fullPage: true });

    // The keyboard: Tab to the first case's link and open it with Enter.
    await page.getByRole('heading', { level: 1 }).click();
    for (let i = 0; i < 80 && (await focusedText(page)) !== cases.overdue.ref; i += 1)
      await page.keyboard.press('Tab');
    assert.equal(await focusedText(page), cases.overdue.ref, 'Tab reaches the case link');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    assert.notEqual(outline, 'none', 'the focus is visible');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(cases.overdue.ref) }).waitFor();

    // In English: the case view and the queue.
    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 1, name: `Application ${cases.overdue.ref}` }).waitFor();
    await expectAccessible(page, 'staff-case-en');
    await page.getByRole('link', { name: 'Back to the work queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Work queue' }).waitFor();
    await waitForRows(page, [cases.overdue.ref, cases.today.ref, cases.later.ref]);
    await page.getByTestId('queue-row').first().getByText('Overdue').waitFor();
    await expectAccessible(page, 'staff-queue-en');
  });

  test('the case: take it, the attachment inline, an internal note', async () => {
    const page = await signedInPage(/Hanna Käsittelijä/);
    await page.goto(`${scene.baseUrl}/staff/applications/${cases.overdue.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(cases.overdue.ref) }).waitFor();
    await page.getByTestId('case-status').getByText('Lähetetty').waitFor();
    await page.getByTestId('case-overview').getByText('Myöhässä').waitFor();
    await page.getByTestId('case-content').getByText('FI21 1234 5600 0007 85').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lisäselvityspyynnöt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Viestit' }).waitFor();
    await page
      .getByTestId('opened-by')
      .getByText(/Hanna Käsittelijä/)
      .waitFor();
    await expectAccessible(page, 'staff-case-fi');

    // A double click takes the case once: one request, and no "someone else changed it" afterwards.
    const assignments = countAssignments(page);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).dblclick();
    await page.getByTestId('assignment-done').waitFor();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
    await page.getByTestId('assignee').getByText('Hanna Käsittelijä (sinä)').waitFor();
    await page.waitForTimeout(300);
    assert.equal(assignments(), 1, 'one assignment request');
    assert.equal(await page.getByTestId('assignment-error').count(), 0);
    await page
      .getByTestId('status-history')
      .getByText(/Käsittelyssä.*Hanna Käsittelijä/)
      .waitFor();
    await page.getByRole('button', { name: 'Vapauta hakemus' }).waitFor();

    await page.getByRole('button', { name: 'Näytä vuokrasopimus.png' }).click();
    const image = page.getByRole('img', { name: 'Liite vuokrasopimus.png' });
    await image.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.staff-preview img');
      return img?.complete === true && img.naturalWidth === 64;
    });
    const link = page.getByRole('link', { name: 'Lataa vuokrasopimus.png' });
    assert.match((await link.getAttribute('href')) ?? '', /\/content$/);

    await page
      .getByRole('textbox', { name: 'Uusi muistiinpano' })
      .fill('Soitettu hakijalle, vuokrasopimus tarkistettu.');
    await page.getByRole('button', { name: 'Tallenna muistiinpano' }).click();
    await page.getByTestId('notes').getByText('Soitettu hakijalle, vuokrasopimus tarkistettu.').waitFor();
    await page.getByTestId('notes').getByText('Muistiinpano tallennettu.').waitFor();
    await page.getByRole('button', { name: 'Tallenna muistiinpano' }).click();
    await page.getByText('Kirjoita muistiinpano.').waitFor();
    // The focus moves from the button to the field, whose error is read with it.
    const note = page.getByRole('textbox', { name: 'Uusi muistiinpano' });
    await page.waitForFunction(() => document.activeElement?.id === 'new-note');
    assert.match((await note.getAttribute('aria-describedby')) ?? '', /\S/);
    const describedBy = await note.evaluate((field) =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    assert.match(describedBy, /Kirjoita muistiinpano\./);
    // The applicant's coded answers are shown by their labels.
    const content = page.getByTestId('case-content');
    await content.getByText('Naimaton').waitFor();
    await content.getByText('Vuokra-asunnossa').waitFor();
    await content.getByText('Työttömyyspäiväraha').waitFor();
    await content.getByText('Pankkitilin saldo').waitFor();
    await expectAccessible(page, 'staff-case-taken-fi');
  });

  test('a supervisor gives the case to a colleague: names as everywhere, in order; a double click gives once', async () => {
    const page = await signedInPage(/Eeva Esihenkilö/);
    await page.goto(`${scene.baseUrl}/staff/applications/${cases.today.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(cases.today.ref) }).waitFor();
    const select = page.getByLabel('Anna kollegalle');
    await select.locator('option', { hasText: 'Hanna Käsittelijä' }).waitFor({ state: 'attached' });
    const names = (await select.locator('option').allTextContents()).slice(1);
    assert.ok(names.includes('Hanna Käsittelijä'), names.join(', '));
    assert.ok(!names.includes('Käsittelijä Hanna'));
    const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
    assert.deepEqual(names, [...names].sort(collator.compare), 'in the order of the names shown');

    await select.selectOption({ label: 'Hanna Käsittelijä' });
    const assignments = countAssignments(page);
    await page.getByRole('button', { name: 'Anna hakemus' }).dblclick();
    await page
      .getByTestId('assignment-done')
      .getByText('Hakemus annettiin käsittelijälle Hanna Käsittelijä.')
      .waitFor();
    await page.getByTestId('assignee').getByText('Käsittelijä: Hanna Käsittelijä').waitFor();
    await page.waitForTimeout(300);
    assert.equal(assignments(), 1, 'one assignment request');
    assert.equal(await page.getByTestId('assignment-error').count(), 0);
    await expectAccessible(page, 'staff-case-given-fi');
  });

  test('a PDF is shown inline in a frame of the same origin', async () => {
    const page = await signedInPage(/Hanna Käsittelijä/);
    await page.goto(`${scene.baseUrl}/staff/applications/${cases.today.id}`);
    await page.getByRole('button', { name: 'Näytä tiliote.pdf' }).click();
    const frame = page.locator('iframe[title="Liite tiliote.pdf"]');
    await frame.waitFor();
    const headers = await page.evaluate(
      async (src) => {
        const response = await fetch(src);
        return {
          status: response.status,
          disposition: response.headers.get('content-disposition'),
          frameOptions: response.headers.get('x-frame-options'),
          policy: response.headers.get('content-security-policy'),
          nosniff: response.headers.get('x-content-type-options'),
        };
      },
      (await frame.getAttribute('src')) ?? '',
    );
    assert.equal(headers.status, 200);
    assert.match(headers.disposition ?? '', /^inline;/);
    assert.equal(headers.frameOptions, 'SAMEORIGIN');
    assert.match(headers.policy ?? '', /^sandbox; default-src 'none';.*frame-ancestors 'self'/);
    assert.equal(headers.nosniff, 'nosniff');
    await page.screenshot({ path: `${screenshots}staff-case-pdf-fi.png`, fullPage: true });
  });

  test('a case changed by someone else between loading and acting: 412 is explained and the case reloaded', async () => {
    const page = await signedInPage(/Hanna Käsittelijä/);
    await page.goto(`${scene.baseUrl}/staff/applications/${cases.later.id}`);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).waitFor();
    // The supervisor takes the case meanwhile.
    const supervisor = await signInApi({ username: 'supervisor' });
    const current = await api(supervisor, 'GET', `/api/v1/applications/${cases.later.id}`);
    await assign(supervisor, cases.later.id, supervisor.staffUser?.id ?? null, {
      'if-match': current.headers.get('etag') ?? '',
    });

    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    const notice = page.getByTestId('assignment-error');
    await notice.getByText('Joku muu muutti hakemusta').waitFor();
    await notice.getByText(/ladattu uudelleen/).waitFor();
    await page.getByTestId('assignee').getByText('Käsittelijä: Eeva Esihenkilö').waitFor();
    await page.getByText('Vain esihenkilö voi siirtää sen.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ota käsittelyyn' }).count(), 0);
    await expectAccessible(page, 'staff-case-412-fi');
  });
});
