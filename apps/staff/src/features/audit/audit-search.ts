// The audit trail search: the form's values and their checks, the filters kept in the URL's query string (so a
// reload keeps them), and listAuditEvents through the typed API client, newest first, paged by its cursor.
// Dates are typed d.m.yyyy and mean whole days in Finland: "from" is the start of its day, "to" the end of its.

import { infiniteQueryOptions } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import { isValidPersonalIdentityCode, normalizePersonalIdentityCode } from '@tuki/domain';
import { formatDate, parseDate } from '@tuki/ui';

export type AuditEvent = ResponseBody<'listAuditEvents'>['items'][number];

export const PAGE_SIZE = 50;

/** What the form holds, as typed. */
export interface SearchValues {
  personalIdentityCode: string;
  username: string;
  from: string;
  to: string;
}

export type SearchField = keyof SearchValues;

/** The fields in the order of the form (and of the error summary). */
export const searchFields: readonly SearchField[] = ['personalIdentityCode', 'username', 'from', 'to'];

/** A field's error: the key of its message under auditTrail.form.errors. */
export type SearchErrorKey = 'criteria' | 'personalIdentityCode' | 'username' | 'date' | 'order';
export type SearchErrors = Partial<Record<SearchField, SearchErrorKey>>;

/** A checked search: the code upper-cased, the username lower-cased, the dates as YYYY-MM-DD. */
export interface AuditFilters {
  personalIdentityCode?: string;
  username?: string;
  from?: string;
  to?: string;
}

const USERNAME = /^[a-z0-9._@-]{1,100}$/;

export const fieldId = (field: SearchField) => `audit-search-${field}`;

/** Checks the form: a code or a username (or both) is needed; the dates are optional but real and in order. */
export function checkSearch(values: SearchValues): { filters?: AuditFilters; errors: SearchErrors } {
  const errors: SearchErrors = {};
  const code = normalizePersonalIdentityCode(values.personalIdentityCode);
  const username = values.username.trim().toLowerCase();
  if (code === '' && username === '') errors.personalIdentityCode = 'criteria';
  if (code !== '' && !isValidPersonalIdentityCode(code)) errors.personalIdentityCode = 'personalIdentityCode';
  if (username !== '' && !USERNAME.test(username)) errors.username = 'username';
  const from = values.from.trim() === '' ? undefined : parseDate(values.from);
  const to = values.to.trim() === '' ? undefined : parseDate(values.to);
  if (values.from.trim() !== '' && from === undefined) errors.from = 'date';
  if (values.to.trim() !== '' && to === undefined) errors.to = 'date';
  if (from !== undefined && to !== undefined && to < from) errors.to = 'order';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    filters: {
      ...(code !== '' ? { personalIdentityCode: code } : {}),
      ...(username !== '' ? { username } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    },
  };
}

/**
 * Where a search is kept: `user`, `from` and `to` (YYYY-MM-DD) in the URL's query string, so a reload or a shared
 * link keeps them; the client's personal identity code only in the history entry's state, so it never shows in
 * the address bar, a shared link, the browser's list of visited addresses or the server's request log.
 */
export interface SearchLocation {
  search: URLSearchParams;
  state: { personalIdentityCode?: string } | null;
}

export function locationFromFilters(filters: AuditFilters): SearchLocation {
  const search = new URLSearchParams({
    ...(filters.username ? { user: filters.username } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  });
  return {
    search,
    state: filters.personalIdentityCode ? { personalIdentityCode: filters.personalIdentityCode } : null,
  };
}

/** Reads the state of a history entry (anything may be there) for the code a search kept. */
export function codeOfState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('personalIdentityCode' in state)) return undefined;
  const code = state.personalIdentityCode;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** The form's values of a kept search (dates shown d.m.yyyy). */
export function valuesFromLocation({ search, state }: SearchLocation): SearchValues {
  return {
    personalIdentityCode: codeOfState(state) ?? '',
    username: search.get('user') ?? '',
    from: formatDate(search.get('from') ?? undefined),
    to: formatDate(search.get('to') ?? undefined),
  };
}

/** The filters of a kept search, when it is a valid one (checked as the form checks it); otherwise undefined. */
export function filtersFromLocation(location: SearchLocation): AuditFilters | undefined {
  if (codeOfState(location.state) === undefined && !location.search.has('user')) return undefined;
  return checkSearch(valuesFromLocation(location)).filters;
}

const helsinkiOffset = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  timeZoneName: 'longOffset',
});

/**
 * The instant a day (YYYY-MM-DD) begins in Finland, with its offset: `2026-11-01T00:00:00+02:00`. The offset is
 * read an hour before midnight UTC, on the day itself in Finland and before the clocks change (at 3 or 4 am).
 */
export function helsinkiStartOfDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day) - 3_600_000);
  const name = helsinkiOffset.formatToParts(probe).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const offset = /^GMT([+-]\d{2}:\d{2})$/.exec(name)?.[1] ?? '+02:00';
  return `${date}T00:00:00${offset}`;
}

/** The day after a date (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The query of listAuditEvents: the end date is inclusive, so the API's exclusive `to` is the next day. */
export function apiQuery(filters: AuditFilters) {
  return {
    ...(filters.personalIdentityCode ? { personalIdentityCode: filters.personalIdentityCode } : {}),
    ...(filters.username ? { actorUsername: filters.username } : {}),
    ...(filters.from ? { from: helsinkiStartOfDay(filters.from) } : {}),
    ...(filters.to ? { to: helsinkiStartOfDay(nextDay(filters.to)) } : {}),
  };
}

export const auditEventsKey = (filters: AuditFilters) => ['audit-events', filters] as const;

export function auditEventsQueryOptions(api: ApiClient, filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditEventsKey(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/v1/audit-events', {
          params: {
            query: {
              ...apiQuery(filters),
              limit: PAGE_SIZE,
              ...(pageParam !== undefined ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Every read is audited: a new search reads again, but going back and forth in the page does not.
    staleTime: 60_000,
    retry: false,
  });
}
