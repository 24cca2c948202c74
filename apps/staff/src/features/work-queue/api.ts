// The work queue (listApplications) through the typed API client: the filters (see location.ts), pages by the
// API's nextCursor (TanStack Query's infinite query: "show more").

import { infiniteQueryOptions } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import type { QueueFilters } from './location.ts';

export type { AssigneeFilter, QueueFilters } from './location.ts';

export type QueuePage = ResponseBody<'listApplications'>;
export type QueueItem = QueuePage['items'][number];
export type QueueCounts = QueuePage['counts'];

export const PAGE_SIZE = 25;

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
              ...(filters.needsAttention ? { needsAttention: 'true' as const } : {}),
              ...(filters.q.trim() !== '' ? { q: filters.q.trim() } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}
