// The calculation input and result (shared/design/api-contract.md, "Calculation input and result") as zod
// schemas, so the server validates requests and serialises responses with exactly these shapes.
import { expenseTypes, incomeTypes } from '@tuki/domain';
import { z } from 'zod';
import type { CalculationInputIssue } from './errors.ts';
import { isMonth, lastDayOfMonth, MONTH_PATTERN } from './month.ts';

export const memberRoles = ['applicant', 'spouse', 'child', 'adult_child', 'other_adult'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** The reductions of the basic amount the contract allows (TTL 10 §); which are in force depends on the month. */
export const reductionPercents = [0, 20, 40, 50] as const;
export type ReductionPercent = (typeof reductionPercents)[number];

export type { ExpenseType, IncomeType } from '@tuki/domain';
export { expenseTypes, incomeTypes };

/**
 * Housing-related expenses accepted outside the housing-cost norm (TTL 7 b §, domain doc §2.3): household
 * electricity, home insurance and a sauna fee. The caseworker's calculation knows them; the citizen's form lists
 * `expenseTypes` of @tuki/domain.
 */
export const housingRelatedExpenseTypes = ['electricity', 'home_insurance', 'sauna'] as const;
export type HousingRelatedExpenseType = (typeof housingRelatedExpenseTypes)[number];

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
    dateOfBirth: z.iso.date(),
    reductionPercent: z.literal(reductionPercents).optional(),
  })
  .strict();

export const calculationInputSchema = z
  .object({
    month: monthSchema,
    municipalityCode: z.string().regex(/^\d{3}$/, 'expected a three-digit municipality code'),
    members: z.array(calculationMemberSchema).min(1).max(MAX_MEMBERS),
    housing: z.object({ costsCents: centsSchema, normGraceEnded: z.boolean().optional() }).strict(),
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
 * known members, nobody born after the month. Parameter-dependent checks (a reduction not yet in force, a missing
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
  const monthEnd = isMonth(input.month) ? lastDayOfMonth(input.month) : null;
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

export const calculationResultSchema = z
  .object({
    month: monthSchema,
    lines: z.array(calculationLineSchema),
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
