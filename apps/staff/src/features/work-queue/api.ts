// The work queue (listApplications) through the typed API client: filters from the page's query string, pages
// by the API's nextCursor (TanStack Query's infinite query: "show more").

import { infiniteQueryOptions } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import { applicationStatuses, type SentStatus } from '../common/status.tsx';

export type QueuePage = ResponseBody<'listApplications'>;
export type QueueItem = QueuePage['items'][number];
export type QueueCounts = QueuePage['counts'];

export type AssigneeFilter = 'me' | 'unassigned' | 'anyone';

export interface QueueFilters {
  statuses: SentStatus[];
  assignee: AssigneeFilter;
  overdue: boolean;
  urgent: boolean;
  /** Only possible duplicates (another application of the same person or family for the same month). */
  possibleDuplicate: boolean;
  q: string;
}

export const PAGE_SIZE = 25;

/**
 * The filters kept in the URL: `?status=submitted,in_processing&assignee=me&overdue=true&urgent=true&duplicates=true
 * &q=…`.
 */
export function filtersFromSearch(search: URLSearchParams): QueueFilters {
  const statuses = (search.get('status') ?? '')
    .split(',')
    .filter((value): value is SentStatus => (applicationStatuses as readonly string[]).includes(value));
  const assignee = search.get('assignee');
  return {
    statuses,
    assignee: assignee === 'me' || assignee === 'unassigned' ? assignee : 'anyone',
    overdue: search.get('overdue') === 'true',
    urgent: search.get('urgent') === 'true',
    possibleDuplicate: search.get('duplicates') === 'true',
    q: (search.get('q') ?? '').slice(0, 100),
  };
}

export function searchFromFilters(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.statuses.length > 0) search.set('status', filters.statuses.join(','));
  if (filters.assignee !== 'anyone') search.set('assignee', filters.assignee);
  if (filters.overdue) search.set('overdue', 'true');
  if (filters.urgent) search.set('urgent', 'true');
  if (filters.possibleDuplicate) search.set('duplicates', 'true');
  if (filters.q.trim() !== '') search.set('q', filters.q.trim());
  return search;
}

export function queueQueryOptions(api: ApiClient, filters: QueueFilters) {
  return infiniteQueryOptions({
    queryKey: ['staff-queue', filters] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/v1/applications', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(pageParam !== undefined ? { cursor: pageParam } : {}),
              ...(filters.statuses.length > 0 ? { status: filters.statuses.join(',') } : {}),
              ...(filters.assignee !== 'anyone' ? { assignee: filters.assignee } : {}),
              ...(filters.overdue ? { overdue: 'true' as const } : {}),
              ...(filters.urgent ? { urgent: 'true' as const } : {}),
              ...(filters.possibleDuplicate ? { possibleDuplicate: 'true' as const } : {}),
              ...(filters.q.trim() !== '' ? { q: filters.q.trim() } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}
