// The monthly calculation of social assistance (shared/domain/social-assistance.md §2, TTL 6–11 §):
//
//   assistance = max(0, Σ basic amounts of members (after any reduction) + accepted housing costs
//                       + other accepted basic expenses − counted net income − available assets)
//
// Pure: no I/O, no clock, no randomness; the same input and parameter set always give the same result, so a
// decision that keeps both can be recalculated exactly. All money is integer cents. Rounding happens in exactly
// three places, each to the cent, half up (the doc's rule; half cents are an unverified assumption):
//   1. a member's basic amount = single-person amount × share            (Kela's tables reproduce this way)
//   2. a reduced basic amount   = basic amount × (100 − reduction %)      (so the cut never exceeds the percent)
//   3. an earned-income deduction = earned income × rate, then the cap    (only the 20 % rule has fractions)
import {
  type CalculationInput,
  type CalculationLine,
  type CalculationMember,
  type CalculationResult,
  calculationInputIssues,
} from './calculation-schema.ts';
import {
  type CalculationInputIssue,
  InvalidCalculationInputError,
  MissingHousingNormError,
  ParametersNotInForceError,
} from './errors.ts';
import { ageOnFirstDayOfMonth } from './month.ts';
import { normForHouseholdSize, type ParameterSet } from './parameter-set.ts';

/** The member categories of TTL 9 § (domain doc §2.1). */
export type MemberCategory =
  | 'single'
  | 'singleParent'
  | 'otherAdult'
  | 'adultLivingWithParents'
  | 'child10To17'
  | 'childUnder10';

/** `value × numerator / denominator`, rounded to the nearest integer, exact halves up (all operands ≥ 0). */
export function roundHalfUp(value: number, numerator: number, denominator: number): number {
  return Math.floor((value * numerator * 2 + denominator) / (denominator * 2));
}

type ClassifiedMember = {
  member: CalculationMember;
  index: number;
  age: number;
  category: MemberCategory;
  /** 1 for the eldest minor child, 2 for the next, …; undefined for adults. */
  childOrdinal: number | undefined;
};

/**
 * Decides each member's category from the roles and the ages on the first day of the month:
 * - the applicant: with a spouse `otherAdult`; without one `singleParent` if a child of the household is under
 *   18, otherwise `single` (also when only adult children live with them, §2.1);
 * - the spouse and other adults: `otherAdult` (TTL 9 §: "other person aged 18+");
 * - children (`child`, `adult_child`) by age: 18+ `adultLivingWithParents`, 10–17 `child10To17`, under 10
 *   `childUnder10`; the minors are numbered eldest first for the sibling reduction (ties by input order).
 */
export function classifyMembers(
  members: readonly CalculationMember[],
  month: string,
  parameters: ParameterSet,
) {
  const limits = parameters.basicAmount.ageLimits.value;
  const withAges = members.map((member, index) => ({
    member,
    index,
    age: Math.max(0, ageOnFirstDayOfMonth(member.dateOfBirth, month)),
  }));
  const isChildRole = (role: CalculationMember['role']) => role === 'child' || role === 'adult_child';
  const minors = withAges
    .filter((entry) => isChildRole(entry.member.role) && entry.age < limits.adultFrom)
    .sort((a, b) =>
      a.member.dateOfBirth === b.member.dateOfBirth
        ? a.index - b.index
        : a.member.dateOfBirth < b.member.dateOfBirth
          ? -1
          : 1,
    );
  const ordinals = new Map(minors.map((entry, position) => [entry.index, position + 1]));
  const hasSpouse = members.some((member) => member.role === 'spouse');

  return withAges.map(({ member, index, age }): ClassifiedMember => {
    let category: MemberCategory;
    switch (member.role) {
      case 'applicant':
        category = hasSpouse ? 'otherAdult' : minors.length > 0 ? 'singleParent' : 'single';
        break;
      case 'spouse':
      case 'other_adult':
        category = 'otherAdult';
        break;
      case 'child':
      case 'adult_child':
        category =
          age >= limits.adultFrom
            ? 'adultLivingWithParents'
            : age >= limits.child10To17From
              ? 'child10To17'
              : 'childUnder10';
        break;
    }
    return { member, index, age, category, childOrdinal: ordinals.get(index) };
  });
}

