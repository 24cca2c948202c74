import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  attachmentCategoriesAsked,
  costAttachmentCategories,
  costAttachmentsAsked,
  generalAttachmentCategories,
} from '../src/application/attachments.ts';
import {
  type ApplicationContent,
  applicationContentSchema,
  CONTENT_VERSION,
  housingCostsAsked,
} from '../src/application/content.ts';
import { ownDetachedHouseWithCosts } from './housing-fixtures.ts';

const paths = (value: unknown) => {
  const result = applicationContentSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('applicationContentSchema (versions 1 and 2)', () => {
  it('accepts any partial content with the right shapes, so a draft can be saved at any point', () => {
    assert.equal(CONTENT_VERSION, 2);
    assert.deepEqual(paths({}), []);
    assert.deepEqual(paths({ applicant: { firstName: 'M' }, housing: { type: 'rental' } }), []);
    assert.deepEqual(paths({ incomes: [{}], children: [{ firstName: 'A' }] }), []);
  });

  it('refuses unknown fields, wrong types, unknown choices, negative or fractional cents and bad members', () => {
    assert.deepEqual(paths({ extra: 1 }), ['']);
    assert.deepEqual(paths({ applicant: { maritalStatus: 'complicated' } }), ['applicant.maritalStatus']);
    assert.deepEqual(paths({ housing: { type: 'rental', rentCents: -1 } }), ['housing.rentCents']);
    assert.deepEqual(paths({ housing: { rentCents: 10.5 } }), ['housing.rentCents']);
    assert.deepEqual(paths({ incomes: [{ member: 'neighbour' }] }), ['incomes.0.member']);
    assert.deepEqual(paths({ incomes: [{ member: 'child:0', type: 'lottery' }] }), ['incomes.0.type']);
    assert.deepEqual(paths({ urgent: 'yes', declaration: 1 }), ['urgent', 'declaration']);
    assert.deepEqual(paths({ month: '2026-11-01' }), ['month']);
  });

  it('limits the sizes of lists and texts', () => {
    const child = { firstName: 'A' };
    assert.deepEqual(paths({ children: Array.from({ length: 21 }, () => child) }), ['children']);
    assert.deepEqual(paths({ additionalInformation: 'x'.repeat(5001) }), ['additionalInformation']);
  });
});

describe('content version 2', () => {
  it('reads version 1 content as it was, with the free-text relation', () => {
    const v1 = {
      otherMembers: [{ firstName: 'Pekka', dateOfBirth: '1970-01-15', relation: 'isä' }],
      housing: { type: 'rental', rentCents: 65_000, homeInsuranceCents: 1_200 },
    };
    const parsed = applicationContentSchema.parse(v1);
    assert.deepEqual(parsed, v1);
  });

  it('accepts the new housing costs, the detached-house answer and a chosen relationship', () => {
    assert.deepEqual(
      paths({
        otherMembers: [{ relationship: 'parent', relation: 'isä' }],
        housing: ownDetachedHouseWithCosts,
      }),
      [],
    );
  });

  it('refuses an unknown relationship, a non-boolean detached-house answer and negative new costs', () => {
    assert.deepEqual(paths({ otherMembers: [{ relationship: 'neighbour' }] }), [
      'otherMembers.0.relationship',
    ]);
    assert.deepEqual(paths({ housing: { detachedHouse: 'yes' } }), ['housing.detachedHouse']);
    assert.deepEqual(paths({ housing: { electricityCents: -1, plotRentCents: 1.5 } }), [
      'housing.electricityCents',
      'housing.plotRentCents',
    ]);
  });

  it('asks the costs of the housing type, a detached house’s running costs only for a detached house', () => {
    assert.deepEqual(housingCostsAsked({ type: 'homeless' }), []);
    assert.deepEqual(housingCostsAsked({ type: 'rental' }), [
      'rentCents',
      'waterCents',
      'heatingCents',
      'electricityCents',
      'homeInsuranceCents',
      'saunaCents',
    ]);
    assert.deepEqual(housingCostsAsked({ type: 'owner_occupied', detachedHouse: true }), [
      'waterCents',
      'heatingCents',
      'loanInterestCents',
      'wasteCents',
      'chimneySweepingCents',
      'propertyInsuranceCents',
      'propertyTaxCents',
      'plotRentCents',
      'electricityCents',
      'homeInsuranceCents',
      'saunaCents',
    ]);
    // The question is not asked of a subtenant, so an answer left there counts for nothing.
    assert.ok(!housingCostsAsked({ type: 'subtenant', detachedHouse: true }).includes('wasteCents'));
  });
});

describe('attachment categories asked', () => {
  it('asks the general categories always and a cost’s category only when the cost is declared', () => {
    assert.deepEqual(attachmentCategoriesAsked({}), [...generalAttachmentCategories]);
    const declared: ApplicationContent = {
      housing: {
        type: 'owner_occupied',
        detachedHouse: true,
        electricityCents: 4_000,
        saunaCents: 1_200,
        propertyInsuranceCents: 3_000,
        propertyTaxCents: 4_000,
        plotRentCents: 5_000,
        chimneySweepingCents: 500,
      },
    };
    assert.deepEqual(costAttachmentsAsked(declared), [...costAttachmentCategories]);
    assert.deepEqual(costAttachmentsAsked({ housing: { type: 'rental', electricityCents: 0 } }), []);
    assert.deepEqual(costAttachmentsAsked({ housing: { type: 'rental', homeInsuranceCents: 900 } }), [
      'insurance_policy',
    ]);
    assert.deepEqual(
      costAttachmentsAsked({ housing: { ...declared.housing, detachedHouse: false } }),
      ['electricity_bill', 'sauna_fee_receipt'],
      'not a detached house: its costs ask for nothing',
    );
  });
});
