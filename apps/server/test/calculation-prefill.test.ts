// The calculation input prefilled from application content v1: the demo households (members, roles, dates of birth
// from personal identity codes, incomes per member, housing costs, liquid assets) and the edge cases the content
// allows (no month, a missing date of birth, an income of a member not in the household, incomplete rows).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApplicationContent, MaritalStatus } from '@tuki/domain';
import { makePersonalIdentityCode } from '@tuki/domain';
import { isTranslationKey, languages, translate } from '@tuki/i18n';
import {
  calculate,
  calculationExpenseTypes,
  calculationInputSchema,
  calculationMemberSchema,
  incomeTypes,
  parametersFor,
  shippedParameterSets,
} from '@tuki/rules';
import {
  calculationInputFromApplication,
  type PrefillPerson,
  prefillNoteCodes,
} from '../src/rules/prefill.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { ownDetachedHouse } from './helpers/applications.ts';

const options = { municipalityCode: '091', fallbackMonth: '2026-11' };

function personOf(index: number): PrefillPerson {
  const citizen = demoCitizens[index];
  if (!citizen) throw new Error('demo citizen missing');
  return {
    personalIdentityCode: citizen.personalIdentityCode,
    firstName: citizen.firstName,
    lastName: citizen.lastName,
  };
}

const matti = personOf(0);
const anna = personOf(1);
const jukka = personOf(2);
const sanna = personOf(3);

function applicantOf(person: PrefillPerson, maritalStatus: MaritalStatus) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    personalIdentityCode: person.personalIdentityCode,
    maritalStatus,
  };
}

function computes(input: ReturnType<typeof calculationInputFromApplication>['input']) {
  const parsed = calculationInputSchema.parse(input);
  return calculate(parsed, parametersFor(parsed.month, shippedParameterSets));
}

