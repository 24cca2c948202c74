// getSession: who is signed in. A 401 answer means nobody is (null), not an error.

import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiClient, expectData, isApiProblem, type Session, setCsrfToken } from '@tuki/api-client';
import { useApi } from '../../api/ApiProvider.tsx';

export const sessionQueryKey = ['session'] as const;

export async function getSession(api: ApiClient): Promise<Session | null> {
  try {
    const session = await expectData(api.GET('/api/v1/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiProblem(error, 401)) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: sessionQueryKey, queryFn: () => getSession(api) });
}

export function useSession() {
  return useQuery(sessionQueryOptions(useApi()));
}

/** Queries that do not depend on who is signed in, kept when the user changes. */
const userIndependentQueries: ReadonlySet<unknown> = new Set(['config']);

/**
 * After sign-in or sign-out: the new session, and nothing cached for the previous user. The session query is
 * updated in place (not removed) so that every component showing it follows at once.
 */
export function replaceSession(queryClient: QueryClient, session: Session | null): void {
  queryClient.setQueryData(sessionQueryKey, session);
  queryClient.removeQueries({
    predicate: (query) =>
      query.queryKey[0] !== sessionQueryKey[0] && !userIndependentQueries.has(query.queryKey[0]),
  });
}