/** The member's share in basis points after the sibling reduction (never below zero). */
function shareOf(classified: ClassifiedMember, parameters: ParameterSet): number {
  const share = parameters.basicAmount.sharesBasisPoints.value[classified.category];
  const sibling = parameters.basicAmount.siblingReductionBasisPoints.value;
  const ordinal = classified.childOrdinal ?? 1;
  const reduction = ordinal === 1 ? 0 : ordinal === 2 ? sibling.second : sibling.thirdAndFurther;
  return Math.max(0, share - reduction);
}

function parameterIssues(input: CalculationInput, parameters: ParameterSet): CalculationInputIssue[] {
  const allowed: readonly number[] = parameters.reductionPercents.value;
  const issues: CalculationInputIssue[] = [];
  input.members.forEach((member, index) => {
    const percent = member.reductionPercent ?? 0;
    if (percent !== 0 && !allowed.includes(percent)) {
      issues.push({
        path: ['members', index, 'reductionPercent'],
        code: 'reduction-not-in-force',
        message: `a ${percent} % reduction is not in force in ${input.month} (in force: ${allowed.join(', ') || 'none'})`,
      });
    }
  });
  const expenseReferences: Readonly<Partial<Record<string, string>>> = parameters.legalReferences.expenses;
  input.expenses.forEach((expense, index) => {
    if (expenseReferences[expense.type] === undefined) {
      issues.push({
        path: ['expenses', index, 'type'],
        code: 'expense-not-in-force',
        message: `parameter set ${parameters.version} accepts no ${expense.type} expense`,
      });
    }
  });
  return issues;
}

/**
 * Calculates the assistance for `input.month` with `parameters`, which must be the set in force in that month
 * (`parametersFor(input.month)`, or the set a decision kept).
 *
 * Throws ParametersNotInForceError for a set of another period, InvalidCalculationInputError for input that
 * breaks a rule (see calculationInputIssues; a reduction not in force), MissingHousingNormError when the norm must
 * cap the housing costs and the set has no norm for the municipality.
 */
