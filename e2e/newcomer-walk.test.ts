// The newcomer's walk of issue 10, through the real web apps, in Finnish and (the citizen's part) in Swedish: a
// spouse with a known name has sent an application for this month; a newcomer signs in with a new identity code the
// identity service gave no name for, enters the name, applies as a couple naming the spouse, with a roommate and
// household electricity and home insurance, is warned of the spouse's application on the check page and sends
// anyway. A caseworker sees both applications flagged, finds the newcomer's by the spouse's identity code, closes
// the spouse's as a duplicate of the newcomer's and decides the newcomer's with the prefilled calculation (the
// roommate outside the family, electricity and insurance outside the housing costs). The letter, read back with
// pdftotext, names both spouses as parties and gives the kind of assistance, the sending date, one notification rule
// and the provisions; the spouse's account shows the merged notice in the spouse's language. Every page visited is
// axe-clean and shows no raw i18n key, placeholder or English text; screenshots go to test-results/.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { anna, matti, sanna } from '../apps/server/test/helpers/demo-citizens.ts';
import { makePersonalIdentityCode } from '../packages/domain/src/index.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { readLetter } from './helpers/letters.ts';
import { browserScene, choose, expectAccessible, expectNoRawText, finnishDate } from './helpers/pages.ts';

/** The date of birth (YYYY-MM-DD) in a Finnish identity code (born 1900–2099). */
function bornOn(code: string): string {
  const century = { '+': '18', '-': '19', A: '20', B: '20', C: '20', D: '20', E: '20', F: '20' }[
    code[6] ?? ''
  ];
  return `${century ?? '19'}${code.slice(4, 6)}-${code.slice(2, 4)}-${code.slice(0, 2)}`;
}

