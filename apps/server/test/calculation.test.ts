// The calculation API: getCalculationDraft (prefilled from a sent application, audited), calculateAssistance (roles,
// validation in the user's language, a month without parameters, Kela's 2017 example) and the public
// estimateAssistance (no sign-in, no CSRF, the rate limit with 429 and Retry-After).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ESTIMATE_RATE_LIMIT } from '../src/rules/rules.routes.ts';
import { type Caller, call, useCaller } from './helpers/applications.ts';
import { sendApplication, useStaffCallers } from './helpers/cases.ts';
import { matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const kela2017 = {
  month: '2017-06',
  municipalityCode: '091',
  members: [{ id: 'a', role: 'applicant', dateOfBirth: '1985-09-12' }],
  housing: { costsCents: 67_500 },
  incomes: [
    { memberId: 'a', type: 'labour_market_subsidy', amountCents: 51_840 },
    { memberId: 'a', type: 'housing_allowance', amountCents: 40_640 },
  ],
  expenses: [],
  assetsCents: 0,
};

for (const backend of databaseBackends) {
  describe(`calculation API (${backend})`, () => {
    const t = useTestApp(backend);
    const { handler, socialWorker, supervisor, admin, auditor } = useStaffCallers(t);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    let applicationId: string;

    before(async () => {
      applicationId = await sendApplication(t, citizen, '2026-11', {
        housing: { type: 'rental', detachedHouse: false, rentCents: 65_000, waterCents: 2_000 },
        incomes: [{ member: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
        assets: [{ type: 'bank_account', valueCents: 12_000 }],
      });
    });

    const calculateAs = (
      caller: Caller | undefined,
      payload: unknown,
      headers: Record<string, string> = {},
    ) => call(t, caller, 'POST', '/api/v1/calculations', { payload, headers });

    test('Kela’s 2017 example through the API: 238.09 €', async () => {
      const response = await calculateAs(handler, kela2017);
      assert.equal(response.statusCode, 200, response.body);
      const result = response.json();
      assert.equal(result.amountCents, 23_809);
      assert.equal(result.totalExpensesCents, 116_289);
      assert.equal(result.totalIncomeCents, 92_480);
      assert.equal(result.month, '2017-06');
      assert.ok(result.lines.every((line: { legalReference: string }) => line.legalReference.length > 0));
      assert.equal(response.headers['cache-control'], 'no-store');
    });

    test('the handling roles may calculate; admin, auditor and citizens may not; nobody signed in is 401', async () => {
      for (const caller of [handler, socialWorker, supervisor]) {
        assert.equal((await calculateAs(caller, kela2017)).statusCode, 200);
      }
      for (const caller of [admin, auditor, citizen]) {
        assert.equal((await calculateAs(caller, kela2017)).statusCode, 403);
      }
      assert.equal((await calculateAs(undefined, kela2017)).statusCode, 401);
      // A cookie-authenticated calculation needs the CSRF header like any other POST.
      const noCsrf = await t.app.inject({
        method: 'POST',
        url: '/api/v1/calculations',
        headers: { cookie: handler.cookie },
        payload: kela2017,
      });
      assert.equal(noCsrf.statusCode, 403);
    });

    test('invalid input is 400 with each field, a code and a message in the user’s language', async () => {
      const bad = {
        ...kela2017,
        members: [
          { id: 'a', role: 'applicant', dateOfBirth: '2017-07-02' },
          { id: 'a', role: 'child', dateOfBirth: 'yesterday' },
        ],
        incomes: [{ memberId: 'x', type: 'wage', amountCents: -1 }],
        housing: {},
      };
      const fi = await calculateAs(handler, bad, { 'accept-language': 'fi' });
      assert.equal(fi.statusCode, 400, fi.body);
      assert.match(String(fi.headers['content-type']), /application\/problem\+json/);
      const body = fi.json();
      const byPath = new Map(body.errors.map((e: { path: string }) => [e.path, e]));
      assert.deepEqual(byPath.get('housing.costsCents'), {
        path: 'housing.costsCents',
        code: 'required',
        message: 'Tämä tieto puuttuu.',
      });
      assert.equal((byPath.get('members.1.dateOfBirth') as { code: string }).code, 'invalid-date');
      assert.equal((byPath.get('incomes.0.amountCents') as { code: string }).code, 'too-small');

      const sv = await calculateAs(
        handler,
        { ...kela2017, incomes: [{ memberId: 'x', type: 'wage', amountCents: 1 }] },
        {
          'accept-language': 'sv-FI,sv;q=0.9',
        },
      );
      assert.equal(sv.statusCode, 400);
      assert.deepEqual(sv.json().errors, [
        {
          path: 'incomes.0.memberId',
          code: 'unknown-member',
          message: 'Inkomsten hör till en person som inte hör till hushållet.',
        },
      ]);
      const en = await calculateAs(
        handler,
        { ...kela2017, members: [{ id: 'a', role: 'applicant', dateOfBirth: '2017-07-02' }] },
        { 'accept-language': 'en' },
      );
      assert.deepEqual(en.json().errors, [
        {
          path: 'members.0.dateOfBirth',
          code: 'born-after-month',
          message: 'The person was born after the month of the calculation.',
        },
      ]);
      // A reduction not yet in force in the month (50 % from 2026-02) is refused by the engine, also as 400.
      const reduction = await calculateAs(handler, {
        ...kela2017,
        members: [{ id: 'a', role: 'applicant', dateOfBirth: '1985-09-12', reductionPercent: 50 }],
      });
      assert.equal(reduction.statusCode, 400);
      assert.equal(reduction.json().errors[0].code, 'reduction-not-in-force');
      assert.equal(reduction.json().errors[0].path, 'members.0.reductionPercent');
    });

    test('a month without parameters is 422 with a clear message at the month', async () => {
      const response = await calculateAs(
        handler,
        { ...kela2017, month: '2027-06' },
        { 'accept-language': 'en' },
      );
      assert.equal(response.statusCode, 422, response.body);
      const body = response.json();
      assert.match(body.type, /no-parameters-for-month$/);
      assert.match(body.detail, /There is no basis of calculation for 2027-06/);
      assert.equal(body.errors[0].path, 'month');
    });

    test('months before 2012-01 or after next year and birth dates before 1900 or in the future are 400', async () => {
      const members = kela2017.members;
      for (const [input, path, code] of [
        [{ ...kela2017, month: '2011-12' }, 'month', 'month-out-of-range'],
        [{ ...kela2017, month: '0000-01' }, 'month', 'month-out-of-range'],
        [{ ...kela2017, month: '9999-12' }, 'month', 'month-out-of-range'],
        [
          { ...kela2017, members: [{ ...members[0], dateOfBirth: '0000-01-01' }, ...members.slice(1)] },
          'members.0.dateOfBirth',
          'birth-date-out-of-range',
        ],
        [
          { ...kela2017, members: [{ ...members[0], dateOfBirth: '1899-12-31' }, ...members.slice(1)] },
          'members.0.dateOfBirth',
          'birth-date-out-of-range',
        ],
        [
          { ...kela2017, members: [{ ...members[0], dateOfBirth: '9999-12-31' }, ...members.slice(1)] },
          'members.0.dateOfBirth',
          'birth-date-out-of-range',
        ],
      ] as const) {
        const response = await calculateAs(handler, input, { 'accept-language': 'en' });
        assert.equal(response.statusCode, 400, response.body);
        const errors = response.json().errors as { path: string; code: string; message: string }[];
        assert.ok(
          errors.some(
            (error) => error.path === path && error.code === code && /1900|2012/.test(error.message),
          ),
          response.body,
        );
      }
    });

    test('a municipality not in the norm table is 422 naming the code, grace or not; Kauniainen is calculated', async () => {
      for (const [normGraceEnded, language, text] of [
        [true, 'fi', /Kuntanumeroa 999 ei ole/],
        [false, 'sv', /Kommunnumret 999 finns inte/],
        [undefined, 'en', /Municipality code 999 is not in the table/],
      ] as const) {
        const response = await calculateAs(
          handler,
          {
            ...kela2017,
            month: '2026-11',
            municipalityCode: '999',
            housing: { costsCents: 200_000, ...(normGraceEnded === undefined ? {} : { normGraceEnded }) },
          },
          { 'accept-language': language },
        );
        assert.equal(response.statusCode, 422, response.body);
        const body = response.json();
        assert.match(body.type, /unknown-municipality$/);
        assert.match(body.detail, text);
        assert.deepEqual(
          body.errors.map((error: { path: string; code: string }) => [error.path, error.code]),
          [['municipalityCode', 'unknown-municipality']],
        );
      }
      const kauniainen = await calculateAs(handler, {
        ...kela2017,
        month: '2026-11',
        municipalityCode: '235',
        incomes: [],
        housing: { costsCents: 200_000, normGraceEnded: true },
      });
      assert.equal(kauniainen.statusCode, 200, kauniainen.body);
      const housing = kauniainen.json().lines.find((line: { kind: string }) => line.kind === 'housing');
      assert.equal(housing.amountCents, 71_500 + 2_640);
      assert.equal(housing.legalReference, 'TTL 7 b §');
    });

    test('a grace period ended before the norms existed is 422 at the flag', async () => {
      const response = await calculateAs(handler, {
        ...kela2017,
        housing: { costsCents: 200_000, normGraceEnded: true },
      });
      assert.equal(response.statusCode, 422, response.body);
      assert.match(response.json().type, /missing-housing-norm$/);
      assert.equal(response.json().errors[0].path, 'housing.normGraceEnded');
    });

    test("the family rule: a roommate's income is not counted, the result names the family and the division", async () => {
      const response = await calculateAs(handler, {
        month: '2026-04',
        municipalityCode: '091',
        members: [
          { id: 'a', role: 'applicant', dateOfBirth: '1990-06-15' },
          { id: 'r', role: 'other_adult', dateOfBirth: '1991-02-02' },
        ],
        housing: { costsCents: 90_000 },
        incomes: [{ memberId: 'r', type: 'wage', amountCents: 250_000 }],
        expenses: [{ type: 'electricity', amountCents: 4_000 }],
        assetsCents: 0,
      });
      assert.equal(response.statusCode, 200, response.body);
      const result = response.json();
      assert.equal(result.amountCents, 57_843 + 45_000 + 4_000);
      assert.deepEqual(result.family, {
        memberIds: ['a'],
        residents: 2,
        otherResidentIds: ['r'],
        housingDivision: { totalCostsCents: 90_000, familyShareCents: 45_000, method: 'perHead' },
        uncountedIncomes: [{ memberId: 'r', type: 'wage', amountCents: 250_000 }],
      });
      const refused = await calculateAs(
        handler,
        {
          month: '2026-04',
          municipalityCode: '091',
          members: [
            { id: 'a', role: 'applicant', dateOfBirth: '1990-06-15' },
            { id: 'r', role: 'other_adult', dateOfBirth: '1991-02-02', reductionPercent: 20 },
          ],
          housing: { costsCents: 90_000, familyShareCents: 95_000 },
          incomes: [],
          expenses: [],
          assetsCents: 0,
        },
        { 'accept-language': 'fi' },
      );
      assert.equal(refused.statusCode, 400, refused.body);
      const errors = refused.json().errors as { path: string; code: string; message: string }[];
      const share = errors.find((error) => error.path === 'housing.familyShareCents');
      assert.equal(share?.code, 'family-share-above-costs');
      assert.match(share?.message ?? '', /Perheen osuus asumismenoista/);
    });

    test('the draft of a sent application: prefilled, calculated, audited; roles; unknown is 404', async () => {
      const response = await call(
        t,
        handler,
        'GET',
        `/api/v1/applications/${applicationId}/calculation-draft`,
      );
      assert.equal(response.statusCode, 200, response.body);
      const draft = response.json();
      assert.equal(draft.applicationId, applicationId);
      assert.deepEqual(draft.input, {
        month: '2026-11',
        municipalityCode: '091',
        members: [{ id: 'applicant', role: 'applicant', dateOfBirth: '1985-03-14' }],
        housing: { costsCents: 67_000, normGraceEnded: false },
        incomes: [{ memberId: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
        expenses: [],
        assetsCents: 12_000,
      });
      assert.deepEqual(draft.members, [{ id: 'applicant', firstName: 'Matti', lastName: 'Meikäläinen' }]);
      assert.equal(draft.problem, null);
      assert.equal(draft.result.month, '2026-11');
      // 578.43 (2026-03 single) + 670.00 housing − 700.00 − 120.00 assets = 428.43
      assert.equal(draft.result.amountCents, 57_843 + 67_000 - 70_000 - 12_000);

      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_id', 'object_id'])
        .where('action', '=', 'application.calculation_draft.read')
        .execute();
      assert.ok(audit.some((row) => row.actor_id === handler.id && row.object_id === applicationId));

      for (const caller of [admin, auditor, citizen]) {
        const denied = await call(
          t,
          caller,
          'GET',
          `/api/v1/applications/${applicationId}/calculation-draft`,
        );
        assert.equal(denied.statusCode, 403);
      }
      const unknown = await call(
        t,
        handler,
        'GET',
        '/api/v1/applications/00000000-0000-4000-8000-000000000000/calculation-draft',
      );
      assert.equal(unknown.statusCode, 404);
    });

    test('the draft carries the problem when the month has no parameters', async () => {
      const row = await t.database.db
        .selectFrom('application')
        .select('content')
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow();
      const content = { ...(row.content as Record<string, unknown>), month: '2027-06' };
      await t.database.db
        .updateTable('application')
        .set({ content: JSON.stringify(content) })
        .where('id', '=', applicationId)
        .execute();
      try {
        const draft = (
          await call(t, handler, 'GET', `/api/v1/applications/${applicationId}/calculation-draft`, {
            headers: { 'accept-language': 'en' },
          })
        ).json();
        assert.equal(draft.result, null);
        assert.equal(draft.problem.status, 422);
        assert.equal(draft.problem.type, 'no-parameters-for-month');
        assert.equal(draft.problem.errors[0].path, 'month');
      } finally {
        await t.database.db
          .updateTable('application')
          .set({ content: JSON.stringify(row.content) })
          .where('id', '=', applicationId)
          .execute();
      }
    });

    /** POST /api/v1/estimates as sent from `remoteAddress` (the rate limit counts per address). */
    const postEstimate = (payload: object, remoteAddress: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/v1/estimates', headers, payload, remoteAddress });

    test('the public estimate: no sign-in, no CSRF token, the same engine, the current month by default', async () => {
      const body = {
        adults: 2,
        childrenAges: [12, 4],
        housingCostsCents: 95_000,
        incomes: [
          { member: 'adult-1', type: 'wage', amountCents: 150_000 },
          { member: 'adult-2', type: 'labour_market_subsidy', amountCents: 60_000 },
        ],
        expenses: [{ type: 'medicine', amountCents: 3_000 }],
      };
      const anonymous = await postEstimate(body, '203.0.113.1');
      assert.equal(anonymous.statusCode, 200, anonymous.body);
      const estimate = anonymous.json();
      assert.equal(estimate.result.month, '2026-11');
      assert.deepEqual(
        estimate.input.members.map((m: { id: string; role: string }) => [m.id, m.role]),
        [
          ['adult-1', 'applicant'],
          ['adult-2', 'spouse'],
          ['child-1', 'child'],
          ['child-2', 'child'],
        ],
      );
      assert.deepEqual(
        estimate.result.lines
          .filter((line: { kind: string }) => line.kind === 'basicAmount')
          .map((line: { label: string }) => line.label),
        [
          'basicAmount.otherAdult',
          'basicAmount.otherAdult',
          'basicAmount.child10To17',
          'basicAmount.childUnder10',
        ],
      );
      // The same numbers through calculateAssistance.
      const same = await calculateAs(handler, estimate.input);
      assert.deepEqual(same.json(), estimate.result);
      // Signed in (a citizen with a cookie), still no CSRF token needed.
      const signedIn = await postEstimate(
        { adults: 1, housingCostsCents: 67_500, month: '2017-06' },
        '203.0.113.2',
        { cookie: citizen.cookie },
      );
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      assert.equal(signedIn.json().result.amountCents, 48_789 + 67_500);
      // The family rule: an adult living with a parent (the doc's check, 2026-04): 422.25 + 700.00 ÷ 2 = 772.25.
      const adultChild = await postEstimate(
        {
          adults: 1,
          otherAdults: 1,
          livesWithParents: true,
          housingCostsCents: 70_000,
          month: '2026-04',
        },
        '203.0.113.2',
      );
      assert.equal(adultChild.statusCode, 200, adultChild.body);
      assert.equal(adultChild.json().result.amountCents, 77_225);
      assert.deepEqual(adultChild.json().result.family.housingDivision, {
        totalCostsCents: 70_000,
        familyShareCents: 35_000,
        method: 'perHead',
      });
      // A couple with a roommate: the roommate divides the rent and nothing else; electricity is accepted.
      const roommate = await postEstimate(
        {
          adults: 2,
          otherAdults: 1,
          housingCostsCents: 90_000,
          expenses: [{ type: 'electricity', amountCents: 5_000 }],
          month: '2026-04',
        },
        '203.0.113.2',
      );
      assert.equal(roommate.statusCode, 200, roommate.body);
      assert.equal(roommate.json().result.amountCents, 2 * 49_745 + 60_000 + 5_000);
      // Invalid: a second adult's income in a one-adult household; no parameters.
      const invalid = await postEstimate(
        {
          adults: 1,
          housingCostsCents: 0,
          incomes: [{ member: 'adult-2', type: 'wage', amountCents: 1 }],
        },
        '203.0.113.2',
        { 'accept-language': 'fi' },
      );
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().errors[0].path, 'incomes.0.member');
      const old = await postEstimate({ adults: 1, housingCostsCents: 0, month: '2027-06' }, '203.0.113.2');
      assert.equal(old.statusCode, 422);
      const tooOld = await postEstimate({ adults: 1, housingCostsCents: 0, month: '2010-01' }, '203.0.113.2');
      assert.equal(tooOld.statusCode, 400);
      assert.equal(tooOld.json().errors[0].code, 'month-out-of-range');
    });

    test(`the estimate is rate limited: ${ESTIMATE_RATE_LIMIT.max} a minute per address, then 429 with Retry-After`, async () => {
      const estimate = (address: string) =>
        postEstimate({ adults: 1, housingCostsCents: 50_000 }, address, { 'accept-language': 'sv' });
      for (let index = 0; index < ESTIMATE_RATE_LIMIT.max; index += 1) {
        assert.equal((await estimate('198.51.100.7')).statusCode, 200);
      }
      const limited = await estimate('198.51.100.7');
      assert.equal(limited.statusCode, 429);
      assert.match(String(limited.headers['content-type']), /application\/problem\+json/);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.match(limited.json().detail, /För många uppskattningar/);
      // Another address is not affected.
      assert.equal((await estimate('198.51.100.8')).statusCode, 200);
    });
  });
}
