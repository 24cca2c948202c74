import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicationContentSchema, CONTENT_VERSION } from '../src/application/content.ts';

const paths = (value: unknown) => {
  const result = applicationContentSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('applicationContentSchema (version 1)', () => {
  it('accepts any partial content with the right shapes, so a draft can be saved at any point', () => {
    assert.equal(CONTENT_VERSION, 1);
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
