// The public estimate (estimateAssistance): a short household description mapped to the same calculation input
// and engine as a caseworker's calculation. Ages stand in for dates of birth: a member of age `a` is taken as born
// on the first day of the month `a` years earlier, so that the age on the first day of the month is exactly `a`.
import { incomeTypes, monthInRangeSchema } from '@tuki/domain';
import { type CalculationInput, type CalculationMember, calculationExpenseTypes } from '@tuki/rules';
import { z } from 'zod';

const MAX_CENTS = 100_000_000;
const cents = z.number().int().min(0).max(MAX_CENTS);

/**
 * Member ids of an estimate: `adult-1` (the applicant), `adult-2` (the spouse), `child-1`, `child-2`, …, and
 * `resident-1`, … for the other adults of the home. The family rule (TTL 3 §) holds here too: the other adults
 * (roommates, adult children, the applicant's parents) are co-residents who only divide the housing costs per
 * head; they have no basic amount and no income in the estimate.
 */
export const estimateRequestSchema = z
  .object({
    month: monthInRangeSchema
      .optional()
      .describe('The month to estimate; absent: the current month in Finland'),
    adults: z
      .union([z.literal(1), z.literal(2)])
      .describe('1: living alone or with one’s children; 2: a couple'),
    childrenAges: z
      .array(z.number().int().min(0).max(17))
      .max(15)
      .default([])
      .describe('The ages in years of the children under 18 in the household'),
    otherAdults: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(0)
      .describe(
        'Other adults living in the home beyond the couple (roommates, adult children, parents): they only ' +
          'divide the housing costs per head',
      ),
    livesWithParents: z
      .boolean()
      .default(false)
      .describe(
        'The applicant is an adult living with their parent(s) (73 % share, unless a couple or with children)',
      ),
    housingCostsCents: cents.describe(
      'The whole home’s rent or maintenance charge, water and heating, per month (divided per head when other ' +
        'adults live in the home)',
    ),
    incomes: z
      .array(
        z
          .object({
            member: z.enum(['adult-1', 'adult-2']).default('adult-1'),
            type: z.enum(incomeTypes),
            amountCents: cents,
          })
          .strict(),
      )
      .max(30)
      .default([]),
    expenses: z
      .array(z.object({ type: z.enum(calculationExpenseTypes), amountCents: cents }).strict())
      .max(20)
      .default([]),
    assetsCents: cents.default(0),
  })
  .strict()
  .superRefine((request, context) => {
    request.incomes.forEach((income, index) => {
      if (income.member === 'adult-2' && request.adults < 2) {
        context.addIssue({
          code: 'custom',
          path: ['incomes', index, 'member'],
          message: 'there is no second adult',
          params: { code: 'unknown-member' },
        });
      }
    });
  })
  .meta({ id: 'EstimateRequest' });

export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

/** The adults' age in an estimate: any age of 18 or more gives the same result. */
const ADULT_AGE = 30;

function bornYearsBefore(month: string, years: number): string {
  const year = Number(month.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}-${month.slice(5, 7)}-01`;
}

export function estimateInput(
  request: EstimateRequest,
  options: { municipalityCode: string; currentMonth: string },
): CalculationInput {
  const month = request.month ?? options.currentMonth;
  const members: CalculationMember[] = [
    {
      id: 'adult-1',
      role: 'applicant',
      dateOfBirth: bornYearsBefore(month, ADULT_AGE),
      ...(request.livesWithParents ? { livesWithParents: true } : {}),
    },
  ];
  if (request.adults === 2) {
    members.push({ id: 'adult-2', role: 'spouse', dateOfBirth: bornYearsBefore(month, ADULT_AGE) });
  }
  request.childrenAges.forEach((age, index) => {
    members.push({ id: `child-${index + 1}`, role: 'child', dateOfBirth: bornYearsBefore(month, age) });
  });
  for (let index = 1; index <= request.otherAdults; index += 1) {
    members.push({
      id: `resident-${index}`,
      role: 'other_adult',
      dateOfBirth: bornYearsBefore(month, ADULT_AGE),
    });
  }
  return {
    month,
    municipalityCode: options.municipalityCode,
    members,
    housing: { costsCents: request.housingCostsCents, normGraceEnded: false },
    incomes: request.incomes.map((income) => ({
      memberId: income.member,
      type: income.type,
      amountCents: income.amountCents,
    })),
    expenses: request.expenses.map((expense) => ({ type: expense.type, amountCents: expense.amountCents })),
    assetsCents: request.assetsCents,
  };
}
