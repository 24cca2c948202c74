import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ApplicationContent,
  assetTypes,
  expenseTypes,
  housingTypes,
  incomeTypes,
  maritalStatuses,
  memberRelationships,
} from '@tuki/domain';
import { createTranslator, languages, translate } from '@tuki/i18n';
import {
  type ContentSection,
  contentSectionIds,
  describeApplicationContent,
} from '../src/application/describe-content.ts';

const full: ApplicationContent = {
  applicant: {
    firstName: 'Matti',
    lastName: 'Meikäläinen',
    personalIdentityCode: '010180-9026',
    address: { street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki' },
    phone: '040 123 4567',
    email: 'matti@example.com',
    maritalStatus: 'married',
    occupation: 'Opiskelija',
  },
  spouse: {
    firstName: 'Maija',
    lastName: 'Meikäläinen',
    personalIdentityCode: '020280-9028',
    occupation: 'Työtön',
  },
  children: [{ firstName: 'Pekka', lastName: 'Meikäläinen', dateOfBirth: '2015-01-31' }],
  otherMembers: [
    { firstName: 'Aino', lastName: 'Virtanen', dateOfBirth: '1950-05-01', relationship: 'parent' },
  ],
  housing: {
    type: 'owner_occupied',
    detachedHouse: true,
    waterCents: 3000,
    wasteCents: 1990,
    saunaCents: 1000,
  },
  incomes: [
    { member: 'applicant', type: 'wage', amountCents: 120000 },
    { member: 'spouse', type: 'unemployment_benefit', amountCents: 80000 },
    { member: 'child:0', type: 'child_benefit', amountCents: 9495 },
    { member: 'member:0', type: 'pension', amountCents: 150000 },
  ],
  assets: [{ type: 'bank_account', valueCents: 5000, description: 'Käyttötili' }],
  expenses: [{ type: 'other', amountCents: 2500 }],
  month: '2026-03',
  iban: 'FI21 1234 5600 0007 85',
  urgent: true,
  urgentReason: 'Ruoka loppui',
  additionalInformation: 'Ei muuta',
};

const fi = createTranslator('fi');
const missing = translate('fi', 'application.check.notAnswered');
const none = translate('fi', 'application.check.none');
const section = (sections: ContentSection[], id: string) => {
  const found = sections.find((candidate) => candidate.id === id);
  assert.ok(found, `section ${id}`);
  return found;
};
const rows = (sections: ContentSection[], id: string) =>
  section(sections, id).groups.flatMap((group) => group.rows.map((row) => [row.label, row.value]));

describe('describeApplicationContent', () => {
  it('describes every section and every answer of a full content, in the order of the form', () => {
    const sections = describeApplicationContent(full, fi, 'fi', {
      reader: 'applicant',
      attachments: [{ category: 'bank_statement', text: 'tiliote.pdf (PDF, 12 kt)' }],
    });
    assert.deepEqual(
      sections.map((candidate) => candidate.id),
      contentSectionIds,
    );
    assert.equal(section(sections, 'expenses').title, 'Menot, joihin haet tukea');
    assert.deepEqual(rows(sections, 'applicant'), [
      ['Nimi', 'Matti Meikäläinen'],
      [translate('fi', 'application.fields.applicant.personalIdentityCode'), '010180-9026'],
      [translate('fi', 'application.fields.applicant.address.street'), 'Mannerheimintie 1'],
      [translate('fi', 'application.fields.applicant.address.postalCode'), '00100'],
      [translate('fi', 'application.fields.applicant.address.city'), 'Helsinki'],
      [translate('fi', 'application.fields.applicant.phone'), '040 123 4567'],
      [translate('fi', 'application.fields.applicant.email'), 'matti@example.com'],
      [translate('fi', 'application.fields.applicant.maritalStatus'), 'Naimisissa'],
      [translate('fi', 'application.fields.applicant.occupation'), 'Opiskelija'],
    ]);
    const household = section(sections, 'household').groups;
    assert.deepEqual(
      household.map((group) => group.heading),
      [
        'Puoliso',
        translate('fi', 'application.household.childHeading', { number: 1 }),
        translate('fi', 'application.household.memberHeading', { number: 1 }),
      ],
    );
    assert.deepEqual(
      household[1]?.rows.map((row) => [row.path, row.value]),
      [
        ['children.0.firstName', 'Pekka'],
        ['children.0.lastName', 'Meikäläinen'],
        ['children.0.dateOfBirth', '31.1.2015'],
      ],
    );
    // A detached house: no maintenance charge, its own running costs; a cost left empty is one not had.
    const housing = rows(sections, 'housing');
    const housingPaths = section(sections, 'housing').groups[0]?.rows.map((row) => row.path);
    assert.ok(!housingPaths?.includes('housing.maintenanceChargeCents'));
    assert.ok(housingPaths?.includes('housing.wasteCents'));
    assert.deepEqual(housing[0], [
      translate('fi', 'application.fields.housing.type'),
      translate('fi', 'application.options.housingType.owner_occupied'),
    ]);
    assert.deepEqual(housing[1], [
      translate('fi', 'application.fields.housing.detachedHouse'),
      translate('fi', 'application.housing.detachedYes'),
    ]);
    const water = section(sections, 'housing').groups[0]?.rows.find(
      (row) => row.path === 'housing.waterCents',
    );
    assert.match(String(water?.value), /^30,00\s€$/);
    const heating = section(sections, 'housing').groups[0]?.rows.find(
      (row) => row.path === 'housing.heatingCents',
    );
    assert.equal(heating?.value, none);
    // Whose income: named, and to the applicant as "you".
    assert.deepEqual(
      section(sections, 'incomes').groups.map((group) => group.rows[0]?.value),
      [
        'Matti Meikäläinen (sinä)',
        'Maija Meikäläinen (puoliso)',
        'Pekka Meikäläinen (lapsi)',
        'Aino Virtanen',
      ],
    );
    // An expense of the type "other" must say what it is; an asset's description is optional.
    assert.equal(section(sections, 'expenses').groups[0]?.rows[2]?.value, missing);
    assert.deepEqual(rows(sections, 'payment')[0], [
      translate('fi', 'application.fields.month'),
      'Maaliskuu 2026',
    ]);
    assert.deepEqual(rows(sections, 'urgency'), [
      [translate('fi', 'application.fields.urgent'), translate('fi', 'application.urgency.yes')],
      [translate('fi', 'application.fields.urgentReason'), 'Ruoka loppui'],
    ]);
    const attachments = rows(sections, 'attachments');
    assert.deepEqual(attachments[0], [
      translate('fi', 'application.attachments.categories.bank_statement.title'),
      ['tiliote.pdf (PDF, 12 kt)'],
    ]);
    assert.ok(
      attachments.some(
        ([label, value]) =>
          label === translate('fi', 'application.attachments.categories.sauna_fee_receipt.title') &&
          value === none,
      ),
      'a category asked (a sauna fee declared) without files reads "none"',
    );
  });

  it('names the household members to the staff without "you"', () => {
    const sections = describeApplicationContent(full, fi, 'fi', { reader: 'staff' });
    assert.ok(
      !sections.some((candidate) => candidate.id === 'attachments'),
      'the staff list the files apart',
    );
    assert.deepEqual(
      section(sections, 'incomes').groups.map((group) => group.rows[0]?.value),
      ['Matti Meikäläinen', 'Maija Meikäläinen', 'Pekka Meikäläinen', 'Aino Virtanen'],
    );
    const unnamed = describeApplicationContent(
      {
        ...full,
        applicant: { maritalStatus: 'single' },
        children: [{}],
        incomes: [
          { member: 'applicant' },
          { member: 'spouse' },
          { member: 'child:0' },
          { member: 'child:5' },
        ],
      },
      fi,
      'fi',
      { reader: 'staff' },
    );
    assert.deepEqual(
      section(unnamed, 'incomes').groups.map((group) => group.rows[0]?.value),
      ['Hakija', missing, 'Lapsi 1', missing],
      'by role when unnamed; a member not in the household (no spouse, no sixth child) is not answered',
    );
  });

  it('says what is not answered and what there is none of, for an empty content', () => {
    const sections = describeApplicationContent({}, fi, 'fi', { reader: 'applicant' });
    assert.deepEqual(
      sections.map((candidate) => candidate.id),
      contentSectionIds.filter((id) => id !== 'attachments'),
    );
    assert.ok(rows(sections, 'applicant').every(([, value]) => value === missing));
    assert.deepEqual(rows(sections, 'household'), [
      [translate('fi', 'application.household.childrenHeading'), none],
      [translate('fi', 'application.household.othersHeading'), none],
    ]);
    assert.deepEqual(rows(sections, 'housing'), [
      [translate('fi', 'application.fields.housing.type'), missing],
    ]);
    assert.deepEqual(rows(sections, 'incomes'), [[translate('fi', 'application.steps.incomes'), none]]);
    assert.deepEqual(rows(sections, 'assets'), [[translate('fi', 'application.steps.assets'), none]]);
    assert.deepEqual(rows(sections, 'expenses'), [[translate('fi', 'application.steps.expenses'), none]]);
    assert.deepEqual(
      rows(sections, 'payment').map(([, value]) => value),
      [missing, missing],
    );
    assert.deepEqual(rows(sections, 'urgency'), [[translate('fi', 'application.fields.urgent'), missing]]);
    assert.deepEqual(
      rows(sections, 'additional').map(([, value]) => value),
      [none],
    );
  });

  it('shows a version 1 member’s relationship as written, without the question asked since', () => {
    const sections = describeApplicationContent(
      { otherMembers: [{ firstName: 'Aino', relation: 'Isoäiti' }, { firstName: 'Eino' }] },
      fi,
      'fi',
      { reader: 'staff' },
    );
    const [written, unanswered] = section(sections, 'household').groups.slice(1);
    assert.deepEqual(
      written?.rows.map((row) => row.path),
      [
        'otherMembers.0.firstName',
        'otherMembers.0.lastName',
        'otherMembers.0.dateOfBirth',
        'otherMembers.0.relation',
      ],
    );
    assert.equal(written?.rows[3]?.value, 'Isoäiti');
    assert.equal(unanswered?.rows[3]?.path, 'otherMembers.1.relationship');
    assert.equal(unanswered?.rows[3]?.value, missing);
  });

  it('has a text for every label and every option in all three languages', () => {
    const options = (
      list: 'housingType' | 'maritalStatus' | 'relationship' | 'incomeType' | 'assetType' | 'expenseType',
      values: readonly string[],
    ) => values.map((value) => `application.options.${list}.${value}`);
    const keys = [
      ...options('maritalStatus', maritalStatuses),
      ...options('housingType', housingTypes),
      ...options('relationship', memberRelationships),
      ...options('incomeType', incomeTypes),
      ...options('assetType', assetTypes),
      ...options('expenseType', expenseTypes),
    ];
    for (const language of languages) {
      const t = createTranslator(language);
      for (const key of keys)
        assert.notEqual((t as (key: string) => string)(key), key, `${language}: ${key}`);
      for (const type of housingTypes) {
        const sections = describeApplicationContent(
          { ...full, housing: { type, detachedHouse: false } },
          t,
          language,
          { reader: 'applicant', attachments: [] },
        );
        for (const candidate of sections) {
          assert.doesNotMatch(candidate.title, /^application\.|^[a-z]+$/, `${language}: ${candidate.id}`);
          for (const group of candidate.groups) {
            for (const row of group.rows) {
              assert.doesNotMatch(row.label, /\.|_/, `${language}: a text for ${row.path ?? row.label}`);
            }
          }
        }
      }
    }
  });
});
