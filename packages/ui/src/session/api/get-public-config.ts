// getPublicConfig: how users sign in here ('dev' = the development sign-in page, 'oidc' = strong identification).

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiClient, expectData } from '@tuki/api-client';
import { useApi } from '../../api/ApiProvider.tsx';

export function publicConfigQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['config'] as const,
    queryFn: () => expectData(api.GET('/api/v1/config')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePublicConfig() {
  return useQuery(publicConfigQueryOptions(useApi()));
}