export function calculate(input: CalculationInput, parameters: ParameterSet): CalculationResult {
  if (input.month < parameters.effectiveFrom || input.month > parameters.validThrough) {
    throw new ParametersNotInForceError(
      input.month,
      parameters.version,
      parameters.effectiveFrom,
      parameters.validThrough,
    );
  }
  const issues = [...calculationInputIssues(input), ...parameterIssues(input, parameters)];
  if (issues.length > 0) throw new InvalidCalculationInputError(issues);

  const references = parameters.legalReferences;
  const singlePersonCents = parameters.basicAmount.singlePersonCents.value;
  const lines: CalculationLine[] = [];

  // Basic amounts and reductions (TTL 9 §, 10 §), in the order of the members.
  const classified = classifyMembers(input.members, input.month, parameters);
  for (const entry of classified) {
    const shareBasisPoints = shareOf(entry, parameters);
    const basicCents = roundHalfUp(singlePersonCents, shareBasisPoints, 10_000);
    const params: Record<string, number> = { singlePersonCents, shareBasisPoints, age: entry.age };
    if (entry.childOrdinal !== undefined) params.childOrdinal = entry.childOrdinal;
    lines.push({
      kind: 'basicAmount',
      memberId: entry.member.id,
      label: `basicAmount.${entry.category}`,
      params,
      amountCents: basicCents,
      legalReference: references.basicAmount,
    });
    const percent = entry.member.reductionPercent ?? 0;
    if (percent > 0) {
      const reducedCents = roundHalfUp(basicCents, 100 - percent, 100);
      lines.push({
        kind: 'reduction',
        memberId: entry.member.id,
        label: 'reduction.basicAmount',
        params: { percent, basicAmountCents: basicCents, reducedCents },
        amountCents: reducedCents - basicCents,
        legalReference: references.reduction,
      });
    }
  }

  lines.push(housingLine(input, parameters));

  // Other basic expenses (§2.4), as accepted by the caseworker.
  for (const expense of input.expenses) {
    lines.push({
      kind: 'expense',
      label: `expense.${expense.type}`,
      amountCents: expense.amountCents,
      // parameterIssues refused an expense without a reference.
      legalReference: references.expenses[expense.type] ?? '',
    });
  }

  // Income (TTL 11 §): every entry, then each member's earned-income deduction.
  for (const income of input.incomes) {
    lines.push({
      kind: 'income',
      memberId: income.memberId,
      label: `income.${income.type}`,
      amountCents: income.amountCents,
      legalReference: references.income,
    });
  }
  const deduction = parameters.earnedIncomeDeduction.value;
  const earnedTypes: readonly string[] = deduction.incomeTypes;
  const adultFrom = parameters.basicAmount.ageLimits.value.adultFrom;
  for (const entry of classified) {
    const rule = entry.age >= adultFrom ? deduction.adults : deduction.minors;
    if (rule === null) continue;
    let earnedCents = 0;
    for (const income of input.incomes) {
      if (income.memberId === entry.member.id && earnedTypes.includes(income.type))
        earnedCents += income.amountCents;
    }
    if (earnedCents === 0) continue;
    const deductionCents = Math.min(rule.maxCents, roundHalfUp(earnedCents, rule.rateBasisPoints, 10_000));
    lines.push({
      kind: 'earnedIncomeDeduction',
      memberId: entry.member.id,
      label: 'earnedIncomeDeduction',
      params: { earnedCents, rateBasisPoints: rule.rateBasisPoints, maxCents: rule.maxCents },
      amountCents: -deductionCents,
      legalReference: references.earnedIncomeDeduction,
    });
  }

  lines.push({
    kind: 'assets',
    label: 'assets',
    amountCents: input.assetsCents,
    legalReference: references.assets,
  });

  let totalExpensesCents = 0;
  let totalIncomeCents = 0;
  for (const line of lines) {
    if (line.kind === 'income' || line.kind === 'earnedIncomeDeduction' || line.kind === 'assets') {
      totalIncomeCents += line.amountCents;
    } else {
      totalExpensesCents += line.amountCents;
    }
  }
  return {
    month: input.month,
    lines,
    totalExpensesCents,
    totalIncomeCents,
    amountCents: Math.max(0, totalExpensesCents - totalIncomeCents),
    parametersVersion: parameters.version,
  };
}

/**
 * Housing costs (TTL 7 a §, §2.3): accepted in full, except that after the grace period (`normGraceEnded`, set by
 * the caseworker when the client was told to find cheaper housing over `graceMonths` ago and no statutory special
 * reason applies) they are accepted up to the municipal norm for the household's size plus the water allowance
 * per person. Within the grace period costs above the norm are accepted and the line says so.
 */
function housingLine(input: CalculationInput, parameters: ParameterSet): CalculationLine {
  const claimedCents = input.housing.costsCents;
  const householdSize = input.members.length;
  const norm = parameters.housing.norm?.value.municipalities.find(
    (candidate) => candidate.municipalityCode === input.municipalityCode,
  );
  const references = parameters.legalReferences;
  if (norm === undefined) {
    if (input.housing.normGraceEnded === true) {
      throw new MissingHousingNormError(input.municipalityCode, input.month, parameters.version);
    }
    return {
      kind: 'housing',
      label: 'housing.costs',
      params: { claimedCents, householdSize },
      amountCents: claimedCents,
      legalReference: references.housing,
    };
  }
  const normCents = normForHouseholdSize(norm, householdSize);
  const waterAllowanceCents = (parameters.housing.waterAllowancePerPersonCents?.value ?? 0) * householdSize;
  const capCents = normCents + waterAllowanceCents;
  const params = { claimedCents, householdSize, normCents, waterAllowanceCents, capCents };
  if (claimedCents <= capCents) {
    return {
      kind: 'housing',
      label: 'housing.costs',
      params,
      amountCents: claimedCents,
      legalReference: references.housing,
    };
  }
  if (input.housing.normGraceEnded === true) {
    return {
      kind: 'housing',
      label: 'housing.cappedByNorm',
      params,
      amountCents: capCents,
      legalReference: references.housingNorm,
    };
  }
  return {
    kind: 'housing',
    label: 'housing.aboveNormInGrace',
    params,
    amountCents: claimedCents,
    legalReference: references.housingNorm,
  };
}
