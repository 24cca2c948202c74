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
  type CalculationFamily,
  type CalculationInput,
  type CalculationLine,
  type CalculationMember,
  type CalculationResult,
  calculationDateIssues,
  calculationInputIssues,
  type HousingDivisionMethod,
} from './calculation-schema.ts';
import {
  type CalculationInputIssue,
  InvalidCalculationInputError,
  MissingHousingNormError,
  ParametersNotInForceError,
  UnknownMunicipalityError,
} from './errors.ts';
import { ageOnFirstDayOfMonth } from './month.ts';
import { type MunicipalNorm, normForHouseholdSize, type ParameterSet } from './parameter-set.ts';

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
 * Whether a member belongs to the family the calculation covers (TTL 3 §, domain doc §2.1): the applicant, a
 * spouse or cohabiting partner, and minor children (`child` under 18 on the first day of the month). Every other
 * resident (`adult_child`, `other_adult`, a `child` aged 18+) is a case of their own: they count only for dividing
 * the housing costs.
 */
function inFamily(role: CalculationMember['role'], age: number, adultFrom: number): boolean {
  return role === 'applicant' || role === 'spouse' || (role === 'child' && age < adultFrom);
}

/**
 * The family's members (in input order) with their categories, decided from the roles and the ages on the first day
 * of the month; members outside the family are left out (see `inFamily`):
 * - the applicant: with a spouse `otherAdult`; without one `singleParent` if a minor child is in the family,
 *   otherwise `adultLivingWithParents` when marked `livesWithParents` (an adult child's own case), otherwise
 *   `single` (also when only adult children live with them, §2.1);
 * - the spouse: `otherAdult` (TTL 9 §: "other person aged 18+");
 * - minor children by age: 10–17 `child10To17`, under 10 `childUnder10`, numbered eldest first for the sibling
 *   reduction. Twins (the same date of birth) are ordered so that the listing order never changes the amount: the
 *   child with the smaller TTL 10 § reduction counts as the elder (the order that gives the family the larger sum),
 *   then input order.
 */
