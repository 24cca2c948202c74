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
  calculationInputSchema,
  expenseTypes,
  incomeTypes,
  parametersFor,
  shippedParameterSets,
} from '@tuki/rules';
import { calculationInputFromApplication, type PrefillPerson } from '../src/rules/prefill.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';

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
    const labels = computes(input)
      .lines.filter((line) => line.kind === 'basicAmount')
      .map((line) => line.label);
    assert.deepEqual(labels, [
      'basicAmount.singleParent',
      'basicAmount.adultLivingWithParents',
      'basicAmount.child10To17',
    ]);
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
      ...expenseTypes.map((type) => `expense.${type}`),
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
