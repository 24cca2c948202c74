// The parameter set operations (listParameterSets, getParameterSet, createParameterSet) through the typed API
// client, and the TanStack Query hooks of the parameters page.

import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, expectData, type RequestBody, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type ParameterSetList = ResponseBody<'listParameterSets'>;
export type ParameterSetSummary = ParameterSetList['items'][number];
export type ParameterCoverage = ParameterSetList['coverage'];
export type ParameterSetDetail = ResponseBody<'getParameterSet'>;
export type ParameterSet = RequestBody<'createParameterSet'>;

export const parameterSetsQueryKey = ['parameter-sets'] as const;
const parameterSetQueryKey = (version: string) => ['parameter-sets', version] as const;

export async function listParameterSets(api: ApiClient): Promise<ParameterSetList> {
  return expectData(api.GET('/api/v1/parameter-sets'));
}

export async function getParameterSet(api: ApiClient, version: string): Promise<ParameterSetDetail> {
  return expectData(api.GET('/api/v1/parameter-sets/{version}', { params: { path: { version } } }));
}

export async function createParameterSet(api: ApiClient, body: ParameterSet): Promise<ParameterSetDetail> {
  return expectData(api.POST('/api/v1/parameter-sets', { body }));
}

const listQuery = (api: ApiClient) =>
  queryOptions({ queryKey: parameterSetsQueryKey, queryFn: () => listParameterSets(api) });

export function useParameterSets() {
  const api = useApi();
  return useQuery({ ...listQuery(api), select: (list: ParameterSetList) => list.items });
}

/** Whether the months ahead are covered (the same read as the list). */
export function useParameterCoverage() {
  const api = useApi();
  return useQuery({ ...listQuery(api), select: (list: ParameterSetList) => list.coverage });
}

/** One whole set; sets never change, so what was read once stays right. */
export function useParameterSet(version: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: parameterSetQueryKey(version ?? ''),
    queryFn: () => getParameterSet(api, version ?? ''),
    enabled: version !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    // While the next set loads, the previous one stays (the form is not taken away in between).
    placeholderData: keepPreviousData,
  });
}

export function useCreateParameterSet() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParameterSet) => createParameterSet(api, body),
    onSuccess: async () => {
      // The set before the new one may now end earlier: the list and every set are read again.
      await queryClient.invalidateQueries({ queryKey: parameterSetsQueryKey });
    },
  });
}
