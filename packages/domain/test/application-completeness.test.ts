import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkApplicationComplete } from '../src/application/completeness.ts';
import type { ApplicationContent } from '../src/application/content.ts';
import { makePersonalIdentityCode } from '../src/personal-identity-code.ts';
import { ownDetachedHouseWithCosts } from './housing-fixtures.ts';

const TODAY = '2026-11-25';
const applicantCode = makePersonalIdentityCode('1985-03-14', 901);
const spouseCode = makePersonalIdentityCode('1987-06-30', 903);

/** A complete application of a single person renting a flat. */
function complete(overrides: Partial<ApplicationContent> = {}): ApplicationContent {
  return {
    applicant: {
      firstName: 'Matti',
      lastName: 'Meikäläinen',
      personalIdentityCode: applicantCode,
      email: 'matti@example.fi',
      phone: '040 123 4567',
      address: { street: 'Mannerheimintie 10 A 5', postalCode: '00100', city: 'Helsinki' },
      maritalStatus: 'single',
      occupation: 'unemployed',
    },
    children: [],
    otherMembers: [],
    housing: { type: 'rental', detachedHouse: false, rentCents: 65_000 },
    incomes: [{ member: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
    assets: [],
    expenses: [],
    month: '2026-11',
    iban: 'FI21 1234 5600 0007 85',
    urgent: false,
    declaration: true,
    ...overrides,
  };
}

const applicant = (changes: Record<string, unknown>) =>
  ({ ...complete().applicant, ...changes }) as ApplicationContent['applicant'];

/** The issues as `path: code` strings, for compact assertions. */
const issuesOf = (content: ApplicationContent, today = TODAY) =>
  checkApplicationComplete(content, today).map((issue) => `${issue.path}: ${issue.code}`);

describe('checkApplicationComplete', () => {
  it('a complete application has no issues', () => {
    assert.deepEqual(issuesOf(complete()), []);
  });

  it('an empty application lists every required answer at once, but nothing that does not apply', () => {
    assert.deepEqual(issuesOf({}), [
      'applicant.firstName: required',
      'applicant.lastName: required',
      'applicant.personalIdentityCode: required',
      'applicant.address.street: required',
      'applicant.address.postalCode: required',
      'applicant.address.city: required',
      'applicant.email: contact_required',
      'applicant.maritalStatus: required',
      'applicant.occupation: required',
      'housing.type: required',
      'month: required',
      'iban: required',
      'urgent: required',
      'declaration: declaration_required',
    ]);
  });

  it('blank text counts as missing', () => {
    const issues = issuesOf(complete({ applicant: applicant({ firstName: '  ', occupation: '' }) }));
    assert.deepEqual(issues, ['applicant.firstName: required', 'applicant.occupation: required']);
  });

  it('the applicant’s identity code, postal code, e-mail and phone must be valid', () => {
    assert.deepEqual(
      issuesOf(
        complete({
          applicant: applicant({
            personalIdentityCode: '140385-901X',
            email: 'matti@',
            phone: 'call me',
            address: { street: 'Katu 1', postalCode: '001', city: 'Helsinki' },
          }),
        }),
      ),
      [
        'applicant.personalIdentityCode: invalid_personal_identity_code',
        'applicant.address.postalCode: invalid_postal_code',
        'applicant.email: invalid_email',
        'applicant.phone: invalid_phone',
      ],
    );
  });

  it('an e-mail address or a phone number is enough for contact', () => {
    assert.deepEqual(issuesOf(complete({ applicant: applicant({ email: undefined }) })), []);
    assert.deepEqual(issuesOf(complete({ applicant: applicant({ phone: undefined }) })), []);
    assert.deepEqual(issuesOf(complete({ applicant: applicant({ email: '', phone: ' ' }) })), [
      'applicant.email: contact_required',
    ]);
  });

  it('the spouse is asked only of a married, cohabiting or registered applicant', () => {
    for (const maritalStatus of ['married', 'cohabiting', 'registered_partnership'] as const) {
      assert.deepEqual(issuesOf(complete({ applicant: applicant({ maritalStatus }) })), [
        'spouse.firstName: required',
        'spouse.lastName: required',
        'spouse.personalIdentityCode: required',
        'spouse.occupation: required',
      ]);
    }
    for (const maritalStatus of ['single', 'separated', 'divorced', 'widowed'] as const) {
      assert.deepEqual(issuesOf(complete({ applicant: applicant({ maritalStatus }) })), [], maritalStatus);
    }
    const spouse = {
      firstName: 'Maija',
      lastName: 'Meikäläinen',
      personalIdentityCode: spouseCode,
      occupation: 'nurse',
    };
    assert.deepEqual(issuesOf(complete({ applicant: applicant({ maritalStatus: 'married' }), spouse })), []);
    assert.deepEqual(
      issuesOf(
        complete({
          applicant: applicant({ maritalStatus: 'married' }),
          spouse: { ...spouse, personalIdentityCode: '300687-903X' },
        }),
      ),
      ['spouse.personalIdentityCode: invalid_personal_identity_code'],
    );
  });

  it('children: names and a valid date of birth, not in the future, under 18 today', () => {
    const child = { firstName: 'Aino', lastName: 'Meikäläinen', dateOfBirth: '2015-01-31' };
    assert.deepEqual(issuesOf(complete({ children: [child] })), []);
    assert.deepEqual(
      issuesOf(
        complete({
          children: [
            { dateOfBirth: '' },
            { ...child, dateOfBirth: '2015-02-30' },
            { ...child, dateOfBirth: '2026-11-26' },
            { ...child, dateOfBirth: '2008-11-25' },
            { ...child, dateOfBirth: '2008-11-26' },
          ],
        }),
      ),
      [
        'children.0.firstName: required',
        'children.0.lastName: required',
        'children.0.dateOfBirth: required',
        'children.1.dateOfBirth: invalid_date',
        'children.2.dateOfBirth: date_in_future',
        'children.3.dateOfBirth: child_not_minor',
      ],
      'turning 18 today is an adult; 18 tomorrow is still a child',
    );
  });

  it('other members: names, a chosen relationship and a valid past date of birth (adults allowed)', () => {
    const member = {
      firstName: 'Eino',
      lastName: 'Meikäläinen',
      dateOfBirth: '1950-05-05',
      relationship: 'parent',
    } as const;
    assert.deepEqual(issuesOf(complete({ otherMembers: [member] })), []);
    // Version 1's free-text relation alone is not enough to send (the relationship must be chosen).
    assert.deepEqual(
      issuesOf(
        complete({
          otherMembers: [{ firstName: 'Eino', lastName: 'M', dateOfBirth: '1950-05-05', relation: 'father' }],
        }),
      ),
      ['otherMembers.0.relationship: required'],
    );
    assert.deepEqual(
      issuesOf(
        complete({
          otherMembers: [
            { firstName: 'Eino', lastName: 'M', dateOfBirth: '1950-05-05' },
            { ...member, dateOfBirth: '1950-13-01' },
            { ...member, dateOfBirth: '2027-01-01' },
            { ...member, dateOfBirth: '1899-12-31' },
            { ...member, dateOfBirth: '0000-01-01' },
            { ...member, dateOfBirth: '1900-01-01' },
          ],
        }),
      ),
      [
        'otherMembers.0.relationship: required',
        'otherMembers.1.dateOfBirth: invalid_date',
        'otherMembers.2.dateOfBirth: date_in_future',
        'otherMembers.3.dateOfBirth: date_out_of_range',
        'otherMembers.4.dateOfBirth: invalid_date',
      ],
    );
  });

  it('housing: the type, the detached-house question, the rent of a tenant, the maintenance charge of an owner', () => {
    assert.deepEqual(issuesOf(complete({ housing: {} })), ['housing.type: required']);
    assert.deepEqual(issuesOf(complete({ housing: { type: 'rental' } })), [
      'housing.detachedHouse: required',
      'housing.rentCents: required',
    ]);
    assert.deepEqual(issuesOf(complete({ housing: { type: 'subtenant' } })), ['housing.rentCents: required']);
    assert.deepEqual(
      issuesOf(complete({ housing: { type: 'rental', detachedHouse: false, rentCents: 0 } })),
      [],
      'zero is an answer',
    );
    assert.deepEqual(issuesOf(complete({ housing: { type: 'right_of_occupancy' } })), [
      'housing.maintenanceChargeCents: required',
    ]);
    assert.deepEqual(
      issuesOf(complete({ housing: { type: 'right_of_occupancy', maintenanceChargeCents: 30_000 } })),
      [],
    );
    assert.deepEqual(issuesOf(complete({ housing: { type: 'owner_occupied' } })), [
      'housing.detachedHouse: required',
      'housing.maintenanceChargeCents: required',
    ]);
    assert.deepEqual(
      issuesOf(
        complete({
          housing: { type: 'owner_occupied', detachedHouse: false, maintenanceChargeCents: 30_000 },
        }),
      ),
      [],
    );
    assert.deepEqual(
      issuesOf(complete({ housing: { type: 'owner_occupied', detachedHouse: true } })),
      [],
      'a detached house has no maintenance charge; its running costs are optional',
    );
    assert.deepEqual(issuesOf(complete({ housing: { type: 'homeless' } })), [], 'no costs asked');
    assert.deepEqual(issuesOf(complete({ housing: { type: 'other' } })), ['housing.detachedHouse: required']);
    assert.deepEqual(issuesOf(complete({ housing: { type: 'other', detachedHouse: true } })), []);
  });

  it('housing: electricity, home insurance, the sauna fee and the detached-house costs are optional', () => {
    assert.deepEqual(
      issuesOf(
        complete({
          housing: { ...ownDetachedHouseWithCosts, homeInsuranceCents: 1_000 },
        }),
      ),
      [],
    );
  });

  it('incomes: whose (a member that exists), the type and an amount', () => {
    const child = { firstName: 'Aino', lastName: 'M', dateOfBirth: '2015-01-31' };
    assert.deepEqual(
      issuesOf(
        complete({
          children: [child],
          incomes: [
            { member: 'child:0', type: 'child_benefit', amountCents: 9_400 },
            {},
            { member: 'spouse', type: 'wage', amountCents: 1 },
            { member: 'child:1', type: 'wage', amountCents: 1 },
            { member: 'member:0', type: 'wage', amountCents: 1 },
            { member: 'applicant', type: 'wage', amountCents: 0 },
          ],
        }),
      ),
      [
        'incomes.1.member: required',
        'incomes.1.type: required',
        'incomes.1.amountCents: amount_required',
        'incomes.2.member: unknown_member',
        'incomes.3.member: unknown_member',
        'incomes.4.member: unknown_member',
        'incomes.5.amountCents: amount_required',
      ],
      'no spouse → no spouse income; one child → no child:1; no other members → no member:0',
    );
    const spouse = {
      firstName: 'Maija',
      lastName: 'M',
      personalIdentityCode: spouseCode,
      occupation: 'nurse',
    };
    assert.deepEqual(
      issuesOf(
        complete({
          applicant: applicant({ maritalStatus: 'cohabiting' }),
          spouse,
          incomes: [{ member: 'spouse', type: 'wage', amountCents: 200_000 }],
        }),
      ),
      [],
    );
  });

  it('assets: the type and a value (zero allowed); expenses: the type, an amount and, for other, a description', () => {
    assert.deepEqual(
      issuesOf(
        complete({
          assets: [{ type: 'savings', valueCents: 0 }, { description: 'car' }],
          expenses: [
            { type: 'medicine', amountCents: 2_500 },
            { type: 'other', amountCents: 1_000 },
            { type: 'other', amountCents: 1_000, description: 'glasses' },
            { amountCents: 0 },
          ],
        }),
      ),
      [
        'assets.1.type: required',
        'assets.1.valueCents: amount_required',
        'expenses.1.description: required',
        'expenses.3.type: required',
        'expenses.3.amountCents: amount_required',
      ],
    );
  });

  it('the month: a valid YYYY-MM from three months back to one month ahead, across the year end too', () => {
    const month = (value: string, today = TODAY) => issuesOf(complete({ month: value }), today);
    assert.deepEqual(month('2026-08'), []);
    assert.deepEqual(month('2026-12'), []);
    assert.deepEqual(month('2026-07'), ['month: month_out_of_range']);
    assert.deepEqual(month('2027-01'), ['month: month_out_of_range']);
    assert.deepEqual(month('2026-13'), ['month: invalid_month']);
    assert.deepEqual(month('2026-1'), ['month: invalid_month']);
    assert.deepEqual(month('2026-10', '2027-01-15'), []);
    assert.deepEqual(month('2026-09', '2027-01-15'), ['month: month_out_of_range']);
    assert.deepEqual(month('2027-02', '2027-01-15'), []);
  });

  it('the IBAN must be valid; urgency needs an answer and, when urgent, a reason; the declaration must be given', () => {
    assert.deepEqual(issuesOf(complete({ iban: 'FI21 1234 5600 0007 86' })), ['iban: invalid_iban']);
    assert.deepEqual(issuesOf(complete({ iban: 'SE45 5000 0000 0583 9825 7466' })), []);
    assert.deepEqual(issuesOf(complete({ urgent: undefined })), ['urgent: required']);
    assert.deepEqual(issuesOf(complete({ urgent: true })), ['urgentReason: required']);
    assert.deepEqual(issuesOf(complete({ urgent: true, urgentReason: 'No food.' })), []);
    assert.deepEqual(
      issuesOf(complete({ urgent: false, urgentReason: '' })),
      [],
      'no reason asked if not urgent',
    );
    assert.deepEqual(issuesOf(complete({ declaration: false })), ['declaration: declaration_required']);
    assert.deepEqual(issuesOf(complete({ declaration: undefined })), ['declaration: declaration_required']);
  });
});
