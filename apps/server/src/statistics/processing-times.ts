// The processing-time report THL collects every April and October (TTL 14 a §, 27 c §): per month and half-year of
// the decision, the applications decided, the share decided after the 7-working-day deadline and the share with a
// request for additional information.
//
// Definitions (also in the route's description and docs/ARCHITECTURE.md "Statistics"):
// - A decision counts in the month, in Finland's time, of its `decided_at`.
// - Requests for rectification (kind `rectification`) are not applications for social assistance and have no
//   7-working-day deadline: they are left out of every figure and only counted, in `rectificationsDecided`.
// - `decidedLate` (THL's figure "over 7 working days"): the decision date is after the deadline counted from the
//   arrival alone: the 7th working day after the arrival date (urgent: the next working day), whatever
//   information was asked for. THL asks this share of all decisions and, separately, the share with a request.
// - `decidedLateAdjusted`: after the legal deadline with the information-request rule of TTL 14 a §: when
//   information was asked for, 7 working days (urgent: the next working day) from the answer to the last request
//   made before the decision, or from the date given to answer by when it was not answered before the decision;
//   never earlier than the arrival-based deadline. The same rule as the case handling's due date.
// - `withInformationRequest`: at least one request for additional information was made before the decision.
// - `informationRequests`: every request made before the decision on the applications decided in the period (a
//   second request counts again); `applicationsWithSeveralRequests`: those with two or more.
// - `medianWorkingDays`: the median of the working days from the arrival to the decision (working days d with
//   arrival < d ≤ decision, as `workingDaysBetween`; here from a running count of `isWorkingDay` over the span).
// Working days and holidays come from @tuki/domain. SQL does the grouping: one row per distinct combination of
// decision date, arrival date, urgency, kind and the date the request rule counts from, with its count, so the
// calendar is applied to a few thousand groups rather than to every application.
import {
  addWorkingDays,
  DECISION_WORKING_DAYS,
  fromEpochDay,
  helsinkiDate,
  type IsoDate,
  isWorkingDay,
  nextWorkingDay,
  toEpochDay,
} from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type {
  HalfYearFigures,
  MonthFigures,
  ProcessingTimeFigures,
  ProcessingTimeStatistics,
} from './processing-times.schema.ts';
import {
  selectClosedAsDuplicate,
  selectDecisionGroups,
  selectRequestCounts,
} from './statistics.repository.ts';

/** A calendar month 'YYYY-MM'. */
export type YearMonth = string;

export const YEAR_MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
/** The longest range one request may cover. */
export const MAX_MONTHS = 60;

export type {
  HalfYearFigures,
  MonthFigures,
  ProcessingTimeFigures,
  ProcessingTimeStatistics,
} from './processing-times.schema.ts';

export class PeriodError extends Error {}

function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): YearMonth {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let index = monthIndex(from); index <= monthIndex(to); index += 1) months.push(monthOf(index));
  return months;
}

