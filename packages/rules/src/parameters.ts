// The parameter sets shipped with the project (packages/rules/parameters/*.json) and the choice of the set in
// force for a month. The server keeps them in the database (rule_parameter_set); `parametersFor` takes any list.
import p201201 from '../parameters/2012-01.json' with { type: 'json' };
import p201301 from '../parameters/2013-01.json' with { type: 'json' };
import p201401 from '../parameters/2014-01.json' with { type: 'json' };
import p201501 from '../parameters/2015-01.json' with { type: 'json' };
import p201601 from '../parameters/2016-01.json' with { type: 'json' };
import p201701 from '../parameters/2017-01.json' with { type: 'json' };
import p201801 from '../parameters/2018-01.json' with { type: 'json' };
import p201806 from '../parameters/2018-06.json' with { type: 'json' };
import p201901 from '../parameters/2019-01.json' with { type: 'json' };
import p202001 from '../parameters/2020-01.json' with { type: 'json' };
import p202101 from '../parameters/2021-01.json' with { type: 'json' };
import p202201 from '../parameters/2022-01.json' with { type: 'json' };
import p202208 from '../parameters/2022-08.json' with { type: 'json' };
import p202301 from '../parameters/2023-01.json' with { type: 'json' };
import p202401 from '../parameters/2024-01.json' with { type: 'json' };
import p202404 from '../parameters/2024-04.json' with { type: 'json' };
import p202501 from '../parameters/2025-01.json' with { type: 'json' };
import p202601 from '../parameters/2026-01.json' with { type: 'json' };
import p202602 from '../parameters/2026-02.json' with { type: 'json' };
import p202603 from '../parameters/2026-03.json' with { type: 'json' };
import { NoParametersForMonthError } from './errors.ts';
import { housingNormTable } from './housing-norms.ts';
import { isMonth, nextMonth } from './month.ts';
import { type ParameterSet, parameterSetSchema } from './parameter-set.ts';

/**
 * Orders sets by `effectiveFrom` and checks that no two overlap (a month must never have two sets in force).
 * Throws RangeError naming the overlapping versions.
 */
export function orderParameterSets(sets: readonly ParameterSet[]): ParameterSet[] {
  const ordered = [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  for (let index = 1; index < ordered.length; index += 1) {
    const previous = ordered[index - 1];
    const current = ordered[index];
    if (previous && current && current.effectiveFrom <= previous.validThrough) {
      throw new RangeError(
        `Parameter sets ${previous.version} (${previous.effectiveFrom}…${previous.validThrough}) and ` +
          `${current.version} (${current.effectiveFrom}…${current.validThrough}) overlap`,
      );
    }
  }
  return ordered;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A shipped set file as written: its norm table may be `{ "fromTable": <year> }`, which is replaced by that year's
 * rows of data/housing-cost-norms-2024-2026.csv, so that the stored set lists every municipality itself.
 */
function withNormTable(file: unknown): unknown {
  const raw = file as { housing?: { norm?: { value?: { municipalities?: unknown } } | null } };
  const value = raw.housing?.norm?.value;
  const table = value?.municipalities as { fromTable?: unknown } | undefined;
  if (value === undefined || table === undefined || typeof table.fromTable !== 'number') return file;
  const copy = structuredClone(raw) as { housing: { norm: { value: { municipalities: unknown } } } };
  copy.housing.norm.value.municipalities = housingNormTable(table.fromTable);
  return copy;
}

/** The sets shipped with the project, validated when the module loads, ordered and frozen. */
export const shippedParameterSets: readonly ParameterSet[] = deepFreeze(
  orderParameterSets(
    [
      p201201,
      p201301,
      p201401,
      p201501,
      p201601,
      p201701,
      p201801,
      p201806,
      p201901,
      p202001,
      p202101,
      p202201,
      p202208,
      p202301,
      p202401,
      p202404,
      p202501,
      p202601,
      p202602,
      p202603,
    ].map((set) => parameterSetSchema.parse(withNormTable(set))),
  ),
);

/** The months covered by the sets, as inclusive `[from, through]` ranges with adjacent sets merged. */
export function coveredMonths(sets: readonly ParameterSet[]): [string, string][] {
  const ranges: [string, string][] = [];
  for (const set of orderParameterSets(sets)) {
    const last = ranges.at(-1);
    if (last && nextMonth(last[1]) === set.effectiveFrom) last[1] = set.validThrough;
    else ranges.push([set.effectiveFrom, set.validThrough]);
  }
  return ranges;
}

/**
 * The parameter set in force in `month`: the one whose `effectiveFrom…validThrough` contains it. A month that no
 * set covers is refused with NoParametersForMonthError — never calculated with another period's figures.
 */
export function parametersFor(
  month: string,
  sets: readonly ParameterSet[] = shippedParameterSets,
): ParameterSet {
  if (!isMonth(month)) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  for (const set of sets) {
    if (set.effectiveFrom <= month && month <= set.validThrough) return set;
  }
  throw new NoParametersForMonthError(month, coveredMonths(sets));
}
