import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApplicationContent } from '@tuki/domain';
import { fieldId, getAt, questionOf, sameContent, setAt } from '../src/features/application/content-paths.ts';
import {
  householdMembers,
  withDetachedHouse,
  withHousingType,
  withMaritalStatus,
  withoutMember,
} from '../src/features/application/form/household.ts';
import { hasSpouse, stepIssues, stepOfPath } from '../src/features/application/form/steps.ts';

describe('content paths', () => {
  it('read and write answers by path without changing the original', () => {
    const content: ApplicationContent = { applicant: { address: { city: 'Helsinki' } } };
    const next = setAt(content, 'applicant.address.postalCode', '00100');
    assert.equal(getAt(next, 'applicant.address.postalCode'), '00100');
    assert.equal(getAt(content, 'applicant.address.postalCode'), undefined);
    const withChild = setAt(next, 'children.1.firstName', 'Elsa');
    assert.equal(getAt(withChild, 'children.1.firstName'), 'Elsa');
    assert.equal(
      Object.hasOwn(setAt(withChild, 'applicant.address.city', undefined).applicant?.address ?? {}, 'city'),
      false,
    );
  });

  it('name the field of an answer and its question', () => {
    assert.equal(fieldId('children.0.dateOfBirth'), 'field-children-0-dateOfBirth');
    assert.equal(questionOf('children.0.dateOfBirth'), 'children.dateOfBirth');
  });

  it('compare content as JSON, a missing key being the same as undefined', () => {
    assert.ok(sameContent({ a: 1, b: undefined }, { a: 1 }));
    assert.ok(!sameContent({ a: [1, 2] }, { a: [1] }));
    assert.ok(sameContent({ a: { b: [{ c: 'x' }] } }, { a: { b: [{ c: 'x' }] } }));
  });
});

describe('household rules', () => {
  const couple: ApplicationContent = {
    applicant: { firstName: 'Anna', lastName: 'Öhman', maritalStatus: 'married' },
    spouse: { firstName: 'Jukka', lastName: 'Öhman' },
    children: [{ firstName: 'Elsa' }, { firstName: 'Oskar' }],
    incomes: [
      { member: 'spouse', type: 'wage', amountCents: 1 },
      { member: 'child:0', type: 'child_benefit', amountCents: 2 },
      { member: 'child:1', type: 'child_benefit', amountCents: 3 },
    ],
  };

  it('no spouse: the spouse and the spouse’s income go', () => {
    const single = withMaritalStatus(couple, 'single');
    assert.equal(single.spouse, undefined);
    assert.deepEqual(
      single.incomes?.map((income) => income.member),
      ['child:0', 'child:1'],
    );
    assert.ok(!hasSpouse(single));
    assert.deepEqual(
      householdMembers(single, false).map((member) => member.value),
      ['applicant', 'child:0', 'child:1'],
    );
  });

  it('removing a child removes its income and moves the later ones up', () => {
    const next = withoutMember(couple, 'child', 0);
    assert.deepEqual(next.children, [{ firstName: 'Oskar' }]);
    assert.deepEqual(
      next.incomes?.map((income) => [income.member, income.amountCents]),
      [
        ['spouse', 1],
        ['child:0', 3],
      ],
    );
  });

  it('a new type of housing keeps only the costs it asks', () => {
    const owner = withHousingType(
      { housing: { type: 'rental', rentCents: 1, waterCents: 2 } },
      'owner_occupied',
    );
    assert.deepEqual(owner.housing, { type: 'owner_occupied', waterCents: 2 });
  });

  it('the detached-house answer: a "no" removes the house’s running costs; a type without the question drops it', () => {
    const house: ApplicationContent = {
      housing: {
        type: 'owner_occupied',
        detachedHouse: true,
        heatingCents: 3,
        wasteCents: 4,
        plotRentCents: 5,
        electricityCents: 6,
        saunaCents: 7,
      },
    };
    assert.deepEqual(withDetachedHouse(house, false).housing, {
      type: 'owner_occupied',
      detachedHouse: false,
      heatingCents: 3,
      electricityCents: 6,
      saunaCents: 7,
    });
    assert.deepEqual(withHousingType(house, 'subtenant').housing, {
      type: 'subtenant',
      heatingCents: 3,
      electricityCents: 6,
      saunaCents: 7,
    });
    assert.deepEqual(withHousingType(house, 'other').housing, { ...house.housing, type: 'other' });
    assert.deepEqual(withHousingType(house, 'homeless').housing, { type: 'homeless' });
  });
});

describe('steps', () => {
  it('know which step asks which answer', () => {
    assert.equal(stepOfPath('applicant.address.postalCode'), 'applicant');
    assert.equal(stepOfPath('spouse.firstName'), 'household');
    assert.equal(stepOfPath('iban'), 'payment');
    assert.equal(stepOfPath('declaration'), 'check');
    assert.equal(stepOfPath('unknown'), undefined);
  });

  it('check a step with the domain’s rules for its own answers only', () => {
    const content: ApplicationContent = { housing: { type: 'rental' }, iban: 'FI00' };
    assert.deepEqual(stepIssues(content, 'housing', '2026-06-12'), [
      { path: 'housing.detachedHouse', code: 'required' },
      { path: 'housing.rentCents', code: 'required' },
    ]);
    assert.deepEqual(stepIssues(content, 'payment', '2026-06-12'), [
      { path: 'month', code: 'required' },
      { path: 'iban', code: 'invalid_iban' },
    ]);
    assert.deepEqual(stepIssues(content, 'attachments', '2026-06-12'), []);
  });
});
