// The TanStack Query client, wired so that failures no page handles go to the app-wide error notification.

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { type AppErrorStore, appErrorKind, isUnreachable } from '../errors/error-store.ts';
import { sessionQueryKey } from '../session/api/get-session.ts';

export function createAppQueryClient(errors: AppErrorStore): QueryClient {
  // A query or mutation with `meta: { silent: true }` shows its errors itself.
  const onError = (error: unknown, meta: Record<string, unknown> | undefined) => {
    if (meta?.silent === true) return;
    const kind = appErrorKind(error);
    if (kind === undefined) return;
    errors.report(kind);
    if (kind === 'sessionExpired') void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        // Retry only what may pass on a second try: a lost connection or an unavailable service.
        // Any other answer from the API stays the answer.
        retry: (failureCount, error) => isUnreachable(error) && failureCount < 1,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
