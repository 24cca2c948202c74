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

describe('dates in range', () => {
  const withBirth = (dateOfBirth: string): CalculationInput => ({
    ...valid,
    members: [{ id: 'a', role: 'applicant', dateOfBirth }, ...valid.members.slice(1)],
  });

  it('the schema takes birth dates from 1900-01-01 to today and months from 2012-01 to next year', () => {
    assert.equal(calculationInputSchema.safeParse(withBirth('1900-01-01')).success, true);
    assert.deepEqual(issuePaths(withBirth('1899-12-31')), ['members.0.dateOfBirth']);
    assert.deepEqual(issuePaths(withBirth('0000-01-01')), ['members.0.dateOfBirth']);
    // Also born after the month: both issues are at the date.
    assert.deepEqual([...new Set(issuePaths(withBirth('9999-12-31')))], ['members.0.dateOfBirth']);
    assert.equal(calculationInputSchema.safeParse({ ...valid, month: '2012-01' }).success, true);
    assert.deepEqual(issuePaths({ ...valid, month: '2011-12' }), ['month']);
    assert.deepEqual(issuePaths({ ...valid, month: '0000-01' }), ['month']);
    assert.deepEqual(issuePaths({ ...valid, month: `${new Date().getFullYear() + 2}-01` }), ['month']);
  });

  it('calculate refuses dates out of range with its own error, never a RangeError, without the schema', () => {
    const parameters = parametersFor('2025-04');
    for (const [input, code] of [
      [withBirth('0000-01-01'), 'birth-date-out-of-range'],
      [withBirth('2025-02-30'), 'birth-date-out-of-range'],
      [withBirth('1899-12-31'), 'birth-date-out-of-range'],
    ] as const) {
      assert.throws(
        () => calculate(input, parameters),
        (error) =>
          error instanceof InvalidCalculationInputError && error.issues.some((issue) => issue.code === code),
      );
    }
  });
});