const walks = [
  {
    language: 'fi',
    locale: 'fi-FI',
    spouse: matti,
    newcomer: {
      code: makePersonalIdentityCode('1988-02-17', 961),
      first: 'Liisa-Maria',
      last: 'Rantanen',
    },
    roommate: { first: 'Olli', last: 'Kämppä', born: '4.9.1995' },
    texts: {
      missingName: 'Nimesi puuttuu',
      enterName: 'Kerro nimesi',
      firstLabel: 'Etunimet',
      lastLabel: 'Sukunimi',
      saveName: 'Tallenna nimi',
      continueToForm: 'Jatka hakemukseen',
      newTitle: 'Mitä tukea haet?',
      start: 'Aloita hakemus',
      steps: [
        'Hakijan tiedot',
        'Perhe ja muut samassa taloudessa asuvat',
        'Asuminen ja asumismenot',
        'Tulot',
        'Varat',
        'Menot, joihin haet tukea',
        'Hakukuukausi ja tilinumero',
        'Kiireellisyys',
        'Lisätiedot',
        'Liitteet',
        'Tarkista tiedot ja lähetä hakemus',
      ],
      continue: 'Jatka',
      married: 'Naimisissa',
      occupation: 'Ammatti tai tilanne',
      addMember: 'Lisää henkilö',
      relationship: 'Suhde sinuun',
      roommate: 'Kämppäkaveri tai muu henkilö',
      rental: 'Vuokra-asunnossa',
      detachedNo: 'Ei',
      rent: 'Vuokra kuukaudessa',
      electricity: 'Kotitalouden sähkö kuukaudessa',
      homeInsurance: 'Kotivakuutusmaksu kuukaudessa',
      notUrgent: 'Ei',
      iban: 'Tilinumero (IBAN)',
      warning: /Puolisosi on jo lähettänyt hakemuksen kuukaudelle/,
      canStillSend: 'Voit silti lähettää hakemuksen.',
      declaration: 'field-declaration',
      send: 'Lähetä hakemus',
      sent: 'Hakemuksesi on lähetetty',
    },
    letter: {
      parties: (newcomer: string, born: string, spouse: string, spouseBorn: string) => [
        `${newcomer}, syntynyt ${born} (hakija)`,
        `${spouse}, syntynyt ${spouseBorn} (puoliso)`,
      ],
      kind: 'Tukimuoto Perustoimeentulotuki',
      sent: 'Lähetetty',
      rules: {
        electronic: 'Päätös on lähetetty sähköisesti e-asiointitilillesi',
        paper: 'Päätös on lähetetty kirjeenä',
        pending: 'Päätös postitetaan sinulle kirjeenä',
      },
      act: 'Laki toimeentulotuesta (1412/1997)',
    },
    merged: {
      status: 'Yhdistetty toiseen hakemukseen',
      notice: 'yhdistettiin perheesi toiseen samaa kuukautta koskevaan hakemukseen',
    },
  },
  {
    language: 'sv',
    locale: 'sv-FI',
    spouse: anna,
    newcomer: {
      code: makePersonalIdentityCode('1989-10-03', 962),
      first: 'Björn',
      last: 'Åkerlund',
    },
    roommate: { first: 'Stina', last: 'Rumskamrat', born: '21.6.1996' },
    texts: {
      missingName: 'Ditt namn saknas',
      enterName: 'Ange ditt namn',
      firstLabel: 'Förnamn',
      lastLabel: 'Efternamn',
      saveName: 'Spara namnet',
      continueToForm: 'Fortsätt till ansökan',
      newTitle: 'Vilket stöd söker du?',
      start: 'Börja fylla i ansökan',
      steps: [
        'Uppgifter om sökanden',
        'Familjen och andra som bor i samma hushåll',
        'Boende och boendeutgifter',
        'Inkomster',
        'Tillgångar',
        'Utgifter som du söker stöd för',
        'Månad och kontonummer',
        'Brådskande behov',
        'Tilläggsuppgifter',
        'Bilagor',
        'Granska uppgifterna och skicka ansökan',
      ],
      continue: 'Fortsätt',
      married: 'Gift',
      occupation: 'Yrke eller situation',
      addMember: 'Lägg till person',
      relationship: 'Relation till dig',
      roommate: 'Rumskamrat eller annan person',
      rental: 'I hyresbostad',
      detachedNo: 'Nej',
      rent: 'Hyra per månad',
      electricity: 'Hushållsel per månad',
      homeInsurance: 'Hemförsäkringspremie per månad',
      notUrgent: 'Nej',
      iban: 'Kontonummer (IBAN)',
      warning: /Din make eller maka har redan skickat en ansökan för månaden/,
      canStillSend: 'Du kan ändå skicka ansökan.',
      declaration: 'field-declaration',
      send: 'Skicka ansökan',
      sent: 'Din ansökan har skickats',
    },
    letter: {
      parties: (newcomer: string, born: string, spouse: string, spouseBorn: string) => [
        `${newcomer}, född ${born} (sökande)`,
        `${spouse}, född ${spouseBorn} (make eller maka)`,
      ],
      kind: 'Typ av stöd Grundläggande utkomststöd',
      sent: 'Avsänt',
      rules: {
        electronic: 'Beslutet har sänts elektroniskt',
        paper: 'Beslutet har sänts per brev',
        pending: 'Beslutet sänds till dig per brev',
      },
      act: 'Lagen om utkomststöd (1412/1997)',
    },
    merged: {
      status: 'Sammanslagen med en annan ansökan',
      notice: 'slogs samman med en annan ansökan från din familj för samma månad',
    },
  },
] as const;

/** The page is axe-clean and shows no raw i18n key, placeholder or English text. */
async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expectNoRawText(page, name);
}

