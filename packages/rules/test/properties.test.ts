// Property tests over random households in random months of 2017-01…2026-12 (fast-check): the amount is never
// negative, the lines add up to the totals, more income never raises the amount, a higher reduction never raises
// it, and the order in which members are listed does not matter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type CalculationInput,
  type CalculationMember,
  type CalculationResult,
  calculate,
  calculationExpenseTypes,
  calculationInputSchema,
  calculationResultSchema,
  expenseLineKinds,
  incomeTypes,
  type MemberRole,
  type ParameterSet,
  parametersFor,
  type ReductionPercent,
} from '../src/index.ts';

const MUNICIPALITIES = ['091', '049', '092', '837', '853', '564', '398'] as const;
const RUNS = 300;

function monthOf(index: number): string {
  const year = 2017 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function dateOfBirth(month: string, age: number, birthMonth: number, birthDay: number): string {
  const year = Number(month.slice(0, 4)) - age;
  return `${year}-${String(birthMonth).padStart(2, '0')}-${String(birthDay).padStart(2, '0')}`;
}

function allowedReductions(parameters: ParameterSet): ReductionPercent[] {
  return [0, ...parameters.reductionPercents.value];
}

function hasNorm(parameters: ParameterSet, municipalityCode: string): boolean {
  return (
    parameters.housing.norm?.value.municipalities.some(
      (norm) => norm.municipalityCode === municipalityCode,
    ) ?? false
  );
}

const memberDraft = fc.record({
  age: fc.integer({ min: 0, max: 90 }),
  birthMonth: fc.integer({ min: 1, max: 12 }),
  birthDay: fc.integer({ min: 1, max: 28 }),
  reduction: fc.nat(),
});

const householdDraft = fc.record({
  monthIndex: fc.integer({ min: 0, max: 119 }),
  municipality: fc.constantFrom(...MUNICIPALITIES),
  applicant: memberDraft,
  spouse: fc.option(memberDraft, { nil: undefined }),
  children: fc.array(memberDraft, { maxLength: 6 }),
  otherAdults: fc.array(memberDraft, { maxLength: 2 }),
  housingCents: fc.integer({ min: 0, max: 400_000 }),
  graceEnded: fc.boolean(),
  incomes: fc.array(
    fc.record({
      member: fc.nat(),
      type: fc.constantFrom(...incomeTypes),
      amountCents: fc.integer({ max: 400_000, min: 0 }),
    }),
    { maxLength: 6 },
  ),
  expenses: fc.array(
    fc.record({
      type: fc.constantFrom(...calculationExpenseTypes),
      amountCents: fc.integer({ min: 0, max: 100_000 }),
    }),
    { maxLength: 4 },
  ),
  assetsCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300_000 })),
});

type Draft = typeof householdDraft extends fc.Arbitrary<infer T> ? T : never;

/** Turns a random draft into a valid input for its month (reductions and the norm as that month allows). */
function build(draft: Draft): { input: CalculationInput; parameters: ParameterSet } {
  const month = monthOf(draft.monthIndex);
  const parameters = parametersFor(month);
  const reductions = allowedReductions(parameters);
  const member = (id: string, role: MemberRole, raw: Draft['applicant'], minAge: number, maxAge: number) => {
    const age = minAge + (raw.age % (maxAge - minAge + 1));
    const percent = reductions[raw.reduction % reductions.length] ?? 0;
    const result: CalculationMember = {
      id,
      role,
      dateOfBirth: dateOfBirth(month, age, raw.birthMonth, raw.birthDay),
    };
    if (percent !== 0) result.reductionPercent = percent;
    return result;
  };
  const members: CalculationMember[] = [member('applicant', 'applicant', draft.applicant, 18, 90)];
  if (draft.spouse) members.push(member('spouse', 'spouse', draft.spouse, 18, 90));
  draft.children.forEach((child, index) => {
    members.push(member(`child-${index}`, index % 4 === 3 ? 'adult_child' : 'child', child, 1, 25));
  });
  draft.otherAdults.forEach((adult, index) => {
    members.push(member(`other-${index}`, 'other_adult', adult, 18, 90));
  });
  const input: CalculationInput = {
    month,
    municipalityCode: draft.municipality,
    members,
    housing: { costsCents: draft.housingCents },
    incomes: draft.incomes.map((income) => ({
      memberId: members[income.member % members.length]?.id ?? 'applicant',
      type: income.type,
      amountCents: income.amountCents,
    })),
    expenses: draft.expenses,
    assetsCents: draft.assetsCents,
  };
  if (hasNorm(parameters, draft.municipality)) input.housing.normGraceEnded = draft.graceEnded;
  return { input, parameters };
}

const household = householdDraft.map(build);

