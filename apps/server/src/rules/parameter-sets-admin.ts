// Parameter sets for the staff app: list and read (admins and the handling roles), and add a set (admins). A set
// is never changed or deleted once added; a new one supersedes the set in force from its effective month on (the
// chain rule in parameter-sets.ts). Adding runs in one transaction with its audit row, serialised by an advisory
// lock so that two admins cannot add sets for the same month or version at once.
import { addDays, helsinkiDate } from '@tuki/domain';
import { type ParameterSet, parametersFor } from '@tuki/rules';
import type { StaffActor } from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, InvalidInput, notFound } from '../shared/errors.ts';
import { listStaffNames } from '../staff-users/index.ts';
import {
  type ParameterCoverage,
  type ParameterSetDetail,
  type ParameterSetSummary,
  presentParameterSetDetail,
  presentParameterSetSummary,
  type StaffName,
} from './parameter-set.presenter.ts';
import { loadStoredParameterSets, type StoredParameterSet } from './parameter-sets.ts';
import {
  findParameterSetsByVersionOrMonth,
  insertParameterSet,
  lockParameterSets,
} from './rules.repository.ts';

const VERSION_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
/** At most this many changed values are named in the audit row (the rest are counted). */
const MAX_AUDITED_CHANGES = 100;

async function staffNames(db: Db, sets: readonly StoredParameterSet[]): Promise<Map<string, StaffName>> {
  const ids = [...new Set(sets.flatMap((set) => (set.createdBy === null ? [] : [set.createdBy])))];
  if (ids.length === 0) return new Map();
  const rows = await listStaffNames(db, ids);
  return new Map(
    rows.map((row) => [row.id, { id: row.id, firstName: row.first_name, lastName: row.last_name }]),
  );
}

/** Days before the first uncovered month from which the admin is warned that no set covers it. */
export const COVERAGE_WARNING_DAYS = 60;

/** 'YYYY-MM' → the month after it. */
function followingMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  const [y, m] = number === 12 ? [year + 1, 1] : [year, number + 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * Whether the months from the current one on are covered by the chain of sets: the first month no set covers, and
 * from 60 days before its first day (e.g. from 2 November when no set covers January) `missingSoon`, so that an
 * admin adds the next year's set before calculations of its months are refused.
 */
export function parameterCoverage(sets: readonly ParameterSet[], now: Date): ParameterCoverage {
  const today = helsinkiDate(now);
  let month = today.slice(0, 7);
  let coveredThrough: string | null = null;
  for (;;) {
    try {
      coveredThrough = parametersFor(month, sets).validThrough;
    } catch {
      break;
    }
    month = followingMonth(coveredThrough);
  }
  const warnFrom = addDays(`${month}-01`, -COVERAGE_WARNING_DAYS);
  return { coveredThrough, firstUncoveredMonth: month, warnFrom, missingSoon: today >= warnFrom };
}

export async function listParameterSets(
  db: Db,
  now: Date,
): Promise<{ items: ParameterSetSummary[]; coverage: ParameterCoverage }> {
  const sets = await loadStoredParameterSets(db);
  const names = await staffNames(db, sets);
  return {
    items: sets.map((set) => presentParameterSetSummary(set, names)),
    coverage: parameterCoverage(
      sets.map((set) => set.parameters),
      now,
    ),
  };
}

export async function getParameterSet(db: Db, version: string): Promise<ParameterSetDetail> {
  const sets = await loadStoredParameterSets(db);
  const index = sets.findIndex((set) => set.parameters.version === version);
  const found = sets[index];
  if (!found) throw notFound('There is no parameter set with this version.');
  return presentParameterSetDetail(found, sets[index - 1], await staffNames(db, [found]));
}

/** The current month in Helsinki, 'YYYY-MM'. */
export const helsinkiMonth = (now: Date) => helsinkiDate(now).slice(0, 7);

export interface ValueChange {
  path: string;
  from: unknown;
  to: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The leaves that differ between two JSON values, with dotted paths (arrays of numbers count as one value). */
export function changedValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedValues(before[key], after[key], path ? `${path}.${key}` : key));
  }
  const scalarArray = (value: unknown) => Array.isArray(value) && value.every((item) => !isPlainObject(item));
  if (Array.isArray(before) && Array.isArray(after) && !(scalarArray(before) && scalarArray(after))) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) =>
      changedValues(before[index], after[index], `${path}.${index}`),
    ).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, from: before ?? null, to: after ?? null }];
}

