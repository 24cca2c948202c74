// Browser test of deciding: a handler takes a sent application, checks the calculation prefilled from it, decides
// with a reusable reason after a confirmation step, and sees the decision with its letter; the letter is a PDF with
// the amount and the client's name. A decision sent with an old version of the case is refused and explained.
// axe-core finds nothing on the case view with the calculation and decision panels; screenshots go to test-results/.
// The rent paid straight to the landlord: the fields, the server's refusal of a bad IBAN, the landlord's payment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anna, matti, sanna } from '../apps/server/test/helpers/demo-citizens.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { readLetter } from './helpers/letters.ts';
import { browserScene, expectAccessible } from './helpers/pages.ts';

/** This month in words as inside a Finnish sentence: `marraskuu 2026`. */
const monthInWords = () => {
  const [year, month] = helsinkiToday().split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('fi-FI', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, 1)))
    .toLowerCase();
};

describe('deciding an application in the staff app', () => {
  const scene = browserScene();
  const { api, signInApi, sendApplication, assign } = testApi(() => scene.baseUrl);
  const handlerPage = () => scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });

  /** Matti sends an application; the handler opens it and takes it into handling. */
  async function mattisCaseInHandling() {
    const application = await sendApplication(matti);
    const page = await handlerPage();
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    await page.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await page.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
    return { application, page };
  }

  test('calculate and decide; the decision and its letter', async () => {
    const { application, page } = await mattisCaseInHandling();

    // The calculation prefilled from the application, with its amount.
    const amount = page.getByTestId('calculation-amount');
    await amount.filter({ hasText: /\d/ }).waitFor();
    const shown = (await amount.textContent()) ?? '';
    const euros = /(\d[\d\s\u00a0]*,\d{2})/.exec(shown)?.[1];
    assert.ok(euros, `an amount is shown: ${shown}`);

    // The month inside the caption in lower case.
    await page
      .getByRole('table', { name: `Toimeentulotukilaskelma kuukaudelle ${monthInWords()}` })
      .waitFor();

    const panel = page.getByTestId('decision-panel');
    await panel.getByText(/Laskelman mukainen toimeentulotuki/).waitFor();
    // The client's language named in the language of the UI.
    await panel.getByText('Valitut perustelut tulostuvat päätökseen asiakkaan kielellä (suomi).').waitFor();
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByLabel('Omat perustelut').fill('Vuokra on hyväksytty vuokrasopimuksen mukaan.');
    await expectAccessible(page, 'deciding-panel');
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText(/Ratkaisu: Myönteinen/).waitFor();
    await confirm.getByText(/Päätöskirjeen kieli on suomi/).waitFor();
    // A double click decides once: one request, and no "someone else changed it" afterwards.
    let decideRequests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/decision')) decideRequests += 1;
    });
    await confirm.getByRole('button', { name: 'Vahvista päätös' }).dblclick();

    await page.getByTestId('case-status').getByText('Päätös tehty').waitFor();
    // The focus moves to the notice of the decision made (not to the page, as the form has gone).
    const made = page.getByTestId('decision-made');
    await made.getByText(`kuukaudelle ${monthInWords()}`, { exact: false }).waitFor();
    await page.waitForFunction(() =>
      Boolean(document.activeElement?.closest('[data-testid="decision-made"]')),
    );
    assert.equal(decideRequests, 1, 'one decision request');
    assert.equal(await page.getByTestId('decision-error').count(), 0);
    const decision = page.getByTestId('decision');
    await decision.getByText(`kuukaudelle ${monthInWords()}`).waitFor();
    await decision.getByText(euros.replace(/\s/g, '\u00a0')).or(decision.getByText(euros)).first().waitFor();
    await decision.getByText('Päätöskirje lähtee postitse seuraavassa tulostuserässä.').waitFor();
    assert.equal(await page.getByTestId('decision-panel').count(), 0, 'decided once');
    await expectAccessible(page, 'deciding-decided');

    // The letter.
    const href = await decision.getByRole('link', { name: /Avaa päätöskirje/ }).getAttribute('href');
    assert.ok(href);
    const text = await readLetter(page, href, 'deciding-letter');
    assert.ok(text.includes('Matti Meikäläinen'), 'the client’s name');
    assert.ok(
      text.includes(euros.replace(/[\s\u00a0]/g, '')) || text.includes(euros.replace(/\u00a0/g, ' ')),
      'the amount',
    );
    assert.ok(text.includes('Vuokra on hyväksytty vuokrasopimuksen mukaan.'));
    const citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const own = (await (await api(citizen, 'GET', `/api/v1/my/applications/${application.id}`)).json()) as {
      status: string;
      decisions: { outcome: string }[];
    };
    assert.equal(own.status, 'decided');
    assert.equal(own.decisions[0]?.outcome, 'approved');
  });

  test('the rent paid straight to the landlord: a bad IBAN refused in Finnish, then two payments', async () => {
    const { application, page } = await mattisCaseInHandling();
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
    const panel = page.getByTestId('decision-panel');
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByLabel('Maksa vuokra suoraan vuokranantajalle').check();
    await panel.getByText('Laskelman asumismenot maksetaan vuokranantajalle ja loput asiakkaalle.').waitFor();
    await panel.getByLabel(/Vuokranantajan nimi/).fill('Asunto Oy Kotikatu');
    await panel.getByLabel(/Vuokranantajan tilinumero/).fill('FI21 1234 5600 0007 86');
    await expectAccessible(page, 'deciding-landlord');
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    const confirm = page.getByTestId('decision-confirm');
    await confirm.getByText('Maksa vuokra suoraan vuokranantajalle: Asunto Oy Kotikatu').waitFor();
    await confirm.getByRole('button', { name: 'Vahvista päätös' }).click();
    // The server's refusal, in the user's language.
    await page
      .getByTestId('decision-error')
      .getByText(/Vuokranantajan tilinumero ei ole kelvollinen IBAN/)
      .waitFor();
    await panel.getByLabel(/Vuokranantajan tilinumero/).fill('fi21 1234 5600 0007 85');
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    await page.getByTestId('case-status').getByText('Päätös tehty').waitFor();
    const citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const own = (await (await api(citizen, 'GET', `/api/v1/my/applications/${application.id}`)).json()) as {
      decisions: { amountCents: number; payments: { payeeKind: string; amountCents: number }[] }[];
    };
    const [decision] = own.decisions;
    const landlord = decision?.payments.find((payment) => payment.payeeKind === 'landlord');
    assert.ok(landlord, 'the landlord is paid');
    assert.equal(
      decision?.payments.reduce((sum, payment) => sum + payment.amountCents, 0),
      decision?.amountCents,
    );
  });

  test('only the assignee or a supervisor is offered the decision; a refusal is explained in Finnish', async () => {
    const application = await sendApplication(anna);
    const handler = await signInApi({ username: 'handler' });
    await assign(handler, application.id, handler.staffUser?.id ?? '');

    // A social worker, not the assignee: no form, but who decides.
    const other = await scene.signedInPage({ app: 'staff', user: /Sami Sosiaalityöntekijä/ });
    await other.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    const notAllowed = other.getByTestId('decision-not-allowed');
    await notAllowed
      .getByText(/Päätöksen tekee hakemuksen käsittelijä \(Hanna Käsittelijä\) tai esihenkilö/)
      .waitFor();
    assert.equal(await other.getByTestId('decision-panel').count(), 0);
    // Nor is an information request offered to someone the server would refuse.
    await other
      .getByTestId('information-request-not-allowed')
      .getByText('Lisäselvitystä pyytää hakemuksen käsittelijä (Hanna Käsittelijä) tai esihenkilö.')
      .waitFor();
    assert.equal(await other.getByTestId('information-requests').locator('form').count(), 0);
    await expectAccessible(other, 'deciding-not-allowed');

    // The assignee decides; should the server refuse (403), its English detail is never shown.
    const page = await handlerPage();
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    const panel = page.getByTestId('decision-panel');
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
    const detail = 'Only the assigned caseworker or a supervisor can decide the application.';
    await page.route('**/decision', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail }),
      }),
    );
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    const error = page.getByTestId('decision-error');
    await error.getByText(/Sinulla ei ole oikeutta tehdä päätöstä/).waitFor();
    assert.equal(await page.getByText(detail).count(), 0, 'no English server text');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'decision-error',
    );
    await page.unroute('**/decision');
  });

  test('a decision on an old version of the case is refused and explained (412)', async () => {
    const application = await sendApplication(sanna);
    const handler = await signInApi({ username: 'handler' });
    const handlerId = handler.staffUser?.id ?? '';
    await assign(handler, application.id, handlerId);
    const page = await handlerPage();
    await page.goto(`${scene.baseUrl}/staff/applications/${application.id}`);
    const panel = page.getByTestId('decision-panel');
    await panel.waitFor();
    await page.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
    // Meanwhile a supervisor changes the case (gives it to the same handler again: a new version).
    const supervisor = await signInApi({ username: 'supervisor' });
    await assign(supervisor, application.id, handlerId);
    await panel.getByLabel('Myönteinen', { exact: true }).check();
    await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
    await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
    await page.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
    await page
      .getByTestId('decision-error')
      .getByText(/Joku muu muutti hakemusta sillä välin/)
      .waitFor();
    await expectAccessible(page, 'deciding-412');
  });

  test('a warning, announced politely, when the own reasons are in another language than the letter', async () => {
    const { page } = await mattisCaseInHandling();
    const panel = page.getByTestId('decision-panel');
    const region = panel.getByTestId('decision-language');
    assert.equal(await region.getAttribute('aria-live'), 'polite', 'a live region');
    const ownWords = panel.getByLabel('Omat perustelut');
    const warning = region.getByText('Omat perustelut ovat eri kielellä kuin päätöskirje');

    // Swedish reasons for a Finnish letter: the warning names both languages.
    await ownWords.fill('Hyran har godkänts enligt hyresavtalet och elräkningen har beaktats som en utgift.');
    await warning.waitFor();
    await region.getByText(/eri kielellä \(ruotsi\) kuin päätöskirje \(suomi\)/).waitFor();
    await expectAccessible(page, 'deciding-language-warning');

    // Short or unclear text warns of nothing; Finnish text neither.
    for (const text of [
      'Hyran godkänd.',
      'TT-2026-000123 1 234,56 €',
      'Vuokra on hyväksytty vuokrasopimuksen mukaan, ja sähkölasku otetaan huomioon menona.',
    ]) {
      await ownWords.fill(text);
      await warning.waitFor({ state: 'detached' });
      assert.equal(await region.textContent(), '', `no warning for: ${text}`);
    }

    // English, typed key by key as a caseworker does: the warning comes once the text is clear.
    await ownWords.fill('');
    await ownWords.pressSequentially('The rent has been accepted according to the rental agreement.');
    await region.getByText(/eri kielellä \(englanti\)/).waitFor();
  });
});
