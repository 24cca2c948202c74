// The calculation input and result (shared/design/api-contract.md, "Calculation input and result") as zod
// schemas, so the server validates requests and serialises responses with exactly these shapes.
import {
  birthDateSchema,
  EARLIEST_MONTH,
  expenseTypes,
  type HousingRelatedExpenseType,
  housingRelatedExpenseTypes,
  incomeTypes,
  isBirthDateInRange,
  isMonthInRange,
  monthInRangeSchema,
} from '@tuki/domain';
import { z } from 'zod';
import type { CalculationInputIssue } from './errors.ts';
import { lastDayOfMonth, MONTH_PATTERN } from './month.ts';

export const memberRoles = ['applicant', 'spouse', 'child', 'adult_child', 'other_adult'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** The reductions of the basic amount the contract allows (TTL 10 §); which are in force depends on the month. */
export const reductionPercents = [0, 20, 40, 50] as const;
export type ReductionPercent = (typeof reductionPercents)[number];

export type { ExpenseType, IncomeType } from '@tuki/domain';
/** Housing-related expenses accepted outside the housing-cost norm: @tuki/domain's. */
export { expenseTypes, type HousingRelatedExpenseType, housingRelatedExpenseTypes, incomeTypes };

/** Every expense type a calculation accepts: the form's types and the housing-related ones. */
export const calculationExpenseTypes = [...expenseTypes, ...housingRelatedExpenseTypes] as const;
export type CalculationExpenseType = (typeof calculationExpenseTypes)[number];

/** Largest amount of one field, 1 000 000 €: far above any real figure, far below the integer limit. */
export const MAX_CENTS = 100_000_000;
export const MAX_MEMBERS = 30;

export const monthSchema = z.string().regex(MONTH_PATTERN, 'expected a month YYYY-MM');
const centsSchema = z.number().int().min(0).max(MAX_CENTS);

export const calculationMemberSchema = z
  .object({
    id: z.string().min(1).max(100),
    role: z.enum(memberRoles),
    dateOfBirth: birthDateSchema,
    reductionPercent: z.literal(reductionPercents).optional(),
    /**
     * The applicant lives with their parent(s) (an adult child's own application): their share is
     * `adultLivingWithParents` (73 %) unless they have a spouse or minor children in the family. Applicant only.
     */
    livesWithParents: z.boolean().optional(),
  })
  .strict();

export const calculationInputSchema = z
  .object({
    month: monthInRangeSchema,
    municipalityCode: z.string().regex(/^\d{3}$/, 'expected a three-digit municipality code'),
    members: z.array(calculationMemberSchema).min(1).max(MAX_MEMBERS),
    housing: z
      .object({
        /** The whole home's accepted housing costs (every resident's share included). */
        costsCents: centsSchema,
        normGraceEnded: z.boolean().optional(),
        /**
         * The family's share of `costsCents` when a rental agreement divides the costs otherwise than per head;
         * absent: the costs divided per head among all residents. At most `costsCents`.
         */
        familyShareCents: centsSchema.optional(),
      })
      .strict(),
    incomes: z
      .array(
        z
          .object({
            memberId: z.string().min(1).max(100),
            type: z.enum(incomeTypes),
            amountCents: centsSchema,
          })
          .strict(),
      )
      .max(200),
    expenses: z
      .array(z.object({ type: z.enum(calculationExpenseTypes), amountCents: centsSchema }).strict())
      .max(100),
    assetsCents: centsSchema,
  })
  .strict()
  .superRefine((input, context) => {
    for (const issue of calculationInputIssues(input)) {
      context.addIssue({
        code: 'custom',
        path: issue.path,
        message: issue.message,
        params: { code: issue.code },
      });
    }
  });

export type CalculationInput = z.infer<typeof calculationInputSchema>;
export type CalculationMember = CalculationInput['members'][number];
export type CalculationIncome = CalculationInput['incomes'][number];
export type CalculationExpense = CalculationInput['expenses'][number];

/**
 * What the schema's shapes cannot say: exactly one applicant, at most one spouse, unique member ids, incomes of
 * known members, nobody born after the month, `livesWithParents` only on the applicant, the family's share of the
 * housing costs not above the costs. Parameter-dependent checks (a reduction not yet in force, a missing
 * housing norm) are made by `calculate`.
 */
export function calculationInputIssues(input: CalculationInput): CalculationInputIssue[] {
  const issues: CalculationInputIssue[] = [];
  const applicants = input.members.filter((member) => member.role === 'applicant').length;
  if (applicants !== 1) {
    issues.push({
      path: ['members'],
      code: 'one-applicant',
      message: `exactly one member must be the applicant (found ${applicants})`,
    });
  }
  if (input.members.filter((member) => member.role === 'spouse').length > 1) {
    issues.push({ path: ['members'], code: 'one-spouse', message: 'at most one member can be the spouse' });
  }
  const ids = new Set<string>();
  const monthEnd = isMonthInRange(input.month) ? lastDayOfMonth(input.month) : null;
  input.members.forEach((member, index) => {
    if (ids.has(member.id)) {
      issues.push({
        path: ['members', index, 'id'],
        code: 'duplicate-member',
        message: 'member ids must be unique',
      });
    }
    ids.add(member.id);
    if (monthEnd !== null && member.dateOfBirth > monthEnd) {
      issues.push({
        path: ['members', index, 'dateOfBirth'],
        code: 'born-after-month',
        message: 'the member is born after the calculation month',
      });
    }
  });
  input.members.forEach((member, index) => {
    if (member.livesWithParents === true && member.role !== 'applicant') {
      issues.push({
        path: ['members', index, 'livesWithParents'],
        code: 'lives-with-parents-applicant-only',
        message: 'only the applicant can be marked as living with their parents',
      });
    }
  });
  if (
    input.housing.familyShareCents !== undefined &&
    input.housing.familyShareCents > input.housing.costsCents
  ) {
    issues.push({
      path: ['housing', 'familyShareCents'],
      code: 'family-share-above-costs',
      message: "the family's share cannot exceed the home's housing costs",
    });
  }
  input.incomes.forEach((income, index) => {
    if (!ids.has(income.memberId)) {
      issues.push({
        path: ['incomes', index, 'memberId'],
        code: 'unknown-member',
        message: 'the income belongs to no member of the household',
      });
    }
  });
  return issues;
}

/**
 * Dates the calendar arithmetic can take: a month from 2012-01 and real birth dates from 1900-01-01. The schema
 * refuses these already (with today as the upper bound); `calculate` checks them again for a caller that skipped
 * it, so that bad input is an InvalidCalculationInputError, never a RangeError.
 */
export function calculationDateIssues(input: CalculationInput): CalculationInputIssue[] {
  const issues: CalculationInputIssue[] = [];
  if (!isMonthInRange(input.month)) {
    issues.push({
      path: ['month'],
      code: 'month-out-of-range',
      message: `the month must be ${EARLIEST_MONTH} or later`,
    });
  }
  input.members.forEach((member, index) => {
    if (!isBirthDateInRange(member.dateOfBirth)) {
      issues.push({
        path: ['members', index, 'dateOfBirth'],
        code: 'birth-date-out-of-range',
        message: 'the date of birth must be a real date from 1900-01-01 on',
      });
    }
  });
  return issues;
}

/** The kinds of line; the first four are needs (expenses), the last three resources (income and assets). */
export const expenseLineKinds = ['basicAmount', 'reduction', 'housing', 'expense'] as const;
export const resourceLineKinds = ['income', 'earnedIncomeDeduction', 'assets'] as const;
export const lineKinds = [...expenseLineKinds, ...resourceLineKinds] as const;
export type LineKind = (typeof lineKinds)[number];

export const calculationLineSchema = z
  .object({
    kind: z.enum(lineKinds),
    memberId: z.string().optional(),
    /** A stable key that the apps and letters translate, e.g. `basicAmount.singleParent`. */
    label: z.string(),
    /** Values for the label's text (shares, norms, claimed amounts); numbers are cents or basis points. */
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** Signed: reductions and deductions are negative, everything else is zero or more. */
    amountCents: z.number().int(),
    legalReference: z.string(),
  })
  .strict();

/** How the home's housing costs were divided between the family and the other residents (TTL 3 §, §2.1). */
export const housingDivisionMethods = ['wholeHome', 'perHead', 'agreement'] as const;
export type HousingDivisionMethod = (typeof housingDivisionMethods)[number];

export const calculationFamilySchema = z
  .object({
    /** The members the calculation covers: the applicant, a spouse and minor children (TTL 3 §). */
    memberIds: z.array(z.string()),
    /** Everyone living in the home (the family and the other residents). */
    residents: z.number().int().min(1),
    /** The other residents' ids: they count only for dividing the housing costs. */
    otherResidentIds: z.array(z.string()),
    housingDivision: z
      .object({
        totalCostsCents: z.number().int().min(0),
        familyShareCents: z.number().int().min(0),
        /** wholeHome: everyone is in the family; perHead: costs × family ÷ residents; agreement: given. */
        method: z.enum(housingDivisionMethods),
      })
      .strict(),
    /** Incomes of other residents in the input, not counted (their incomes never reduce the family's assistance). */
    uncountedIncomes: z
      .array(
        z.object({ memberId: z.string(), type: z.string(), amountCents: z.number().int().min(0) }).strict(),
      )
      .optional(),
  })
  .strict();
export type CalculationFamily = z.infer<typeof calculationFamilySchema>;

export const calculationResultSchema = z
  .object({
    month: monthSchema,
    lines: z.array(calculationLineSchema),
    /** Who the calculation covers and how the housing costs were divided (absent in results made before it). */
    family: calculationFamilySchema.optional(),
    /** The sum of the basicAmount, reduction, housing and expense lines. */
    totalExpensesCents: z.number().int().min(0),
    /** The sum of the income, earnedIncomeDeduction and assets lines (income and assets counted). */
    totalIncomeCents: z.number().int().min(0),
    /** max(0, totalExpensesCents − totalIncomeCents): the assistance for the month. */
    amountCents: z.number().int().min(0),
    parametersVersion: z.string(),
  })
  .strict();

export type CalculationLine = z.infer<typeof calculationLineSchema>;
export type CalculationResult = z.infer<typeof calculationResultSchema>;
