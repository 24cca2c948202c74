// The archive operations (listDestructionLists, getDestructionList, approveDestructionList, listDestructionRecords,
// getRetentionPlan, updateRetentionPlan)
// through the typed API client, and the TanStack Query hooks of the archive page.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { expectData, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type DestructionList = ResponseBody<'getDestructionList'>;
export type DestructionRecord = ResponseBody<'listDestructionRecords'>['items'][number];

const archiveKey = ['archive'] as const;

/** The list waiting for approval (the newest proposed one), with its cases; undefined when there is none. */
export function useProposedList() {
  const api = useApi();
  return useQuery({
    queryKey: [...archiveKey, 'proposed'],
    queryFn: async () => {
      const lists = await expectData(api.GET('/api/v1/destruction-lists'));
      const proposed = lists.items.find((list) => list.status === 'proposed');
      if (!proposed) return null;
      return expectData(
        api.GET('/api/v1/destruction-lists/{listId}', { params: { path: { listId: proposed.id } } }),
      );
    },
    staleTime: 0,
  });
}

export function useDestructionRecords() {
  const api = useApi();
  return useQuery({
    queryKey: [...archiveKey, 'records'],
    queryFn: () => expectData(api.GET('/api/v1/destruction-records', { params: { query: { limit: 100 } } })),
    staleTime: 0,
  });
}

export function useApproveList() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (list: { id: string; etag: string }) =>
      expectData(
        api.POST('/api/v1/destruction-lists/{listId}/approval', {
          params: { path: { listId: list.id }, header: { 'if-match': list.etag } },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: archiveKey }),
  });
}

export type RetentionRule = ResponseBody<'getRetentionPlan'>['rules'][number];

/** The city's retention plan (archivists and admins): one rule per record type, each with its ETag. */
export function useRetentionPlan() {
  const api = useApi();
  return useQuery({
    queryKey: [...archiveKey, 'plan'],
    queryFn: () => expectData(api.GET('/api/v1/retention-plan')),
    staleTime: 0,
  });
}

/** Changes one rule's years and basis, with If-Match on the rule's ETag (412 when someone changed it since). */
export function useUpdateRetentionRule() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      rule,
      retentionYears,
      basis,
    }: {
      rule: RetentionRule;
      retentionYears: number;
      basis: string;
    }) =>
      expectData(
        api.PUT('/api/v1/retention-plan/{recordType}', {
          params: { path: { recordType: rule.recordType }, header: { 'if-match': rule.etag } },
          body: {
            publicity: rule.publicity,
            publicityBasis: rule.publicityBasis,
            personalData: rule.personalData,
            retentionYears,
            basis,
          },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [...archiveKey, 'plan'] }),
  });
}
