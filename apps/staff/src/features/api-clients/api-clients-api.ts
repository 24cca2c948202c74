// The admin's API client operations (listApiClients, getApiClient, createApiClient, updateApiClient,
// rotateApiClientSecret, listSigningKeys, rotateSigningKey) through the typed API client, and the TanStack Query
// hooks of the page. A change carries the ETag of the version it is based on (If-Match).

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient as Api, expectData, type RequestBody, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type ApiClient = ResponseBody<'getApiClient'>;
export type ApiClientWithSecret = ResponseBody<'createApiClient'>;
export type ApiScope = ApiClient['scopes'][number];
export type NewApiClient = RequestBody<'createApiClient'>;
export type ApiClientChanges = RequestBody<'updateApiClient'>;
export type SigningKey = ResponseBody<'listSigningKeys'>['items'][number];

export interface VersionedApiClient {
  client: ApiClient;
  etag: string;
}

export const apiClientsQueryKey = ['api-clients'] as const;
const apiClientQueryKey = (id: string) => ['api-clients', id] as const;
const signingKeysQueryKey = ['api-signing-keys'] as const;

export async function listApiClients(api: Api): Promise<ApiClient[]> {
  return (await expectData(api.GET('/api/v1/api-clients'))).items;
}

export async function getApiClient(api: Api, id: string): Promise<VersionedApiClient> {
  const { data, response } = await api.GET('/api/v1/api-clients/{apiClientId}', {
    params: { path: { apiClientId: id } },
  });
  if (data === undefined) throw new Error(`${response.url} answered without a body`);
  return { client: data, etag: response.headers.get('ETag') ?? '*' };
}

export function useApiClients() {
  const api = useApi();
  return useQuery(queryOptions({ queryKey: apiClientsQueryKey, queryFn: () => listApiClients(api) }));
}

/** One client with its ETag, read afresh each time an edit starts. */
export function useApiClient(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: apiClientQueryKey(id),
    queryFn: () => getApiClient(api, id),
    staleTime: 0,
    gcTime: 0,
    meta: { silent: true },
  });
}

export function useCreateApiClient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewApiClient) => expectData(api.POST('/api/v1/api-clients', { body })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: apiClientsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export function useUpdateApiClient(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, etag }: { changes: ApiClientChanges; etag: string }) =>
      expectData(
        api.PATCH('/api/v1/api-clients/{apiClientId}', {
          params: { path: { apiClientId: id }, header: { 'if-match': etag } },
          body: changes,
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: apiClientsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export function useRotateApiClientSecret(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      expectData(
        api.POST('/api/v1/api-clients/{apiClientId}/secret', {
          params: { path: { apiClientId: id }, header: {} },
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: apiClientsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export function useSigningKeys() {
  const api = useApi();
  return useQuery({
    queryKey: signingKeysQueryKey,
    queryFn: async () => (await expectData(api.GET('/api/v1/api-signing-keys'))).items,
  });
}

export function useRotateSigningKey() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => expectData(api.POST('/api/v1/api-signing-keys/rotation')),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: signingKeysQueryKey });
    },
  });
}