export function halfYearOf(month: YearMonth): string {
  return `${month.slice(0, 4)}H${Number(month.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The last half-year that has ended by `now` (in Finland's time): the default period. */
export function lastCompleteHalfYear(now: Date): { from: YearMonth; to: YearMonth } {
  const today = helsinkiDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month <= 6
    ? { from: `${year - 1}-07`, to: `${year - 1}-12` }
    : { from: `${year}-01`, to: `${year}-06` };
}

/** Checks a requested range; throws PeriodError with the reason. */
export function checkPeriod(from: YearMonth, to: YearMonth): void {
  if (!YEAR_MONTH.test(from) || !YEAR_MONTH.test(to)) throw new PeriodError('Months are written YYYY-MM.');
  if (from > to) throw new PeriodError('`from` is after `to`.');
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
    throw new PeriodError(`At most ${MAX_MONTHS} months at a time.`);
}

/** One group of decided applications with the same dates (a row of the query). */
export interface DecisionGroup {
  decidedOn: IsoDate;
  arrivedOn: IsoDate;
  urgent: boolean;
  rectification: boolean;
  /** The date the information-request rule counts from (answer, else the date given); null without a request. */
  requestBaseOn: IsoDate | null;
  count: number;
}

/** Reads the decisions of the months, grouped by their dates, in one query. */
export async function loadDecisionGroups(db: Db, from: YearMonth, to: YearMonth): Promise<DecisionGroup[]> {
  const start = `${from}-01`;
  const end = `${monthOf(monthIndex(to) + 1)}-01`;
  const rows = await selectDecisionGroups(db, start, end);
  return rows.map((row) => ({
    decidedOn: row.decided_on,
    arrivedOn: row.arrived_on,
    urgent: row.urgent,
    rectification: row.rectification,
    requestBaseOn: row.request_base_on,
    count: Number(row.n),
  }));
}

/**
 * The applications closed as duplicates per month of closing (Finland's time), from their status history (the
 * partial index of migration 0022 holds only those rows).
 */
export async function loadClosedAsDuplicate(
  db: Db,
  from: YearMonth,
  to: YearMonth,
): Promise<Map<YearMonth, number>> {
  const start = `${from}-01`;
  const end = `${monthOf(monthIndex(to) + 1)}-01`;
  const rows = await selectClosedAsDuplicate(db, start, end);
  return new Map(rows.map((row) => [row.month, Number(row.n)]));
}

/** The deadline counted from a date: the 7th working day after it, or the next working day when urgent. */
function deadlineFrom(date: IsoDate, urgent: boolean): IsoDate {
  return urgent ? nextWorkingDay(date) : addWorkingDays(date, DECISION_WORKING_DAYS);
}

class Accumulator {
  decided = 0;
  decidedLate = 0;
  decidedLateAdjusted = 0;
  withInformationRequest = 0;
  informationRequests = 0;
  applicationsWithSeveralRequests = 0;
  rectificationsDecided = 0;
  closedAsDuplicate = 0;
  /** Working days from arrival to decision → number of applications. */
  readonly workingDays = new Map<number, number>();

  add(other: Accumulator): void {
    this.decided += other.decided;
    this.decidedLate += other.decidedLate;
    this.decidedLateAdjusted += other.decidedLateAdjusted;
    this.withInformationRequest += other.withInformationRequest;
    this.informationRequests += other.informationRequests;
    this.applicationsWithSeveralRequests += other.applicationsWithSeveralRequests;
    this.rectificationsDecided += other.rectificationsDecided;
    this.closedAsDuplicate += other.closedAsDuplicate;
    for (const [days, count] of other.workingDays)
      this.workingDays.set(days, (this.workingDays.get(days) ?? 0) + count);
  }

  figures(): ProcessingTimeFigures {
    return {
      decided: this.decided,
      decidedLate: this.decidedLate,
      lateShare: share(this.decidedLate, this.decided),
      decidedLateAdjusted: this.decidedLateAdjusted,
      lateAdjustedShare: share(this.decidedLateAdjusted, this.decided),
      withInformationRequest: this.withInformationRequest,
      informationRequestShare: share(this.withInformationRequest, this.decided),
      informationRequests: this.informationRequests,
      applicationsWithSeveralRequests: this.applicationsWithSeveralRequests,
      medianWorkingDays: median(this.workingDays, this.decided),
      rectificationsDecided: this.rectificationsDecided,
      closedAsDuplicate: this.closedAsDuplicate,
    };
  }
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** The median of a histogram of `total` values (the mean of the two middle ones for an even count). */
function median(histogram: Map<number, number>, total: number): number | null {
  if (total === 0) return null;
  const sorted = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (position < seen) return value;
    }
    throw new Error('median position out of range');
  };
  const middle = Math.floor(total / 2);
  return total % 2 === 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
}

/**
 * workingDaysBetween of @tuki/domain (working days d with a < d ≤ b) in constant time: a running count of the
 * working days (isWorkingDay) over the span of the groups' dates, made once per report.
 */
function workingDayCounter(groups: readonly DecisionGroup[]): { between(a: IsoDate, b: IsoDate): number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const group of groups) {
    first = Math.min(first, toEpochDay(group.arrivedOn), toEpochDay(group.decidedOn));
    last = Math.max(last, toEpochDay(group.arrivedOn), toEpochDay(group.decidedOn));
  }
  const upTo = new Int32Array(Math.max(0, last - first + 1));
  let count = 0;
  for (let day = first; day <= last; day += 1) {
    if (isWorkingDay(fromEpochDay(day))) count += 1;
    upTo[day - first] = count;
  }
  const at = (date: IsoDate) => upTo[toEpochDay(date) - first] ?? 0;
  return { between: (a, b) => at(b) - at(a) };
}

/** Applies the definitions to the groups: figures per month, per half-year and for the whole range. */
export function computeProcessingTimeStatistics(
  from: YearMonth,
  to: YearMonth,
  groups: readonly DecisionGroup[],
  closedAsDuplicate: ReadonlyMap<YearMonth, number> = new Map(),
  requestCounts: readonly RequestCount[] = [],
): ProcessingTimeStatistics {
  const months = monthsBetween(from, to);
  const perMonth = new Map(months.map((month) => [month, new Accumulator()]));
  for (const [month, count] of closedAsDuplicate) {
    const bucket = perMonth.get(month);
    if (bucket) bucket.closedAsDuplicate += count;
  }
  const workingDays = workingDayCounter(groups);
  const deadlines = new Map<string, IsoDate>();
  const deadline = (date: IsoDate, urgent: boolean): IsoDate => {
    const key = `${date}${urgent ? 'u' : ''}`;
    let found = deadlines.get(key);
    if (found === undefined) {
      found = deadlineFrom(date, urgent);
      deadlines.set(key, found);
    }
    return found;
  };

  for (const group of groups) {
    const bucket = perMonth.get(group.decidedOn.slice(0, 7));
    if (!bucket) continue;
    if (group.rectification) {
      bucket.rectificationsDecided += group.count;
      continue;
    }
    bucket.decided += group.count;
    const arrivalDeadline = deadline(group.arrivedOn, group.urgent);
    if (group.decidedOn > arrivalDeadline) bucket.decidedLate += group.count;
    let adjustedDeadline = arrivalDeadline;
    if (group.requestBaseOn !== null) {
      bucket.withInformationRequest += group.count;
      const fromRequest = deadline(group.requestBaseOn, group.urgent);
      if (fromRequest > adjustedDeadline) adjustedDeadline = fromRequest;
    }
    if (group.decidedOn > adjustedDeadline) bucket.decidedLateAdjusted += group.count;
    const days = Math.max(0, workingDays.between(group.arrivedOn, group.decidedOn));
    bucket.workingDays.set(days, (bucket.workingDays.get(days) ?? 0) + group.count);
  }

  for (const row of requestCounts) {
    const bucket = perMonth.get(row.month);
    if (!bucket) continue;
    bucket.informationRequests += row.requests;
    bucket.applicationsWithSeveralRequests += row.applicationsWithSeveral;
  }

  const halfYears: HalfYearFigures[] = [];
  const total = new Accumulator();
  let current: { period: string; from: YearMonth; to: YearMonth; sum: Accumulator } | undefined;
  const closeHalfYear = () => {
    if (!current) return;
    const firstMonth = `${current.period.slice(0, 4)}-${current.period.endsWith('H1') ? '01' : '07'}`;
    const lastMonth = `${current.period.slice(0, 4)}-${current.period.endsWith('H1') ? '06' : '12'}`;
    halfYears.push({
      period: current.period,
      from: current.from,
      to: current.to,
      complete: current.from === firstMonth && current.to === lastMonth,
      ...current.sum.figures(),
    });
  };
  const monthFigures: MonthFigures[] = [];
  for (const month of months) {
    const bucket = perMonth.get(month) ?? new Accumulator();
    monthFigures.push({ month, ...bucket.figures() });
    total.add(bucket);
    const period = halfYearOf(month);
    if (current?.period !== period) {
      closeHalfYear();
      current = { period, from: month, to: month, sum: new Accumulator() };
    }
    current.to = month;
    current.sum.add(bucket);
  }
  closeHalfYear();
  return { from, to, months: monthFigures, halfYears, total: total.figures() };
}

/** `getProcessingTimeStatistics`: reads and computes the report for the months. */
export async function getProcessingTimeStatistics(
  db: Db,
  from: YearMonth,
  to: YearMonth,
): Promise<ProcessingTimeStatistics> {
  checkPeriod(from, to);
  return computeProcessingTimeStatistics(
    from,
    to,
    await loadDecisionGroups(db, from, to),
    await loadClosedAsDuplicate(db, from, to),
    await loadRequestCounts(db, from, to),
  );
}

/** Per month of the decision: the requests made before it, and the decisions that had two or more. */
export interface RequestCount {
  month: YearMonth;
  requests: number;
  applicationsWithSeveral: number;
}

/** Every request for additional information, counted per decided application (rectifications left out). */
export async function loadRequestCounts(db: Db, from: YearMonth, to: YearMonth): Promise<RequestCount[]> {
  const start = `${from}-01`;
  const end = `${monthOf(monthIndex(to) + 1)}-01`;
  const rows = await selectRequestCounts(db, start, end);
  return rows.map((row) => ({
    month: row.month,
    requests: Number(row.requests),
    applicationsWithSeveral: Number(row.several),
  }));
}
