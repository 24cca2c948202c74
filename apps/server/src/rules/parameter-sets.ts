// Where the server gets the rules' parameter sets from: the table rule_parameter_set (migration 0013), which holds
// the sets shipped with the project (inserted by every migration run, see parameter-set-seed.ts) and those an admin
// has added (parameter-sets-admin.ts). Every calculation, estimate and decision asks here.
//
// The validity rule (the chain): the stored sets are ordered by effectiveFrom (unique in the table). A set is in
// force from its effectiveFrom through the EARLIER of
//   - its own validThrough (the last month its figures are known for), and
//   - the month before the next set's effectiveFrom.
// So a set added from a month inside an existing period supersedes that period from its month on (the earlier set
// now ends the month before), a set added after the last one extends the coverage through its own validThrough,
// and a month that no set reaches (past the last validThrough, or a gap) is still refused with
// NoParametersForMonthError. The sets returned carry the computed validThrough, so they never overlap and
// `parametersFor` / `orderParameterSets` / `calculate` of @tuki/rules work on them unchanged. The shipped sets are
// contiguous, so with only them the chain is exactly the shipped data.
//
// Sets are never changed or deleted (a trigger refuses it) and a new one must start no earlier than the current
// month, so adding one never changes what an earlier month gets; a decision keeps a copy of the set it used anyway.
// The one exception is a revision of a shipped set (`revises`, migration 0021): a new shipped version for the same
// month that corrects a shipped set (e.g. the complete housing-cost norms, corrected provisions); the replaced set
// stays stored but leaves the chain, so a month is recalculated with the corrected figures from then on.
import { type ParameterSet, parameterSetSchema, parametersFor } from '@tuki/rules';
import type { Db } from '../db/database.ts';
import { countParameterSets, listParameterSetRows } from './rules.repository.ts';

/** A stored set with its metadata; `parameters.validThrough` is the computed end of its period. */
export interface StoredParameterSet {
  parameters: ParameterSet;
  /** The validThrough stored in the set itself (the computed one is at most this). */
  ownValidThrough: string;
  origin: 'shipped' | 'admin';
  createdBy: string | null;
  createdAt: Date;
}

/** 'YYYY-MM' → the month before it. */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  const [y, m] = number === 1 ? [year - 1, 12] : [year, number - 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The chain rule on plain sets: ordered by effectiveFrom, each set's validThrough cut to the month before the next
 * set's effectiveFrom when that is earlier. Two sets from the same month are refused (RangeError): the table
 * forbids it, so it means corrupt input.
 */
export function chainParameterSets<
  T extends { effectiveFrom: string; validThrough: string; version: string },
>(sets: readonly T[]): T[] {
  const ordered = [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  return ordered.map((set, index) => {
    const next = ordered[index + 1];
    if (next && next.effectiveFrom === set.effectiveFrom) {
      throw new RangeError(`Parameter sets ${set.version} and ${next.version} start in the same month`);
    }
    const cut = next ? previousMonth(next.effectiveFrom) : undefined;
    return cut !== undefined && cut < set.validThrough ? { ...set, validThrough: cut } : set;
  });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface Cached {
  count: number;
  stored: readonly StoredParameterSet[];
}

/**
 * The parsed chain per database handle, reused while the number of rows is the same. Rows are only ever added
 * (never changed or deleted), so the count tells whether anything changed, in this process or in another one.
 */
const cache = new WeakMap<Db, Cached>();

/** Every stored set with its metadata, ordered by effectiveFrom, with the computed validThrough. */
export async function loadStoredParameterSets(db: Db): Promise<readonly StoredParameterSet[]> {
  const count = await countParameterSets(db);
  const cached = cache.get(db);
  if (cached && cached.count === count) return cached.stored;

  const found = await listParameterSetRows(db);
  // A shipped set that a revision revises (migration 0021) is no longer in the chain; it stays stored.
  const replaced = new Set(found.flatMap((row) => (row.revises === null ? [] : [row.revises])));
  const parsed = found
    .filter((row) => !replaced.has(row.version))
    .map((row) => {
      const raw = typeof row.parameters === 'string' ? JSON.parse(row.parameters) : row.parameters;
      const parameters = parameterSetSchema.parse(raw);
      return {
        effectiveFrom: parameters.effectiveFrom,
        validThrough: parameters.validThrough,
        version: parameters.version,
        row,
        parameters,
      };
    });
  const stored = deepFreeze(
    chainParameterSets(parsed).map(
      (entry): StoredParameterSet => ({
        parameters: { ...entry.parameters, validThrough: entry.validThrough },
        ownValidThrough: entry.parameters.validThrough,
        origin: entry.row.origin,
        createdBy: entry.row.created_by,
        createdAt: entry.row.created_at,
      }),
    ),
  );
  cache.set(db, { count: found.length, stored });
  return stored;
}

/** Every parameter set, ordered by effectiveFrom, each with the validThrough of the chain (never overlapping). */
export async function loadParameterSets(db: Db): Promise<readonly ParameterSet[]> {
  return (await loadStoredParameterSets(db)).map((entry) => entry.parameters);
}

/** The set in force for a month (NoParametersForMonthError when there is none). */
export async function parameterSetFor(db: Db, month: string): Promise<ParameterSet> {
  return parametersFor(month, await loadParameterSets(db));
}
