import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CalculationInput,
  calculate,
  calculationExpenseTypes,
  coveredMonths,
  housingRelatedExpenseTypes,
  InvalidCalculationInputError,
  NoParametersForMonthError,
  normForHouseholdSize,
  orderParameterSets,
  type ParameterSet,
  ParametersNotInForceError,
  parameterSetSchema,
  parametersFor,
  RulesError,
  shippedParameterSets,
} from '../src/index.ts';

function everyMonth(from: string, through: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    if (value > through) return months;
    months.push(value);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

function copy(set: ParameterSet): ParameterSet {
  return parameterSetSchema.parse(JSON.parse(JSON.stringify(set)));
}

const single = (month: string): CalculationInput => ({
  month,
  municipalityCode: '091',
  members: [{ id: 'a', role: 'applicant', dateOfBirth: '1980-01-01' }],
  housing: { costsCents: 0 },
  incomes: [],
  expenses: [],
  assetsCents: 0,
});

describe('shipped parameter sets', () => {
  it('cover every month from 2017-01 to 2026-12 with exactly one set, and nothing else', () => {
    assert.deepEqual(coveredMonths(shippedParameterSets), [['2017-01', '2026-12']]);
    for (const month of everyMonth('2017-01', '2026-12')) {
      const matching = shippedParameterSets.filter(
        (set) => set.effectiveFrom <= month && month <= set.validThrough,
      );
      assert.equal(matching.length, 1, month);
      assert.equal(parametersFor(month), matching[0]);
    }
  });

  it('have unique versions, are valid, frozen and survive a JSON round trip unchanged', () => {
    const versions = new Set(shippedParameterSets.map((set) => set.version));
    assert.equal(versions.size, shippedParameterSets.length);
    for (const set of shippedParameterSets) {
      assert.ok(Object.isFrozen(set) && Object.isFrozen(set.basicAmount.sharesBasisPoints.value));
      assert.deepEqual(copy(set), set);
    }
  });

  it('hold the single-person amounts of the domain doc §2.1 by effective date', () => {
    const table: [string, number][] = [
      ['2017-01', 48789],
      ['2017-12', 48789],
      ['2018-01', 49121],
      ['2019-01', 49729],
      ['2020-01', 50221],
      ['2021-01', 50406],
      ['2022-01', 51482],
      ['2022-07', 51482],
      ['2022-08', 53297],
      ['2023-01', 55511],
      ['2024-01', 58771],
      ['2025-01', 59355],
      ['2026-01', 59632],
      ['2026-02', 59632],
      ['2026-03', 57843],
      ['2026-12', 57843],
    ];
    for (const [month, cents] of table) {
      assert.equal(parametersFor(month).basicAmount.singlePersonCents.value, cents, month);
    }
  });

  it('change the deduction in 2018-06 and 2026-03, allow 50 % from 2026-02, the norm from 2024-04', () => {
    assert.equal(parametersFor('2018-05').earnedIncomeDeduction.value.adults?.rateBasisPoints, 2000);
    assert.equal(parametersFor('2018-06').earnedIncomeDeduction.value.adults?.rateBasisPoints, 10_000);
    assert.equal(parametersFor('2026-02').earnedIncomeDeduction.value.adults?.maxCents, 15_000);
    assert.equal(parametersFor('2026-03').earnedIncomeDeduction.value.adults, null);
    assert.deepEqual(parametersFor('2026-01').reductionPercents.value, [20, 40]);
    assert.deepEqual(parametersFor('2026-02').reductionPercents.value, [20, 40, 50]);
    assert.equal(parametersFor('2024-03').housing.norm, null);
    assert.equal(parametersFor('2024-04').housing.norm?.value.graceMonths, 3);
    assert.equal(parametersFor('2023-06').housing.waterAllowancePerPersonCents?.value, 2400);
  });

  it('give the norms of §2.3 per household size, with each further person added', () => {
    const norm = (month: string, code: string) => {
      const found = parametersFor(month).housing.norm?.value.municipalities.find(
        (n) => n.municipalityCode === code,
      );
      assert.ok(found, `${code} ${month}`);
      return found;
    };
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((size) => normForHouseholdSize(norm('2024-05', '091'), size)),
      [71_500, 89_500, 102_300, 112_200, 124_400, 136_600],
    );
    assert.equal(normForHouseholdSize(norm('2025-12', '853'), 1), 54_000);
    assert.equal(normForHouseholdSize(norm('2026-01', '853'), 1), 55_600);
    assert.equal(normForHouseholdSize(norm('2025-12', '564'), 3), 74_800);
    assert.equal(normForHouseholdSize(norm('2026-01', '564'), 3), 77_000);
    assert.equal(normForHouseholdSize(norm('2026-01', '837'), 7), 92_500 + 3 * 10_700);
  });
});