const conflict = (detail: string, type: string, path: string, code: string) =>
  new Conflict(detail, { code: type, errors: [{ path, message: detail, code }] });

export async function createParameterSet(
  db: Db,
  actor: StaffActor,
  submitted: ParameterSet,
  now: Date,
): Promise<ParameterSetDetail> {
  // Only shipped sets revise one another (`revises`); a copy of one that an admin edits must not carry it.
  const { revises: _revises, ...set } = submitted;
  if (!VERSION_PATTERN.test(set.version)) {
    // The version appears in addresses (/parameter-sets/<version>), decisions and letters.
    throw new InvalidInput('The version may contain only letters a–z, A–Z, digits and . _ -.', {
      errors: [
        { path: 'version', message: 'may contain only letters, digits and . _ -', code: 'invalid_version' },
      ],
    });
  }
  const thisMonth = helsinkiMonth(now);
  if (set.effectiveFrom < thisMonth) {
    throw new InvalidInput(
      `A parameter set cannot start before the current month (${thisMonth}): decisions of past months keep ` +
        'the parameters they were made with.',
      {
        code: 'parameter-set-retroactive',
        errors: [{ path: 'effectiveFrom', message: `must be ${thisMonth} or later`, code: 'retroactive' }],
      },
    );
  }
  return inTransaction(db, async (trx) => {
    await lockParameterSets(trx);
    const existing = await findParameterSetsByVersionOrMonth(trx, set.version, set.effectiveFrom);
    if (existing.some((row) => row.version === set.version)) {
      throw conflict(
        `There already is a parameter set with the version ${set.version}.`,
        'parameter-set-version-taken',
        'version',
        'version_taken',
      );
    }
    const sameMonth = existing.find((row) => row.effective_from === set.effectiveFrom);
    if (sameMonth) {
      throw conflict(
        `The parameter set ${sameMonth.version} already starts in ${set.effectiveFrom}; sets are never ` +
          'changed: choose another month.',
        'parameter-set-month-taken',
        'effectiveFrom',
        'month_taken',
      );
    }
    const before = await loadStoredParameterSets(trx);
    const replaced = before.filter((stored) => stored.parameters.effectiveFrom < set.effectiveFrom).at(-1);
    await insertParameterSet(trx, {
      version: set.version,
      effective_from: set.effectiveFrom,
      parameters: JSON.stringify(set),
      origin: 'admin',
      created_by: actor.staffUser.id,
      created_at: now,
    });
    const base = replaced ? { ...replaced.parameters, validThrough: replaced.ownValidThrough } : undefined;
    const changes = base
      ? changedValues(base, set).filter(
          (change) => !['version', 'effectiveFrom', 'revises'].includes(change.path),
        )
      : [];
    await recordAudit(
      trx,
      actor.audit,
      {
        action: 'parameter_set.create',
        objectType: 'parameter_set',
        objectId: set.version,
        details: {
          version: set.version,
          effectiveFrom: set.effectiveFrom,
          validThrough: set.validThrough,
          replaces: replaced?.parameters.version ?? null,
          ...(replaced && replaced.parameters.validThrough >= set.effectiveFrom
            ? { supersedesFrom: set.effectiveFrom }
            : {}),
          changed: changes.slice(0, MAX_AUDITED_CHANGES),
          ...(changes.length > MAX_AUDITED_CHANGES
            ? { moreChanges: changes.length - MAX_AUDITED_CHANGES }
            : {}),
        },
      },
      now,
    );
    const after = await loadStoredParameterSets(trx);
    const index = after.findIndex((stored) => stored.parameters.version === set.version);
    const created = after[index];
    if (!created) throw new Error('the parameter set just added was not found');
    return presentParameterSetDetail(created, after[index - 1], await staffNames(trx, [created]));
  });
}