describe('calculation prefill from application content v1', () => {
  test('a single person renting a flat (Matti): born as the code says, all housing costs, liquid assets only', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      children: [],
      otherMembers: [],
      housing: { type: 'rental', rentCents: 65_000, waterCents: 2_000, heatingCents: 1_500 },
      incomes: [
        { member: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 },
        { member: 'applicant', type: 'housing_allowance', amountCents: 30_000 },
      ],
      assets: [
        { type: 'bank_account', valueCents: 12_000 },
        { type: 'vehicle', valueCents: 150_000 },
      ],
      expenses: [{ type: 'medicine', amountCents: 2_550, description: 'reseptilääkkeet' }],
      month: '2026-11',
    };
    const { input, members, notes } = calculationInputFromApplication(content, matti, options);
    assert.deepEqual(input, {
      month: '2026-11',
      municipalityCode: '091',
      members: [{ id: 'applicant', role: 'applicant', dateOfBirth: '1985-03-14' }],
      housing: { costsCents: 68_500, normGraceEnded: false },
      incomes: [
        { memberId: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 },
        { memberId: 'applicant', type: 'housing_allowance', amountCents: 30_000 },
      ],
      expenses: [{ type: 'medicine', amountCents: 2_550 }],
      assetsCents: 12_000,
    });
    assert.deepEqual(members, [{ id: 'applicant', firstName: 'Matti', lastName: 'Meikäläinen' }]);
    assert.deepEqual(notes, [{ code: 'asset-not-liquid', path: 'assets.1' }]);
    const result = computes(input);
    assert.equal(result.lines[0]?.label, 'basicAmount.single');
  });

  test('a couple with children (Anna and Jukka): spouse from the code, children by date of birth, incomes per member', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(anna, 'married'),
      spouse: {
        firstName: jukka.firstName,
        lastName: jukka.lastName,
        personalIdentityCode: jukka.personalIdentityCode,
        occupation: 'student',
      },
      children: [
        { firstName: 'Eino', lastName: 'Öhman', dateOfBirth: '2014-05-01' },
        { firstName: 'Ella', lastName: 'Öhman', dateOfBirth: '2019-12-24' },
      ],
      otherMembers: [],
      housing: { type: 'owner_occupied', maintenanceChargeCents: 40_000, loanInterestCents: 25_000 },
      incomes: [
        { member: 'applicant', type: 'wage', amountCents: 120_000 },
        { member: 'spouse', type: 'student_aid', amountCents: 27_900 },
        { member: 'child:1', type: 'child_benefit', amountCents: 11_000 },
      ],
      assets: [{ type: 'savings', valueCents: 5_000 }],
      expenses: [{ type: 'day_care', amountCents: 9_500 }],
      month: '2026-03',
    };
    const { input, members, notes } = calculationInputFromApplication(content, anna, options);
    assert.deepEqual(input.members, [
      { id: 'applicant', role: 'applicant', dateOfBirth: '1990-07-02' },
      { id: 'spouse', role: 'spouse', dateOfBirth: '1992-11-23' },
      { id: 'child:0', role: 'child', dateOfBirth: '2014-05-01' },
      { id: 'child:1', role: 'child', dateOfBirth: '2019-12-24' },
    ]);
    assert.equal(input.housing.costsCents, 65_000);
    assert.deepEqual(
      input.incomes.map((income) => income.memberId),
      ['applicant', 'spouse', 'child:1'],
    );
    assert.equal(input.assetsCents, 5_000);
    assert.deepEqual(
      members.map((member) => member.firstName),
      ['Anna', 'Jukka', 'Eino', 'Ella'],
    );
    assert.deepEqual(notes, []);
    const labels = computes(input)
      .lines.filter((line) => line.kind === 'basicAmount')
      .map((line) => line.label);
    // 2026-03: Eino is 11 on the first day (10–17), Ella 6 (under 10).
    assert.deepEqual(labels, [
      'basicAmount.otherAdult',
      'basicAmount.otherAdult',
      'basicAmount.child10To17',
      'basicAmount.childUnder10',
    ]);
  });

  test('a single parent (Sanna): a child who turns 18 before the month is an adult child', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(sanna, 'single'),
      children: [
        { firstName: 'Onni', lastName: 'Mäkelä', dateOfBirth: '2008-11-01' },
        { firstName: 'Aino', lastName: 'Mäkelä', dateOfBirth: '2012-02-10' },
      ],
      housing: { type: 'rental', rentCents: 90_000 },
      incomes: [{ member: 'child:0', type: 'wage', amountCents: 20_000 }],
      month: '2026-11',
    };
    const { input } = calculationInputFromApplication(content, sanna, options);
    assert.deepEqual(
      input.members.map((member) => [member.id, member.role]),
      [
        ['applicant', 'applicant'],
        ['child:0', 'adult_child'],
        ['child:1', 'child'],
      ],
    );
    // The family's basic amounts: the applicant and the minor (the adult child is outside the family under the
    // family rule, TTL 3 §, and has a case of their own).
    const labels = computes(input)
      .lines.filter(
        (line) =>
          line.kind === 'basicAmount' && (line.memberId === 'applicant' || line.memberId === 'child:1'),
      )
      .map((line) => line.label);
    assert.deepEqual(labels, ['basicAmount.singleParent', 'basicAmount.child10To17']);
  });

  test('a young adult living with parents (Aleksi): other members by age and relation', () => {
    const aleksi = personOf(4);
    const content: ApplicationContent = {
      applicant: applicantOf(aleksi, 'single'),
      otherMembers: [
        { firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15', relation: 'isä' },
        { firstName: 'Lotta', lastName: 'Virtanen', dateOfBirth: '2009-04-04', relation: 'sisko' },
        { firstName: 'Ville', lastName: 'Virtanen', dateOfBirth: '2004-06-30', relation: 'aikuinen lapsi' },
      ],
      housing: { type: 'rental', rentCents: 30_000 },
      month: '2026-11',
    };
    const { input } = calculationInputFromApplication(content, aleksi, options);
    assert.deepEqual(
      input.members.map((member) => [member.id, member.role, member.dateOfBirth]),
      [
        ['applicant', 'applicant', '2006-05-18'],
        ['member:0', 'other_adult', '1970-01-15'],
        ['member:1', 'child', '2009-04-04'],
        ['member:2', 'adult_child', '2004-06-30'],
      ],
    );
  });

  test('a spouse named in the content is not a member unless the marital status is a couple’s', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(anna, 'divorced'),
      spouse: { firstName: 'X', lastName: 'Y', personalIdentityCode: jukka.personalIdentityCode },
      incomes: [{ member: 'spouse', type: 'wage', amountCents: 10_000 }],
      month: '2026-11',
    };
    const { input, notes } = calculationInputFromApplication(content, anna, options);
    assert.deepEqual(
      input.members.map((member) => member.id),
      ['applicant'],
    );
    // The income still counts for the household, as the applicant's.
    assert.deepEqual(input.incomes, [{ memberId: 'applicant', type: 'wage', amountCents: 10_000 }]);
    assert.deepEqual(notes, [{ code: 'income-member-unknown', path: 'incomes.0.member' }]);
  });

  test('edge cases: no month, a missing date of birth, incomplete rows, empty content', () => {
    const code = makePersonalIdentityCode('1999-12-31', 950);
    const person = { personalIdentityCode: code, firstName: 'Testi', lastName: 'Henkilö' };
    const content: ApplicationContent = {
      children: [{ firstName: 'Nimetön' }],
      incomes: [{ member: 'applicant', type: 'pension' }, { amountCents: 100 }],
      expenses: [{ type: 'other' }],
      assets: [{ valueCents: 5 }],
    };
    const { input, members, notes } = calculationInputFromApplication(content, person, options);
    assert.equal(input.month, '2026-11');
    assert.deepEqual(input.members, [
      { id: 'applicant', role: 'applicant', dateOfBirth: '1999-12-31' },
      { id: 'child:0', role: 'child', dateOfBirth: '2026-11-01' },
    ]);
    assert.deepEqual(members[0], { id: 'applicant', firstName: 'Testi', lastName: 'Henkilö' });
    assert.deepEqual(input.incomes, []);
    assert.deepEqual(input.expenses, []);
    assert.equal(input.assetsCents, 0);
    assert.equal(input.housing.costsCents, 0);
    assert.deepEqual(
      notes.map((note) => note.code),
      [
        'month-missing',
        'date-of-birth-missing',
        'income-incomplete',
        'income-incomplete',
        'expense-incomplete',
        'asset-incomplete',
      ],
    );
    // The input is valid as it is, so the case view can show a result and the notes side by side.
    assert.ok(calculationInputSchema.safeParse(input).success);
    const empty = calculationInputFromApplication({}, person, options);
    assert.equal(empty.input.members.length, 1);
    assert.ok(calculationInputSchema.safeParse(empty.input).success);
  });

  test('the applicant’s date of birth comes from the person record before the content', () => {
    const content: ApplicationContent = {
      applicant: { personalIdentityCode: jukka.personalIdentityCode },
      month: '2026-11',
    };
    const fromRecord = calculationInputFromApplication(content, matti, options);
    assert.equal(fromRecord.input.members[0]?.dateOfBirth, '1985-03-14');
    const badRecord = calculationInputFromApplication(
      content,
      { ...matti, personalIdentityCode: 'not a code' },
      options,
    );
    assert.equal(badRecord.input.members[0]?.dateOfBirth, '1992-11-23');
  });
});