describe('parametersFor', () => {
  it('refuses a month outside the data with a typed error', () => {
    for (const month of ['2016-12', '2027-01', '1999-05']) {
      assert.throws(
        () => parametersFor(month),
        (error: unknown) =>
          error instanceof NoParametersForMonthError &&
          error instanceof RulesError &&
          error.code === 'no-parameters-for-month' &&
          error.month === month &&
          error.message.includes('2017-01…2026-12'),
      );
    }
  });

  it('refuses a string that is not a month', () => {
    assert.throws(() => parametersFor('2025-13'), RangeError);
    assert.throws(() => parametersFor('2025-1'), RangeError);
  });

  it('takes any list of sets, e.g. one an admin added for 2027', () => {
    const latest = copy(parametersFor('2026-12'));
    const added: ParameterSet = {
      ...latest,
      version: '2027-01.1',
      effectiveFrom: '2027-01',
      validThrough: '2027-12',
      basicAmount: {
        ...latest.basicAmount,
        singlePersonCents: { value: 59_000, source: 'ttl', note: 'example figure for the test' },
      },
    };
    const sets = orderParameterSets([...shippedParameterSets, parameterSetSchema.parse(added)]);
    assert.equal(parametersFor('2027-06', sets).version, '2027-01.1');
    assert.equal(calculate(single('2027-06'), parametersFor('2027-06', sets)).amountCents, 59_000);
    assert.throws(() => parametersFor('2028-01', sets), NoParametersForMonthError);
  });

  it('refuses overlapping sets', () => {
    const overlapping = { ...copy(parametersFor('2026-12')), version: 'x', effectiveFrom: '2026-06' };
    assert.throws(() => orderParameterSets([...shippedParameterSets, overlapping]), /overlap/);
  });
});

describe('parameterSetSchema', () => {
  it('refuses a value whose source is not in the set', () => {
    const set = copy(parametersFor('2025-01'));
    const broken = {
      ...set,
      basicAmount: { ...set.basicAmount, singlePersonCents: { value: 1, source: 'nowhere' } },
    };
    const parsed = parameterSetSchema.safeParse(broken);
    assert.equal(parsed.success, false);
    assert.ok(parsed.error?.issues.some((issue) => issue.message.includes('nowhere')));
  });

  it('refuses validThrough before effectiveFrom and a municipality twice', () => {
    const set = copy(parametersFor('2025-01'));
    assert.equal(parameterSetSchema.safeParse({ ...set, validThrough: '2024-12' }).success, false);
    const norm = set.housing.norm;
    assert.ok(norm);
    const twice = {
      ...set,
      housing: {
        ...set.housing,
        norm: {
          ...norm,
          value: {
            ...norm.value,
            municipalities: [...norm.value.municipalities, norm.value.municipalities[0]],
          },
        },
      },
    };
    assert.equal(parameterSetSchema.safeParse(twice).success, false);
  });
});

describe('calculate with a parameter set', () => {
  it('refuses a set that is not in force in the month', () => {
    assert.throws(
      () => calculate(single('2025-06'), parametersFor('2024-06')),
      (error: unknown) =>
        error instanceof ParametersNotInForceError &&
        error.version === '2024-04.1' &&
        error.month === '2025-06',
    );
  });

  it('gives the same result from the set a decision kept (stored as JSON)', () => {
    const input = single('2026-05');
    const stored = JSON.stringify(parametersFor('2026-05'));
    assert.deepEqual(
      calculate(input, parameterSetSchema.parse(JSON.parse(stored))),
      calculate(input, parametersFor('2026-05')),
    );
  });
});

describe('housing-related expense types', () => {
  it('every shipped set names a provision for every expense type a calculation accepts', () => {
    for (const set of shippedParameterSets) {
      for (const type of calculationExpenseTypes) {
        assert.match(
          set.legalReferences.expenses[type] ?? '',
          /^TTL \d+( [a-z])? §$/,
          `${set.version} ${type}`,
        );
      }
    }
  });

  it('reads a stored set without them and refuses such an expense with the field path', () => {
    const stored = JSON.parse(JSON.stringify(parametersFor('2026-04')));
    for (const type of housingRelatedExpenseTypes) delete stored.legalReferences.expenses[type];
    const set = parameterSetSchema.parse(stored);
    const input = { ...single('2026-04'), expenses: [{ type: 'sauna' as const, amountCents: 1000 }] };
    assert.throws(
      () => calculate(input, set),
      (error: unknown) =>
        error instanceof InvalidCalculationInputError &&
        error.issues.some(
          (issue) => issue.code === 'expense-not-in-force' && issue.path.join('.') === 'expenses.0.type',
        ),
    );
    assert.equal(
      calculate({ ...input, expenses: [] }, set).amountCents,
      calculate({ ...input, expenses: [] }, parametersFor('2026-04')).amountCents,
    );
  });
});
