import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CalculationInput,
  calculate,
  calculationInputSchema,
  InvalidCalculationInputError,
  MissingHousingNormError,
  parametersFor,
  UnknownMunicipalityError,
} from '../src/index.ts';

const valid: CalculationInput = {
  month: '2025-04',
  municipalityCode: '091',
  members: [
    { id: 'a', role: 'applicant', dateOfBirth: '1980-01-01', reductionPercent: 20 },
    { id: 's', role: 'spouse', dateOfBirth: '1981-01-01' },
  ],
  housing: { costsCents: 80_000, normGraceEnded: false },
  incomes: [{ memberId: 's', type: 'wage', amountCents: 120_000 }],
  expenses: [{ type: 'medicine', amountCents: 1_000 }],
  assetsCents: 0,
};

function issuePaths(value: unknown): string[] {
  const parsed = calculationInputSchema.safeParse(value);
  assert.equal(parsed.success, false);
  return (parsed.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('calculationInputSchema', () => {
  it('accepts the contract shape', () => {
    assert.deepEqual(calculationInputSchema.parse(valid), valid);
  });

  it('refuses shapes outside the contract', () => {
    assert.deepEqual(issuePaths({ ...valid, extra: 1 }), ['']);
    assert.deepEqual(issuePaths({ ...valid, month: '2025-4' }), ['month']);
    assert.deepEqual(issuePaths({ ...valid, municipalityCode: 'HEL' }), ['municipalityCode']);
    assert.deepEqual(issuePaths({ ...valid, assetsCents: -1 }), ['assetsCents']);
    assert.deepEqual(issuePaths({ ...valid, housing: { costsCents: 1.5 } }), ['housing.costsCents']);
    const member = (change: object) => ({
      ...valid,
      members: [{ ...valid.members[0], ...change }, valid.members[1]],
    });
    assert.deepEqual(issuePaths(member({ reductionPercent: 30 })), ['members.0.reductionPercent']);
    assert.deepEqual(issuePaths(member({ role: 'lodger' })), ['members.0.role']);
    assert.deepEqual(issuePaths(member({ dateOfBirth: '1980-02-30' })), ['members.0.dateOfBirth']);
    assert.deepEqual(
      issuePaths({ ...valid, incomes: [{ memberId: 'a', type: 'lottery', amountCents: 1 }] }),
      ['incomes.0.type'],
    );
  });

  it('never throws on malformed input, only reports it', () => {
    const malformed: unknown[] = [
      null,
      {},
      { ...valid, members: 'x' },
      { ...valid, members: [null] },
      { ...valid, members: [{ id: 1 }] },
      { ...valid, incomes: [null] },
      { ...valid, month: 5 },
      { ...valid, housing: null },
    ];
    for (const value of malformed) assert.equal(calculationInputSchema.safeParse(value).success, false);
  });

  it('checks the household: one applicant, one spouse at most, unique ids, known members, born by the month', () => {
    assert.deepEqual(issuePaths({ ...valid, members: [valid.members[1]] }), ['members']);
    assert.deepEqual(issuePaths({ ...valid, incomes: [{ memberId: 'x', type: 'wage', amountCents: 1 }] }), [
      'incomes.0.memberId',
    ]);
    assert.deepEqual(
      issuePaths({
        ...valid,
        members: [...valid.members, { id: 's2', role: 'spouse', dateOfBirth: '1990-01-01' }],
      }),
      ['members'],
    );
    assert.deepEqual(
      issuePaths({
        ...valid,
        members: [...valid.members, { id: 'a', role: 'child', dateOfBirth: '2020-01-01' }],
      }),
      ['members.2.id'],
    );
    assert.deepEqual(
      issuePaths({
        ...valid,
        members: [...valid.members, { id: 'k', role: 'child', dateOfBirth: '2025-05-01' }],
      }),
      ['members.2.dateOfBirth'],
    );
    // A child born during the month is a member (age 0).
    const born = {
      ...valid,
      members: [...valid.members, { id: 'k', role: 'child' as const, dateOfBirth: '2025-04-30' }],
    };
    assert.ok(calculationInputSchema.safeParse(born).success);
    const line = calculate(born, parametersFor('2025-04')).lines.find(
      (candidate) => candidate.memberId === 'k',
    );
    assert.equal(line?.label, 'basicAmount.childUnder10');
  });
});

describe('calculate refusals', () => {
  it('names every problem with its path', () => {
    const input: CalculationInput = {
      ...valid,
      members: [{ id: 's', role: 'spouse', dateOfBirth: '1981-01-01', reductionPercent: 50 }],
    };
    assert.throws(
      () => calculate(input, parametersFor(input.month)),
      (error: unknown) =>
        error instanceof InvalidCalculationInputError &&
        error.code === 'invalid-calculation-input' &&
        error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`).join(' ') ===
          'members:one-applicant members.0.reductionPercent:reduction-not-in-force',
    );
  });

  it('refuses to cap without a norm and names the municipality', () => {
    const input = {
      ...valid,
      municipalityCode: '091',
      month: '2023-11',
      housing: { costsCents: 1, normGraceEnded: true },
    };
    assert.throws(
      () => calculate(input, parametersFor(input.month)),
      (error: unknown) =>
        error instanceof MissingHousingNormError &&
        error.municipalityCode === '091' &&
        error.parametersVersion === '2023-01.2',
    );
  });

  it("refuses a municipality not in the month's norm table, grace or not, naming the code", () => {
    for (const normGraceEnded of [true, false, undefined]) {
      const input = {
        ...valid,
        municipalityCode: '999',
        month: '2025-05',
        housing: { costsCents: 50_000, ...(normGraceEnded === undefined ? {} : { normGraceEnded }) },
      };
      assert.throws(
        () => calculate(input, parametersFor(input.month)),
        (error: unknown) =>
          error instanceof UnknownMunicipalityError &&
          error.code === 'unknown-municipality' &&
          error.municipalityCode === '999' &&
          error.month === '2025-05' &&
          error.message.includes('999'),
      );
    }
  });
});
