// The citizen's correspondence operations through the typed API client: answerInformationRequest, listMyMessages,
// sendMyMessage, markMyMessagesRead, getMyPreferences and updateMyPreferences, with the TanStack Query keys and
// hooks of the pages. Answers and messages carry an Idempotency-Key (one per intended send).

import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiClient, expectData, type RequestBody, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import type { MyApplication } from '../application/index.ts';

export type InformationRequest = MyApplication['informationRequests'][number];
export type InformationItem = InformationRequest['items'][number];
export type Message = ResponseBody<'listMyMessages'>['items'][number];
export type MyPreferences = ResponseBody<'getMyPreferences'>;
export type MyPreferencesInput = RequestBody<'updateMyPreferences'>;

export interface Thread {
  items: Message[];
  unreadCount: number;
}

export const myMessagesQueryKey = (applicationId: string) => ['my-messages', applicationId] as const;
export const myPreferencesQueryKey = ['my-preferences'] as const;

export async function answerInformationRequest(
  api: ApiClient,
  applicationId: string,
  requestId: string,
  body: { message: string; attachmentIds: string[] },
  idempotencyKey: string,
): Promise<{ application: MyApplication; etag: string | null }> {
  const { data, response } = await api.POST(
    '/api/v1/my/applications/{applicationId}/information-requests/{requestId}/answer',
    {
      params: { path: { applicationId, requestId }, header: { 'idempotency-key': idempotencyKey } },
      body,
    },
  );
  if (data === undefined) throw new Error('answerInformationRequest answered without a body');
  return { application: data, etag: response.headers.get('ETag') };
}

export async function listMyMessages(api: ApiClient, applicationId: string): Promise<Thread> {
  const items: Message[] = [];
  let unreadCount = 0;
  let cursor: string | undefined;
  // A thread is short; every page is read so that the whole conversation is on the screen.
  for (let page = 0; page < 50; page += 1) {
    const query = cursor === undefined ? { limit: 100 } : { limit: 100, cursor };
    const data = await expectData(
      api.GET('/api/v1/my/applications/{applicationId}/messages', {
        params: { path: { applicationId }, query },
      }),
    );
    items.push(...data.items);
    unreadCount = data.unreadCount;
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return { items, unreadCount };
}

export async function sendMyMessage(
  api: ApiClient,
  applicationId: string,
  body: { body: string; attachmentIds: string[] },
  idempotencyKey: string,
): Promise<Message> {
  return expectData(
    api.POST('/api/v1/my/applications/{applicationId}/messages', {
      params: { path: { applicationId }, header: { 'idempotency-key': idempotencyKey } },
      body,
    }),
  );
}

export async function markMyMessagesRead(api: ApiClient, applicationId: string): Promise<number> {
  const data = await expectData(
    api.POST('/api/v1/my/applications/{applicationId}/messages/read', {
      params: { path: { applicationId } },
    }),
  );
  return data.marked;
}

export async function getMyPreferences(api: ApiClient): Promise<MyPreferences> {
  return expectData(api.GET('/api/v1/my/preferences'));
}

export async function updateMyPreferences(api: ApiClient, body: MyPreferencesInput): Promise<MyPreferences> {
  return expectData(api.PUT('/api/v1/my/preferences', { body }));
}

export function useMyMessages(applicationId: string) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: myMessagesQueryKey(applicationId),
      queryFn: () => listMyMessages(api, applicationId),
      meta: { silent: true },
      staleTime: 0,
    }),
  );
}

export function useMyPreferences() {
  const api = useApi();
  return useQuery({
    queryKey: myPreferencesQueryKey,
    queryFn: () => getMyPreferences(api),
    staleTime: 0,
  });
}
