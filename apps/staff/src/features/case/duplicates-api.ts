// The case's related cases (getRelatedCases: possible duplicates and the client's and spouse's history; every read
// audited by the server) and closing it as a duplicate (closeApplicationAsDuplicate, with If-Match).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { expectData, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { caseQueryKey, versionedCase } from './api.ts';

export type RelatedCases = ResponseBody<'getRelatedCases'>;
export type PossibleDuplicate = RelatedCases['possibleDuplicates'][number];
export type HistoryCase = RelatedCases['history'][number];

export const relatedCasesQueryKey = (id: string) => ['staff-case-related', id] as const;

export function useRelatedCases(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: relatedCasesQueryKey(id),
    meta: { silent: true },
    queryFn: () =>
      expectData(
        api.GET('/api/v1/applications/{applicationId}/related-cases', {
          params: { path: { applicationId: id } },
        }),
      ),
  });
}

/** Close as a duplicate of `duplicateOf` (an application id). Any answer reloads the case and its related cases. */
export function useCloseAsDuplicate(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: relatedCasesQueryKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
  };
  return useMutation({
    meta: { silent: true },
    mutationFn: async ({ duplicateOf, etag }: { duplicateOf: string; etag: string }) =>
      versionedCase(
        'closeApplicationAsDuplicate',
        await api.POST('/api/v1/applications/{applicationId}/close-as-duplicate', {
          params: { path: { applicationId: id }, header: { 'if-match': etag } },
          body: { duplicateOf },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseQueryKey(id), updated);
      reload();
    },
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) });
      reload();
    },
  });
}
