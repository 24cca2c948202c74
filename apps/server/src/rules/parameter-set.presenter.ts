// Parameter sets as the API shows them: the list item (ParameterSetSummary), the whole set with its metadata
// (ParameterSetDetail), and the body of a new set (a whole ParameterSet, validated by @tuki/rules' schema).
import { parameterSetSchema } from '@tuki/rules';
import { z } from 'zod';
import type { StoredParameterSet } from './parameter-sets.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** A whole parameter set (packages/rules `parameterSetSchema`): the body of createParameterSet. */
export const parameterSetBody = parameterSetSchema.meta({
  id: 'ParameterSet',
  description:
    'A whole, self-contained parameter set: every figure with the key of its source in `sources`. Amounts ' +
    'are integer cents, shares and rates basis points (10 000 = 100 %). Validated by @tuki/rules ' +
    'parameterSetSchema, including the cross-checks (every source key known, validThrough not before ' +
    'effectiveFrom, each municipality once).',
});

const createdBySchema = z
  .object({ id: z.uuid(), firstName: z.string(), lastName: z.string() })
  .nullable()
  .describe('The admin who added the set; null for a set shipped with Tuki');

export const parameterSetSummarySchema = z
  .object({
    version: z.string(),
    effectiveFrom: month.describe('The first month the set is in force'),
    validThrough: month.describe(
      'The last month the set is in force: its own validThrough, or the month before the next set starts ' +
        'when that is earlier (computed)',
    ),
    ownValidThrough: month.describe('The validThrough stored in the set itself'),
    origin: z.enum(['shipped', 'admin']),
    description: z.string(),
    singlePersonCents: z.number().int().describe('The single-person basic amount, for a quick look'),
    createdBy: createdBySchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ParameterSetSummary' });

export const parameterCoverageSchema = z
  .object({
    coveredThrough: month
      .nullable()
      .describe(
        'The last month of the run of covered months that contains the current month; null: not covered',
      ),
    firstUncoveredMonth: month.describe('The first month from the current one on that no set covers'),
    warnFrom: z.iso
      .date()
      .describe('The day from which the missing set is warned of: 60 days before that month'),
    missingSoon: z
      .boolean()
      .describe(
        'True from warnFrom on (e.g. from 2 November when no set covers January): a set for the coming months is ' +
          'missing and calculations of those months will be refused',
      ),
  })
  .meta({ id: 'ParameterCoverage' });
export type ParameterCoverage = z.infer<typeof parameterCoverageSchema>;

export const parameterSetListSchema = z
  .object({
    items: z.array(parameterSetSummarySchema),
    coverage: parameterCoverageSchema.describe('Whether the months ahead are covered (Helsinki time)'),
  })
  .meta({ id: 'ParameterSetList' });

export const parameterSetDetailSchema = parameterSetSummarySchema
  .extend({
    replaces: z
      .string()
      .nullable()
      .describe('The version of the set before this one in the chain (the one it supersedes or follows)'),
    /** The set as stored (with its own validThrough). */
    parameters: parameterSetBody,
  })
  .meta({ id: 'ParameterSetDetail' });

export type ParameterSetSummary = z.infer<typeof parameterSetSummarySchema>;
export type ParameterSetDetail = z.infer<typeof parameterSetDetailSchema>;

export interface StaffName {
  id: string;
  firstName: string;
  lastName: string;
}

export function presentParameterSetSummary(
  stored: StoredParameterSet,
  names: ReadonlyMap<string, StaffName>,
): ParameterSetSummary {
  const { parameters } = stored;
  return {
    version: parameters.version,
    effectiveFrom: parameters.effectiveFrom,
    validThrough: parameters.validThrough,
    ownValidThrough: stored.ownValidThrough,
    origin: stored.origin,
    description: parameters.description,
    singlePersonCents: parameters.basicAmount.singlePersonCents.value,
    createdBy: stored.createdBy === null ? null : (names.get(stored.createdBy) ?? null),
    createdAt: stored.createdAt.toISOString(),
  };
}

export function presentParameterSetDetail(
  stored: StoredParameterSet,
  replaces: StoredParameterSet | undefined,
  names: ReadonlyMap<string, StaffName>,
): ParameterSetDetail {
  return {
    ...presentParameterSetSummary(stored, names),
    replaces: replaces?.parameters.version ?? null,
    parameters: { ...stored.parameters, validThrough: stored.ownValidThrough },
  };
}