export function classifyMembers(
  members: readonly CalculationMember[],
  month: string,
  parameters: ParameterSet,
): ClassifiedMember[] {
  const limits = parameters.basicAmount.ageLimits.value;
  const family = members
    .map((member, index) => ({
      member,
      index,
      age: Math.max(0, ageOnFirstDayOfMonth(member.dateOfBirth, month)),
    }))
    .filter((entry) => inFamily(entry.member.role, entry.age, limits.adultFrom));
  const minors = family
    .filter((entry) => entry.member.role === 'child')
    .sort((a, b) =>
      a.member.dateOfBirth === b.member.dateOfBirth
        ? (a.member.reductionPercent ?? 0) - (b.member.reductionPercent ?? 0) || a.index - b.index
        : a.member.dateOfBirth < b.member.dateOfBirth
          ? -1
          : 1,
    );
  const ordinals = new Map(minors.map((entry, position) => [entry.index, position + 1]));
  const hasSpouse = family.some((entry) => entry.member.role === 'spouse');

  return family.map(({ member, index, age }): ClassifiedMember => {
    let category: MemberCategory;
    if (member.role === 'applicant') {
      category = hasSpouse
        ? 'otherAdult'
        : minors.length > 0
          ? 'singleParent'
          : member.livesWithParents === true
            ? 'adultLivingWithParents'
            : 'single';
    } else if (member.role === 'spouse') {
      category = 'otherAdult';
    } else {
      category = age >= limits.child10To17From ? 'child10To17' : 'childUnder10';
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
  const adultFrom = parameters.basicAmount.ageLimits.value.adultFrom;
  input.members.forEach((member, index) => {
    const percent = member.reductionPercent ?? 0;
    const age = ageOnFirstDayOfMonth(member.dateOfBirth, input.month);
    if (percent !== 0 && !inFamily(member.role, age, adultFrom)) {
      issues.push({
        path: ['members', index, 'reductionPercent'],
        code: 'reduction-outside-family',
        message: 'a reduction of the basic amount applies only to a member of the family (TTL 3 §, 10 §)',
      });
      return;
    }
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
 * breaks a rule (see calculationInputIssues; a reduction not in force or for a member outside the family; an
 * expense the set has no provision for), UnknownMunicipalityError when the set has a norm table and the
 * municipality is not in it, MissingHousingNormError when the grace period has ended in a month before the norms.
 *
 * The calculation covers the family only (TTL 3 §, domain doc §2.1): basic amounts, incomes and earned-income
 * deductions of the applicant, a spouse and minor children. Other residents divide the housing costs per head and
 * nothing else; their incomes in the input are listed in `result.family.uncountedIncomes`, never counted, so that
 * an application listing every resident's income (as the form asks) can be calculated as it is. `assetsCents` is
 * the family's available assets.
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
  // The parameter checks compute ages, which needs dates in range.
  const dateIssues = calculationDateIssues(input);
  if (dateIssues.length > 0) throw new InvalidCalculationInputError(dateIssues);
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

  const familyIds = new Set(classified.map((entry) => entry.member.id));
  const housing = housingLine(input, parameters, classified.length);
  lines.push(housing.line);

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

  // Income (TTL 11 §): every entry of a family member, then each member's earned-income deduction. The incomes of
  // other residents are never counted (TTL 3 §): they are left out of the lines and listed in `family`.
  const uncountedIncomes: { memberId: string; type: string; amountCents: number }[] = [];
  for (const income of input.incomes) {
    if (!familyIds.has(income.memberId)) {
      uncountedIncomes.push({
        memberId: income.memberId,
        type: income.type,
        amountCents: income.amountCents,
      });
      continue;
    }
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
    family: {
      memberIds: classified.map((entry) => entry.member.id),
      residents: input.members.length,
      otherResidentIds: input.members
        .filter((member) => !familyIds.has(member.id))
        .map((member) => member.id),
      housingDivision: housing.division,
      ...(uncountedIncomes.length > 0 ? { uncountedIncomes } : {}),
    },
    totalExpensesCents,
    totalIncomeCents,
    amountCents: Math.max(0, totalExpensesCents - totalIncomeCents),
    parametersVersion: parameters.version,
  };
}

/** The norm table by municipality code, built once per table (sets are frozen; a table has ~300 rows). */
const normIndexes = new WeakMap<readonly MunicipalNorm[], ReadonlyMap<string, MunicipalNorm>>();
function normIndex(table: readonly MunicipalNorm[]): ReadonlyMap<string, MunicipalNorm> {
  let index = normIndexes.get(table);
  if (index === undefined) {
    index = new Map(table.map((norm) => [norm.municipalityCode, norm]));
    normIndexes.set(table, index);
  }
  return index;
}

/**
 * The family's housing costs (TTL 7 b §, the norm TTL 7 a §; domain doc §2.1, §2.3).
 *
 * The input's costs are the whole home's. When other residents live in the home (TTL 3 §: they are not in the
 * family), the family's share is the costs divided per head among all residents (rounded half up to the cent), or
 * the share a rental agreement gives (`housing.familyShareCents`).
 *
 * The norm caps the reasonable costs of a HOME for the number of people living in it, so in a divided home the
 * cap is divided the same way as the costs: the norm for the home's size (all residents) times the family's part
 * (per head: family ÷ residents; by agreement: the agreed share ÷ the whole costs), plus the water allowance per
 * family member. Thus the family's share is capped exactly when the whole home costs more than the norm for its
 * size — a roommate's share is never judged against the norm of a one-person home (which would almost never cap it),
 * nor the family's share against the norm of a smaller home than the one it lives in. A home with no other
 * residents is the family's own: its norm is the family's size, as before.
 *
 * Accepted in full, except that after the grace period (`normGraceEnded`, set by the caseworker when the client was
 * told to find cheaper housing over `graceMonths` ago and no statutory special reason applies) only the cap is
 * accepted. Within the grace period costs above the cap are accepted and the line says so. A municipality not in
 * the month's norm table is refused (UnknownMunicipalityError), grace or not: a norm table exists from 2024-04 on.
 */
function housingLine(
  input: CalculationInput,
  parameters: ParameterSet,
  familySize: number,
): { line: CalculationLine; division: CalculationFamily['housingDivision'] } {
  const totalCostsCents = input.housing.costsCents;
  const residents = input.members.length;
  const agreed = input.housing.familyShareCents;
  const method: HousingDivisionMethod =
    agreed !== undefined ? 'agreement' : familySize === residents ? 'wholeHome' : 'perHead';
  const familyShareCents =
    agreed ??
    (method === 'wholeHome' ? totalCostsCents : roundHalfUp(totalCostsCents, familySize, residents));
  const division = { totalCostsCents, familyShareCents, method };
  // The line's label says how the family's share was found: the whole home, per head, or by a rental agreement.
  const prefix = method === 'agreement' ? 'agreed' : method === 'perHead' ? 'shared' : '';
  const references = parameters.legalReferences;
  const base = {
    claimedCents: familyShareCents,
    householdSize: residents,
    familySize,
    residents,
    totalCostsCents,
    familyShareCents,
    divisionMethod: method,
  };
  const normTable = parameters.housing.norm?.value.municipalities;
  if (normTable === undefined) {
    if (input.housing.normGraceEnded === true) {
      throw new MissingHousingNormError(input.municipalityCode, input.month, parameters.version);
    }
    return {
      division,
      line: {
        kind: 'housing',
        label: prefix === '' ? 'housing.costs' : `housing.${prefix}Costs`,
        params: base,
        amountCents: familyShareCents,
        legalReference: references.housing,
      },
    };
  }
  const norm = normIndex(normTable).get(input.municipalityCode);
  if (norm === undefined) {
    throw new UnknownMunicipalityError(input.municipalityCode, input.month, parameters.version);
  }
  const homeNormCents = normForHouseholdSize(norm, residents);
  const normCents =
    method === 'wholeHome'
      ? homeNormCents
      : method === 'perHead' || totalCostsCents === 0
        ? roundHalfUp(homeNormCents, familySize, residents)
        : roundHalfUp(homeNormCents, familyShareCents, totalCostsCents);
  const waterAllowanceCents = (parameters.housing.waterAllowancePerPersonCents?.value ?? 0) * familySize;
  const capCents = normCents + waterAllowanceCents;
  const params = { ...base, homeNormCents, normCents, waterAllowanceCents, capCents };
  const line = (label: string, amountCents: number, legalReference: string) => ({
    division,
    line: {
      kind: 'housing' as const,
      label:
        prefix === '' ? `housing.${label}` : `housing.${prefix}${label[0]?.toUpperCase()}${label.slice(1)}`,
      params,
      amountCents,
      legalReference,
    },
  });
  if (familyShareCents <= capCents) return line('costs', familyShareCents, references.housing);
  if (input.housing.normGraceEnded === true) return line('cappedByNorm', capCents, references.housingNorm);
  return line('aboveNormInGrace', familyShareCents, references.housingNorm);
}
