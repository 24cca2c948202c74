// A parameter set: every figure the calculation needs for a run of months, each with its source. One set is
// self-contained and JSON-serialisable, so the server can store it as one JSON document, an admin can add one with
// an effective month, and a decision can keep the very set it was calculated with (and be recalculated from it).
import { type ExpenseType, expenseTypes, incomeTypes } from '@tuki/domain';
import { z } from 'zod';
import {
  type HousingRelatedExpenseType,
  housingRelatedExpenseTypes,
  monthSchema,
} from './calculation-schema.ts';

const cents = z.number().int().min(0).max(100_000_000);
/** Shares and rates in basis points: 10 000 = 100 %, 7 220 = 72.2 %. */
const basisPoints = z.number().int().min(0).max(100_000);
const sourceKey = z.string().min(1).max(100);

/** A value with the key of its source in the set's `sources`, and a note (e.g. "unverified: …") when useful. */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: sourceKey, note: z.string().max(2000).optional() }).strict();
}

const deductionRuleSchema = z
  .object({
    /** The share of the month's earned income left uncounted. */
    rateBasisPoints: basisPoints,
    /** At most this much per person per month. */
    maxCents: cents,
  })
  .strict();

const municipalNormSchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{3}$/),
    name: z.string().min(1).max(100),
    /** Index 0 = one person, 1 = two persons, …; larger households add `eachFurtherCents` per person. */
    byHouseholdSizeCents: z.array(cents).min(1).max(20),
    eachFurtherCents: cents,
  })
  .strict();

const legalReference = z.string().min(1).max(200);

export const parameterSetSchema = z
  .object({
    /** Unique id of the set, kept in every result and decision, e.g. `2026-03.1`. */
    version: z.string().min(1).max(100),
    /** The first month the set is in force. */
    effectiveFrom: monthSchema,
    /** The last month the figures are known for; a later month without a newer set is refused. */
    validThrough: monthSchema,
    description: z.string().max(2000),
    /** Source key → full citation. Every `source` in the set must be a key here. */
    sources: z.record(sourceKey, z.string().min(1).max(2000)),
    basicAmount: z
      .object({
        /** The single person's basic amount (perusosa) per month, TTL 9 §. */
        singlePersonCents: sourced(cents),
        /** Each category's share of the single-person amount. */
        sharesBasisPoints: sourced(
          z
            .object({
              single: basisPoints,
              singleParent: basisPoints,
              otherAdult: basisPoints,
              adultLivingWithParents: basisPoints,
              child10To17: basisPoints,
              childUnder10: basisPoints,
            })
            .strict(),
        ),
        /** How much lower the share of the second, and of the third and each further, minor child is. */
        siblingReductionBasisPoints: sourced(
          z.object({ second: basisPoints, thirdAndFurther: basisPoints }).strict(),
        ),
        /** Age limits in full years on the first day of the month (TTL 9 §: 10 and 18). */
        ageLimits: sourced(
          z.object({ child10To17From: z.number().int(), adultFrom: z.number().int() }).strict(),
        ),
      })
      .strict(),
    /** The reductions of the basic amount in force (TTL 10 §), percent. */
    reductionPercents: sourced(z.array(z.union([z.literal(20), z.literal(40), z.literal(50)])).max(3)),
    /** The earned-income deduction (TTL 11 §); `null` for a group means no deduction for it. */
    earnedIncomeDeduction: sourced(
      z
        .object({
          incomeTypes: z.array(z.enum(incomeTypes)).min(1),
          adults: deductionRuleSchema.nullable(),
          minors: deductionRuleSchema.nullable(),
        })
        .strict(),
    ),
    housing: z
      .object({
        /** The municipal housing-cost norms; `null` before the norm was in the law. */
        norm: sourced(
          z
            .object({
              /** How long costs above the norm are still accepted in full (applied by the caseworker). */
              graceMonths: z.number().int().min(0),
              municipalities: z.array(municipalNormSchema).max(400),
            })
            .strict(),
        ).nullable(),
        /** Added per person on top of the norm when the norm caps the costs; `null` when there is none. */
        waterAllowancePerPersonCents: sourced(cents).nullable(),
      })
      .strict(),
    /** The provision named on each line; data, so that a lawyer can correct them without a code change. */
    legalReferences: z
      .object({
        basicAmount: legalReference,
        reduction: legalReference,
        housing: legalReference,
        housingNorm: legalReference,
        /**
         * One per expense type: every type of the form (zod's record over an enum requires every key), and the
         * housing-related types (electricity, home insurance, sauna), which sets stored before they existed lack;
         * an expense whose type has no reference in the set is refused by `calculate`.
         */
        expenses: z
          .object({
            ...Object.fromEntries(expenseTypes.map((type) => [type, legalReference])),
            ...Object.fromEntries(
              housingRelatedExpenseTypes.map((type) => [type, legalReference.optional()]),
            ),
          } as Record<ExpenseType, typeof legalReference> &
            Record<HousingRelatedExpenseType, z.ZodOptional<typeof legalReference>>)
          .strict(),
        income: legalReference,
        earnedIncomeDeduction: legalReference,
        assets: legalReference,
      })
      .strict(),
  })
  .strict()
  .superRefine((set, context) => {
    if (set.validThrough < set.effectiveFrom) {
      context.addIssue({
        code: 'custom',
        path: ['validThrough'],
        message: 'validThrough is before effectiveFrom',
      });
    }
    for (const [path, key] of sourceReferences(set)) {
      if (!Object.hasOwn(set.sources, key)) {
        context.addIssue({ code: 'custom', path: [...path, 'source'], message: `unknown source key ${key}` });
      }
    }
    const codes = new Set<string>();
    set.housing.norm?.value.municipalities.forEach((norm, index) => {
      if (codes.has(norm.municipalityCode)) {
        context.addIssue({
          code: 'custom',
          path: ['housing', 'norm', 'value', 'municipalities', index, 'municipalityCode'],
          message: 'a municipality appears twice',
        });
      }
      codes.add(norm.municipalityCode);
    });
  });

export type ParameterSet = z.infer<typeof parameterSetSchema>;
export type MunicipalNorm = z.infer<typeof municipalNormSchema>;
export type DeductionRule = z.infer<typeof deductionRuleSchema>;

type SourcedValue = { source: string };

/** Every sourced value of a set with its path. */
function sourceReferences(set: ParameterSet): [(string | number)[], string][] {
  const entries: [(string | number)[], SourcedValue | null][] = [
    [['basicAmount', 'singlePersonCents'], set.basicAmount.singlePersonCents],
    [['basicAmount', 'sharesBasisPoints'], set.basicAmount.sharesBasisPoints],
    [['basicAmount', 'siblingReductionBasisPoints'], set.basicAmount.siblingReductionBasisPoints],
    [['basicAmount', 'ageLimits'], set.basicAmount.ageLimits],
    [['reductionPercents'], set.reductionPercents],
    [['earnedIncomeDeduction'], set.earnedIncomeDeduction],
    [['housing', 'norm'], set.housing.norm],
    [['housing', 'waterAllowancePerPersonCents'], set.housing.waterAllowancePerPersonCents],
  ];
  return entries.flatMap(([path, value]) => (value === null ? [] : [[path, value.source]]));
}

/** The norm for a household of `size` persons (size ≥ 1). */
export function normForHouseholdSize(norm: MunicipalNorm, size: number): number {
  const table = norm.byHouseholdSizeCents;
  const largest = table.length;
  if (size <= largest) return table[size - 1] ?? 0;
  return (table[largest - 1] ?? 0) + (size - largest) * norm.eachFurtherCents;
}
