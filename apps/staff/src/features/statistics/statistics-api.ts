// getProcessingTimeStatistics through the typed API client, the periods the page offers (the last complete
// half-years, as THL collects them every April and October, or any months) and the CSV link.

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import type { Language } from '@tuki/i18n';
import { useApi } from '@tuki/ui';

export type ProcessingTimeStatistics = Exclude<ResponseBody<'getProcessingTimeStatistics'>, string>;
export type MonthFigures = ProcessingTimeStatistics['months'][number];
export type HalfYearFigures = ProcessingTimeStatistics['halfYears'][number];
export type Figures = ProcessingTimeStatistics['total'];

export interface Period {
  from: string;
  to: string;
}

export const STATISTICS_URL = '/api/v1/statistics/processing-times';
const YEAR_MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 60;

const helsinkiMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
});

/** The current month in Finland, 'YYYY-MM'. */
function currentMonth(now: Date): string {
  const parts: Record<string, string> = {};
  for (const part of helsinkiMonth.formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}`;
}

export interface HalfYear extends Period {
  year: number;
  half: 1 | 2;
}

/** The last `count` half-years that have ended, newest first. */
export function completeHalfYears(now: Date, count = 6): HalfYear[] {
  const month = currentMonth(now);
  let year = Number(month.slice(0, 4));
  let half: 1 | 2 = Number(month.slice(5, 7)) <= 6 ? 1 : 2;
  const result: HalfYear[] = [];
  for (let i = 0; i < count; i += 1) {
    if (half === 1) {
      year -= 1;
      half = 2;
    } else half = 1;
    result.push({
      year,
      half,
      from: `${year}-${half === 1 ? '01' : '07'}`,
      to: `${year}-${half === 1 ? '06' : '12'}`,
    });
  }
  return result;
}

export function isValidPeriod(period: Period): boolean {
  if (!YEAR_MONTH.test(period.from) || !YEAR_MONTH.test(period.to) || period.from > period.to) return false;
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(period.to) - index(period.from) < MAX_MONTHS;
}

/** The period in the page's query string (`?from=2026-01&to=2026-06`), else the last complete half-year. */
export function periodFromSearch(search: URLSearchParams, now: Date): Period {
  const period = { from: search.get('from') ?? '', to: search.get('to') ?? '' };
  if (isValidPeriod(period)) return period;
  const [last] = completeHalfYears(now, 1);
  return last ? { from: last.from, to: last.to } : period;
}

export function statisticsQueryOptions(api: ApiClient, period: Period) {
  return queryOptions({
    queryKey: ['processing-time-statistics', period.from, period.to] as const,
    queryFn: async (): Promise<ProcessingTimeStatistics> => {
      const data = await expectData(
        api.GET(STATISTICS_URL, { params: { query: { from: period.from, to: period.to } } }),
      );
      // The operation also answers text/csv; asked without it, the answer is JSON.
      if (typeof data === 'string') throw new Error('expected JSON statistics');
      return data;
    },
    staleTime: 60_000,
  });
}

export function useProcessingTimeStatistics(period: Period) {
  return useQuery(statisticsQueryOptions(useApi(), period));
}

export function csvUrl(period: Period, language: Language): string {
  const query = new URLSearchParams({ from: period.from, to: period.to, format: 'csv', lang: language });
  return `${STATISTICS_URL}?${query}`;
}
