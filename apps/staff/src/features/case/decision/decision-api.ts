// Deciding a case (decideApplication, with If-Match) and the reusable reasons (listDecisionReasons).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { expectData, type RequestBody, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { caseQueryKey } from '../api.ts';

export type DecideBody = RequestBody<'decideApplication'>;
export type Decision = ResponseBody<'decideApplication'>;
export type ReasonTemplate = ResponseBody<'listDecisionReasons'>['items'][number];

export function useDecisionReasons() {
  const api = useApi();
  return useQuery({
    queryKey: ['decision-reasons'],
    staleTime: 60 * 60_000,
    meta: { silent: true },
    queryFn: async () => (await expectData(api.GET('/api/v1/decision-reasons'))).items,
  });
}

export function useDecide(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ body, etag }: { body: DecideBody; etag: string }) =>
      expectData(
        api.POST('/api/v1/applications/{applicationId}/decision', {
          params: { path: { applicationId: id }, header: { 'if-match': etag } },
          body,
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
    },
  });
}
