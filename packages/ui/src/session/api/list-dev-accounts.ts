// listDevAccounts: the demo citizens and seeded staff users offered by the development sign-in page.
// Absent (404) unless the server runs in development auth mode; the page says so instead of failing.

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiClient, expectData } from '@tuki/api-client';
import { useApi } from '../../api/ApiProvider.tsx';

export function devAccountsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['dev-accounts'] as const,
    queryFn: () => expectData(api.GET('/api/v1/session/dev-accounts')),
    meta: { silent: true },
  });
}

export function useDevAccounts() {
  return useQuery(devAccountsQueryOptions(useApi()));
}