/** Whitespace (line breaks and layout columns of pdftotext) collapsed to single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the newcomer’s walk: apply as a couple, a duplicate closed, the other decided, the letter', () => {
  const scene = browserScene();
  const { api, signInApi, coupleApplication, sendApplication } = testApi(() => scene.baseUrl);
  const month = helsinkiToday().slice(0, 7);
  let unrelated: { id: string; ref: string };

  // Someone else's application in the queue, which a search by the spouse's identity code must leave out.
  before(async () => {
    unrelated = await sendApplication(sanna);
  });

  for (const walk of walks) {
    test(`in ${walk.language === 'fi' ? 'Finnish' : 'Swedish'}`, async () => {
      const t = walk.texts;
      const newcomerName = `${walk.newcomer.first} ${walk.newcomer.last}`;
      const spouseName = `${walk.spouse.firstName} ${walk.spouse.lastName}`;
      const name = (step: string) => `walk-${walk.language}-${step}`;

      // 1. The spouse has sent an application for this month, naming the newcomer as the spouse.
      const spouses = await coupleApplication(
        walk.spouse,
        {
          personalIdentityCode: walk.newcomer.code,
          firstName: walk.newcomer.first,
          lastName: walk.newcomer.last,
        },
        true,
      );
      assert.ok(spouses.ref);

      // 2. The newcomer: a new identity code without a name, in their own language, letters to the e-services.
      const session = await signInApi({ personalIdentityCode: walk.newcomer.code, unnamed: true });
      const preferences = await api(session, 'PUT', '/api/v1/my/preferences', {
        json: { email: null, emailNotifications: false, language: walk.language, electronicDelivery: true },
      });
      assert.equal(preferences.status, 200, await preferences.clone().text());
      const citizen = await scene.pageWithSession(session, { locale: walk.locale });
      await citizen.goto(`${scene.baseUrl}/applications`);
      await citizen.waitForFunction((lang) => document.documentElement.lang === lang, walk.language);
      await citizen.getByTestId('name-missing').getByText(t.missingName).first().waitFor();
      await checkPage(citizen, name('account-no-name'));
      await citizen.getByRole('link', { name: t.enterName }).click();
      await citizen.waitForURL(/\/applications\/name$/);
      await citizen.getByLabel(t.firstLabel).fill(walk.newcomer.first);
      await citizen.getByLabel(t.lastLabel).fill(walk.newcomer.last);
      await checkPage(citizen, name('name'));
      await citizen.getByRole('button', { name: t.saveName }).click();
      await citizen.getByTestId('signed-in-name').getByText(newcomerName).waitFor();
      await checkPage(citizen, name('name-saved'));
      await citizen.getByRole('link', { name: t.continueToForm }).click();
      await citizen.getByRole('heading', { level: 1, name: t.newTitle }).waitFor();
      await checkPage(citizen, name('new'));
      await citizen.getByRole('button', { name: t.start }).click();

      const step = async (index: number) => {
        const title = t.steps[index] ?? '';
        await citizen.getByRole('heading', { level: 1, name: title }).waitFor();
        await checkPage(citizen, name(`step-${index + 1}`));
      };
      const next = () => citizen.getByRole('button', { name: t.continue, exact: true }).click();

      // The applicant: the name entered, married; the address and a phone number as a newcomer has none yet.
      await step(0);
      await citizen.locator('.tuki-readonly').getByText(newcomerName).waitFor();
      for (const [id, value] of [
        ['field-applicant-address-street', 'Hämeentie 5 B 9'],
        ['field-applicant-address-postalCode', '00530'],
        ['field-applicant-address-city', 'Helsinki'],
        ['field-applicant-phone', '+358401112233'],
      ] as const) {
        const field = citizen.locator(`#${id}`);
        if ((await field.inputValue()) === '') await field.fill(value);
      }
      await choose(citizen, t.married);
      await citizen.getByLabel(t.occupation).fill(walk.language === 'fi' ? 'Opiskelija' : 'Studerande');
      await next();

      // The household: the spouse by identity code, and a roommate.
      await step(1);
      await citizen.locator('#field-spouse-firstName').fill(walk.spouse.firstName);
      await citizen.locator('#field-spouse-lastName').fill(walk.spouse.lastName);
      await citizen.locator('#field-spouse-personalIdentityCode').fill(walk.spouse.personalIdentityCode);
      await citizen.locator('#field-spouse-occupation').fill(walk.language === 'fi' ? 'Työtön' : 'Arbetslös');
      await citizen.getByRole('button', { name: t.addMember }).click();
      await citizen.locator('#field-otherMembers-0-firstName').fill(walk.roommate.first);
      await citizen.locator('#field-otherMembers-0-lastName').fill(walk.roommate.last);
      await citizen.locator('#field-otherMembers-0-dateOfBirth').fill(walk.roommate.born);
      await citizen.getByLabel(t.relationship).selectOption({ label: t.roommate });
      await checkPage(citizen, name('step-2-filled'));
      await next();

      // The housing: a rented flat, household electricity and home insurance.
      await step(2);
      await choose(citizen, t.rental);
      await choose(citizen, t.detachedNo);
      await citizen.getByLabel(t.rent, { exact: true }).fill('900');
      await citizen.getByLabel(new RegExp(`^${t.electricity}`)).fill('45,60');
      await citizen.getByLabel(new RegExp(`^${t.homeInsurance}`)).fill('12,50');
      await checkPage(citizen, name('step-3-filled'));
      await next();

      for (const index of [3, 4, 5]) {
        await step(index);
        await next();
      }
      await step(6);
      const monthRadio = citizen.locator(`input[type=radio][value="${month}"]`);
      await citizen.locator(`label[for="${await monthRadio.getAttribute('id')}"]`).click();
      assert.ok(await monthRadio.isChecked());
      await citizen.getByLabel(t.iban).fill('FI21 1234 5600 0007 85');
      await next();
      await step(7);
      await choose(citizen, t.notUrgent);
      await next();
      for (const index of [8, 9]) {
        await step(index);
        await next();
      }

      // The check page warns of the spouse's application, which is not shown; the newcomer sends anyway.
      await step(10);
      const warning = citizen.getByTestId('duplicate-warning');
      await warning.getByText(t.warning).waitFor();
      await warning.getByText(t.canStillSend).waitFor();
      assert.ok(!(await warning.textContent())?.includes(spouses.ref), 'nothing of the spouse’s application');
      await citizen.locator(`label[for="${t.declaration}"]`).click();
      await citizen.getByRole('button', { name: t.send }).click();
      await citizen.getByRole('heading', { level: 1, name: t.sent }).waitFor();
      const newcomersRef = ((await citizen.getByTestId('reference-number').textContent()) ?? '').trim();
      assert.match(newcomersRef, /^TT-/);
      await checkPage(citizen, name('sent'));
      const newcomersId = /\/applications\/([^/]+)\/sent/.exec(citizen.url())?.[1] ?? '';
      assert.ok(newcomersId);

      // 3. The caseworker: both flagged in the queue; the spouse's identity code finds the newcomer's application.
      const staff = await scene.signedInPage({ app: 'staff', user: /Hanna Käsittelijä/ });
      await staff.getByRole('heading', { level: 1, name: 'Työjono' }).waitFor();
      for (const ref of [spouses.ref, newcomersRef]) {
        await staff
          .getByTestId('queue-row')
          .filter({ hasText: ref })
          .getByTestId('duplicate-flag')
          .getByText('Mahdollinen päällekkäinen hakemus')
          .waitFor();
      }
      await staff.getByTestId('queue-row').filter({ hasText: unrelated.ref }).waitFor();
      await checkPage(staff, name('staff-queue'));
      await staff.getByLabel('Hae hakemusta').fill(walk.spouse.personalIdentityCode);
      await staff.getByRole('button', { name: 'Hae', exact: true }).click();
      // Only the applications of the spouse or naming the spouse remain, the newcomer's among them.
      await staff.waitForFunction(
        ([spouse, ref]) => {
          const rows = [...document.querySelectorAll('[data-testid="queue-row"]')].map(
            (row) => row.textContent ?? '',
          );
          return (
            rows.some((row) => row.includes(ref)) &&
            rows.every((row) => row.includes(spouse) || row.includes(ref))
          );
        },
        [walk.spouse.lastName, newcomersRef] as const,
      );
      assert.equal(await staff.getByTestId('queue-row').filter({ hasText: unrelated.ref }).count(), 0);
      await staff
        .getByTestId('queue-row')
        .filter({ hasText: newcomersRef })
        .getByText(`${walk.newcomer.last} ${walk.newcomer.first}`)
        .waitFor();
      assert.ok(!staff.url().includes(walk.spouse.personalIdentityCode), 'no identity code in the address');
      await checkPage(staff, name('staff-search'));

      // The spouse's case: the notice names the newcomer's application, the history; taken and closed.
      await staff.getByTestId('queue-row').filter({ hasText: spouses.ref }).getByRole('link').first().click();
      await staff.getByRole('heading', { level: 1 }).filter({ hasText: spouses.ref }).waitFor();
      const notice = staff.getByTestId('duplicates-notice');
      await notice.getByRole('link', { name: newcomersRef }).waitFor();
      await notice.getByText(new RegExp(newcomerName)).waitFor();
      await staff
        .getByTestId('client-history-table')
        .getByRole('row')
        .filter({ hasText: newcomersRef })
        .waitFor();
      await checkPage(staff, name('staff-spouse-case'));
      await staff.getByRole('button', { name: 'Ota käsittelyyn' }).click();
      await staff.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
      await staff.getByRole('button', { name: 'Sulje päällekkäisenä' }).click();
      const dialog = staff.getByRole('dialog', { name: 'Suljetaanko hakemus päällekkäisenä?' });
      await dialog.waitFor();
      const choice = dialog.getByRole('radio', { name: new RegExp(newcomersRef) });
      if (!(await choice.isChecked())) await choice.check();
      await checkPage(staff, name('staff-close-dialog'));
      await dialog.getByRole('button', { name: 'Sulje päällekkäisenä' }).click();
      await staff
        .getByTestId('closed-as-duplicate')
        .getByText(`Hakemus suljettiin päällekkäisenä ja yhdistettiin hakemukseen ${newcomersRef}.`)
        .waitFor();
      await staff.getByTestId('case-status').getByText('Yhdistetty toiseen hakemukseen').waitFor();
      await checkPage(staff, name('staff-spouse-closed'));

      // The newcomer's case, by the link of the merge: taken and decided with the prefilled calculation.
      await staff.getByTestId('merged-into').getByRole('link', { name: newcomersRef }).click();
      await staff.getByRole('heading', { level: 1 }).filter({ hasText: newcomersRef }).waitFor();
      await staff.getByRole('button', { name: 'Ota käsittelyyn' }).click();
      await staff.getByTestId('case-status').getByText('Käsittelyssä').waitFor();
      await staff.getByTestId('calculation-amount').filter({ hasText: /\d/ }).waitFor();
      const calculation = staff.getByRole('table', { name: /^Toimeentulotukilaskelma kuukaudelle/ });
      const rows = (await calculation.getByRole('row').allTextContents()).map(flat);
      // The family is the two spouses: the roommate has no basic amount and only counts for the housing share.
      assert.equal(rows.filter((row) => row.startsWith('Perusosa')).length, 2, rows.join('\n'));
      assert.ok(!rows.some((row) => row.includes(walk.roommate.first)), 'the roommate is not in the family');
      const housing = rows.filter((row) => row.startsWith('Asumismenot'));
      assert.equal(housing.length, 1, rows.join('\n'));
      assert.match(housing[0] ?? '', /3 asukkaan kesken, perheessä 2 henkilöä/);
      assert.match(housing[0] ?? '', /asunnon menot 900,00/);
      // Electricity and home insurance are lines of their own, outside the housing costs.
      assert.ok(
        rows.some((row) => /^Taloussähkö.*45,60/.test(row)),
        rows.join('\n'),
      );
      assert.ok(
        rows.some((row) => /^Kotivakuutus.*12,50/.test(row)),
        rows.join('\n'),
      );
      await checkPage(staff, name('staff-calculation'));

      const panel = staff.getByTestId('decision-panel');
      await panel.getByLabel('Myönteinen', { exact: true }).check();
      await panel.getByLabel(/Toimeentulotuki on laskettu hakemuksesi/).check();
      await panel.getByRole('button', { name: 'Tarkista ja tee päätös' }).click();
      await staff.getByTestId('decision-confirm').getByRole('button', { name: 'Vahvista päätös' }).click();
      await staff.getByTestId('case-status').getByText('Päätös tehty').waitFor();
      const decision = staff.getByTestId('decision');
      await checkPage(staff, name('staff-decided'));

      // 4. The letter, in the newcomer's language.
      const href = await decision.getByRole('link', { name: /Avaa päätöskirje/ }).getAttribute('href');
      assert.ok(href);
      const text = await readLetter(staff, href, name('letter'));
      const all = flat(text);
      const head = flat(text.split('\n').slice(0, 20).join('\n'));
      // The address window: the recipient's name on the line above the street (post's style: the city in capitals).
      assert.ok(head.includes(`${newcomerName} Hämeentie 5 B 9 00530 HELSINKI`), `the address\n${head}`);
      const l = walk.letter;
      for (const party of l.parties(
        newcomerName,
        finnishDate(bornOn(walk.newcomer.code)),
        spouseName,
        finnishDate(bornOn(walk.spouse.personalIdentityCode)),
      )) {
        assert.ok(all.includes(party), `party: ${party}\n${text}`);
      }
      assert.ok(!all.includes(walk.spouse.personalIdentityCode), 'no identity code of the spouse');
      assert.ok(!all.includes(walk.roommate.last), 'the roommate is no party');
      assert.ok(all.includes(l.kind), `the kind of assistance\n${text}`);
      assert.ok(all.includes(`${l.sent} ${finnishDate(helsinkiToday())}`), `the sending date\n${text}`);
      assert.equal(occurrences(all, l.rules.electronic), 1, 'the electronic rule, once');
      assert.equal(occurrences(all, l.rules.paper), 0, 'not the paper rule');
      assert.equal(occurrences(all, l.rules.pending), 0, 'not the rule of a letter still to be mailed');
      const provisions = all.slice(all.indexOf(l.act));
      assert.ok(all.includes(l.act), `the provisions\n${text}`);
      assert.match(provisions.slice(0, 120), /7 b §/, 'the housing costs’ provision');
      assert.doesNotMatch(provisions.slice(0, 120), /14 a/, 'no 14 a §');
      if (walk.language === 'sv') assert.ok(!all.includes('TTL'), 'no Finnish abbreviation');

      // 5. The spouse's account: the merged notice in the spouse's language.
      const spousePage = await scene.signedInPage({
        app: 'citizen',
        user: new RegExp(spouseName),
        locale: walk.locale,
      });
      await spousePage.goto(`${scene.baseUrl}/applications/${spouses.id}`);
      await spousePage.waitForFunction((lang) => document.documentElement.lang === lang, walk.language);
      await spousePage.getByTestId('application-status').getByText(walk.merged.status).waitFor();
      const merged = spousePage.getByTestId('merged-notice');
      await merged.getByText(new RegExp(walk.merged.notice)).waitFor();
      assert.ok(!(await merged.textContent())?.includes(newcomersRef), 'nothing of the other application');
      await checkPage(spousePage, name('spouse-merged'));
    });
  }
});