function sumOf(result: CalculationResult, kinds: readonly string[]): number {
  return result.lines
    .filter((line) => kinds.includes(line.kind))
    .reduce((sum, line) => sum + line.amountCents, 0);
}

describe('calculate (properties)', () => {
  it('gives valid input a valid, never negative result whose lines add up to the totals', () => {
    fc.assert(
      fc.property(household, ({ input, parameters }) => {
        assert.ok(calculationInputSchema.safeParse(input).success);
        const result = calculationResultSchema.parse(calculate(input, parameters));
        assert.ok(Number.isSafeInteger(result.amountCents) && result.amountCents >= 0);
        const expenses = sumOf(result, expenseLineKinds);
        const resources = result.lines.reduce((sum, line) => sum + line.amountCents, 0) - expenses;
        assert.equal(result.totalExpensesCents, expenses);
        assert.equal(result.totalIncomeCents, resources);
        assert.equal(result.amountCents, Math.max(0, expenses - resources));
        assert.equal(result.parametersVersion, parameters.version);
        assert.ok(result.lines.every((line) => line.legalReference.length > 0 && line.label.length > 0));
      }),
      { numRuns: RUNS },
    );
  });

  it('never raises the amount when an income grows or a new income is added', () => {
    fc.assert(
      fc.property(
        household,
        fc.integer({ min: 1, max: 300_000 }),
        fc.nat(),
        fc.constantFrom(...incomeTypes),
        ({ input, parameters }, extra, pick, type) => {
          const before = calculate(input, parameters);
          const incomes = input.incomes.map((income) => ({ ...income }));
          const existing = incomes[pick % (incomes.length + 1)];
          if (existing) existing.amountCents += extra;
          else
            incomes.push({
              memberId: input.members[pick % input.members.length]?.id ?? 'applicant',
              type,
              amountCents: extra,
            });
          const after = calculate({ ...input, incomes }, parameters);
          assert.ok(after.totalIncomeCents >= before.totalIncomeCents);
          assert.ok(after.amountCents <= before.amountCents, `${after.amountCents} > ${before.amountCents}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never raises the amount with a higher reduction (nor lowers it with a lower one)', () => {
    fc.assert(
      fc.property(household, fc.nat(), fc.nat(), fc.nat(), ({ input, parameters }, who, first, second) => {
        const reductions = allowedReductions(parameters);
        const a = reductions[first % reductions.length] ?? 0;
        const b = reductions[second % reductions.length] ?? 0;
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const index = who % input.members.length;
        const withReduction = (percent: ReductionPercent) =>
          calculate(
            {
              ...input,
              members: input.members.map((member, position) =>
                position === index ? { ...member, reductionPercent: percent } : member,
              ),
            },
            parameters,
          );
        const lowerResult = withReduction(lower);
        const higherResult = withReduction(higher);
        assert.ok(higherResult.amountCents <= lowerResult.amountCents);
        assert.ok(higherResult.totalExpensesCents <= lowerResult.totalExpensesCents);
      }),
      { numRuns: RUNS },
    );
  });

  it('does not depend on the order in which the members are listed', () => {
    fc.assert(
      fc.property(household, fc.nat(), ({ input, parameters }, seed) => {
        const members = [...input.members];
        // A deterministic shuffle from the seed.
        let state = seed;
        for (let index = members.length - 1; index > 0; index -= 1) {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          const other = state % (index + 1);
          [members[index], members[other]] = [
            members[other] as CalculationMember,
            members[index] as CalculationMember,
          ];
        }
        const original = calculate(input, parameters);
        const shuffled = calculate({ ...input, members }, parameters);
        assert.equal(shuffled.totalExpensesCents, original.totalExpensesCents);
        assert.equal(shuffled.amountCents, original.amountCents);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers the amount when housing costs grow, never raises it when assets grow', () => {
    fc.assert(
      fc.property(household, fc.integer({ min: 1, max: 100_000 }), ({ input, parameters }, extra) => {
        const base = calculate(input, parameters).amountCents;
        const moreHousing = {
          ...input,
          housing: { ...input.housing, costsCents: input.housing.costsCents + extra },
        };
        assert.ok(calculate(moreHousing, parameters).amountCents >= base);
        assert.ok(
          calculate({ ...input, assetsCents: input.assetsCents + extra }, parameters).amountCents <= base,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('is pure: the same result twice, and the input is not changed', () => {
    fc.assert(
      fc.property(household, ({ input, parameters }) => {
        // (JSON, because fast-check's records have no prototype and structuredClone gives them one.)
        const before = JSON.stringify(input);
        const first = calculate(input, parameters);
        assert.equal(JSON.stringify(input), before);
        const again = calculate(JSON.parse(before), JSON.parse(JSON.stringify(parameters)));
        assert.equal(JSON.stringify(again), JSON.stringify(first));
      }),
      { numRuns: 100 },
    );
  });
});