describe('calculation prefill from application content v2', () => {
  const aleksi = personOf(4);
  const engineKnowsLivesWithParents = 'livesWithParents' in calculationMemberSchema.shape;

  test('electricity, home insurance and the sauna fee are expenses outside the norm, not housing costs', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      housing: {
        type: 'rental',
        detachedHouse: false,
        rentCents: 65_000,
        waterCents: 2_000,
        electricityCents: 4_550,
        homeInsuranceCents: 1_250,
        saunaCents: 1_200,
      },
      expenses: [{ type: 'medicine', amountCents: 2_550 }],
      month: '2026-11',
    };
    const { input, notes } = calculationInputFromApplication(content, matti, options);
    assert.equal(input.housing.costsCents, 67_000);
    assert.deepEqual(input.expenses, [
      { type: 'electricity', amountCents: 4_550 },
      { type: 'home_insurance', amountCents: 1_250 },
      { type: 'sauna', amountCents: 1_200 },
      { type: 'medicine', amountCents: 2_550 },
    ]);
    assert.deepEqual(notes, []);
    const expenseLines = computes(input)
      .lines.filter((line) => line.kind === 'expense')
      .map((line) => [line.label, line.amountCents]);
    assert.deepEqual(expenseLines, [
      ['expense.electricity', 4_550],
      ['expense.home_insurance', 1_250],
      ['expense.sauna', 1_200],
      ['expense.medicine', 2_550],
    ]);
  });

  test('zero or missing housing-related costs make no expense', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      housing: { type: 'rental', rentCents: 50_000, electricityCents: 0 },
      month: '2026-11',
    };
    assert.deepEqual(calculationInputFromApplication(content, matti, options).input.expenses, []);
  });

  test('a detached house: its running costs are housing costs; no maintenance charge', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      housing: { ...ownDetachedHouse, loanInterestCents: 20_000 },
      month: '2026-11',
    };
    const { input } = calculationInputFromApplication(content, matti, options);
    assert.equal(input.housing.costsCents, 3_000 + 12_000 + 20_000 + 2_500 + 800 + 4_000 + 3_500 + 6_000);
    assert.deepEqual(input.expenses, [{ type: 'electricity', amountCents: 7_000 }]);
    const housingLine = computes(input).lines.find((line) => line.kind === 'housing');
    assert.ok(housingLine, 'a housing line');
  });

  test('running costs of a home that is not a detached house are not counted', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      housing: {
        type: 'owner_occupied',
        detachedHouse: false,
        maintenanceChargeCents: 30_000,
        wasteCents: 2_500,
      },
      month: '2026-11',
    };
    assert.equal(calculationInputFromApplication(content, matti, options).input.housing.costsCents, 30_000);
  });

  test('version 1 content: home insurance becomes the expense home_insurance', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(matti, 'single'),
      otherMembers: [],
      housing: { type: 'rental', rentCents: 65_000, waterCents: 2_000, homeInsuranceCents: 1_500 },
      month: '2026-11',
    };
    const { input } = calculationInputFromApplication(content, matti, options);
    assert.equal(input.housing.costsCents, 67_000);
    assert.deepEqual(input.expenses, [{ type: 'home_insurance', amountCents: 1_500 }]);
  });

  test('an adult applicant living with a parent: the parent is another adult, the applicant lives with parents', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(aleksi, 'single'),
      otherMembers: [
        {
          firstName: 'Pekka',
          lastName: 'Virtanen',
          dateOfBirth: '1970-01-15',
          relationship: 'parent',
        },
      ],
      housing: { type: 'rental', detachedHouse: false, rentCents: 70_000 },
      incomes: [{ member: 'member:0', type: 'pension', amountCents: 90_000 }],
      month: '2026-04',
    };
    const { input, notes, livesWithParents } = calculationInputFromApplication(content, aleksi, options);
    assert.equal(livesWithParents, true);
    assert.deepEqual(
      input.members.map((member) => [member.id, member.role]),
      [
        ['applicant', 'applicant'],
        ['member:0', 'other_adult'],
      ],
    );
    // The flag is in the input as soon as the engine's member schema has it.
    const applicant = input.members[0] as Record<string, unknown>;
    assert.equal(applicant.livesWithParents, engineKnowsLivesWithParents ? true : undefined);
    assert.deepEqual(notes, []);
    assert.ok(calculationInputSchema.safeParse(input).success);
    if (engineKnowsLivesWithParents) {
      const applicantLine = computes(input).lines.find(
        (line) => line.kind === 'basicAmount' && line.memberId === 'applicant',
      );
      assert.equal(applicantLine?.label, 'basicAmount.adultLivingWithParents');
    }
  });

  test('a spouse in the family: living with a parent sets no flag', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(anna, 'married'),
      spouse: { firstName: 'Jukka', lastName: 'Öhman', personalIdentityCode: jukka.personalIdentityCode },
      otherMembers: [
        { firstName: 'Ritva', lastName: 'Öhman', dateOfBirth: '1960-02-02', relationship: 'parent' },
      ],
      month: '2026-11',
    };
    const { input, livesWithParents } = calculationInputFromApplication(content, anna, options);
    assert.equal(livesWithParents, false);
    assert.equal((input.members[0] as Record<string, unknown>).livesWithParents, undefined);
  });

  test('relationships: a child by age, everyone else another adult; a minor who is not a child is noted', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(sanna, 'single'),
      otherMembers: [
        { firstName: 'A', lastName: 'M', dateOfBirth: '2004-06-30', relationship: 'child' },
        { firstName: 'B', lastName: 'M', dateOfBirth: '2012-06-30', relationship: 'child' },
        { firstName: 'C', lastName: 'M', dateOfBirth: '1990-01-01', relationship: 'other' },
        { firstName: 'D', lastName: 'M', dateOfBirth: '1950-01-01', relationship: 'grandparent' },
        { firstName: 'E', lastName: 'M', dateOfBirth: '1995-01-01', relationship: 'sibling' },
        { firstName: 'F', lastName: 'M', dateOfBirth: '1980-01-01', relationship: 'other_relative' },
        { firstName: 'G', lastName: 'M', dateOfBirth: '2011-03-03', relationship: 'sibling' },
      ],
      month: '2026-11',
    };
    const { input, notes, livesWithParents } = calculationInputFromApplication(content, sanna, options);
    assert.deepEqual(
      input.members.map((member) => member.role),
      [
        'applicant',
        'adult_child',
        'child',
        'other_adult',
        'other_adult',
        'other_adult',
        'other_adult',
        'child',
      ],
    );
    assert.equal(livesWithParents, false);
    assert.deepEqual(notes, [{ code: 'member-minor-not-child', path: 'otherMembers.6.relationship' }]);
  });

  test('version 1 free-text relations: a parent and a child are read from the words, noted; no relation is noted', () => {
    const content: ApplicationContent = {
      applicant: applicantOf(aleksi, 'single'),
      otherMembers: [
        { firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15', relation: 'isä' },
        { firstName: 'Ville', lastName: 'Virtanen', dateOfBirth: '2004-06-30', relation: 'kämppis' },
        { firstName: 'Ulla', lastName: 'Virtanen', dateOfBirth: '1972-01-15' },
      ],
      month: '2026-11',
    };
    const { input, notes, livesWithParents } = calculationInputFromApplication(content, aleksi, options);
    assert.deepEqual(
      input.members.map((member) => member.role),
      ['applicant', 'other_adult', 'other_adult', 'other_adult'],
    );
    assert.equal(livesWithParents, true);
    assert.deepEqual(notes, [
      { code: 'member-relation-from-text', path: 'otherMembers.0.relation' },
      { code: 'member-relation-from-text', path: 'otherMembers.1.relation' },
      { code: 'member-relationship-missing', path: 'otherMembers.2.relationship' },
    ]);
    const swedish = calculationInputFromApplication(
      { ...content, otherMembers: [{ firstName: 'X', dateOfBirth: '2000-01-01', relation: 'vuxet barn' }] },
      aleksi,
      options,
    );
    assert.equal(swedish.input.members[1]?.role, 'adult_child');
    assert.equal(swedish.livesWithParents, false);
  });

  test('every note code has a text in fi, sv and en', () => {
    for (const code of prefillNoteCodes) {
      const key = `calculator.editor.notes.${code}`;
      assert.ok(isTranslationKey(key), key);
    }
  });
});

describe('the texts of the result lines', () => {
  test('every label the engine can produce has a text in fi, sv and en', () => {
    const labels = [
      ...[
        'single',
        'singleParent',
        'otherAdult',
        'adultLivingWithParents',
        'child10To17',
        'childUnder10',
      ].map((category) => `basicAmount.${category}`),
      'reduction.basicAmount',
      'housing.costs',
      'housing.cappedByNorm',
      'housing.aboveNormInGrace',
      ...calculationExpenseTypes.map((type) => `expense.${type}`),
      ...incomeTypes.map((type) => `income.${type}`),
      'earnedIncomeDeduction',
      'assets',
    ];
    for (const label of labels) {
      const key = `calculation.lines.${label}`;
      assert.ok(isTranslationKey(key), key);
      for (const language of languages) {
        const text = (translate as (l: string, k: string) => string)(language, key);
        assert.notEqual(text, key, `${language}: ${key}`);
      }
    }
  });
});
