// The case's correspondence with the client through the typed API client: requestInformation (with If-Match),
// the message thread (listMessages, sendMessage with an Idempotency-Key, markMessagesRead) and the files sent with
// a message (uploadCaseAttachment, a multipart request the typed client does not build).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiProblem,
  csrfHeader,
  expectData,
  getAcceptLanguage,
  getCsrfToken,
  type RequestBody,
  type ResponseBody,
} from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { caseQueryKey, type VersionedCase, versionedCase } from './api.ts';
import { keepRetention } from './keep-retention.ts';

export type InformationRequest = ResponseBody<'getApplication'>['informationRequests'][number];
export type CaseMessage = ResponseBody<'listMessages'>['items'][number];
export type RequestInformationBody = RequestBody<'requestInformation'>;

export const messagesQueryKey = (id: string) => ['staff-case-messages', id] as const;

export function useRequestInformation(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async ({ body, etag }: { body: RequestInformationBody; etag: string }) =>
      versionedCase(
        'requestInformation',
        await api.POST('/api/v1/applications/{applicationId}/information-requests', {
          params: { path: { applicationId: id }, header: { 'if-match': etag } },
          body,
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData<VersionedCase>(caseQueryKey(id), (previous) => ({
        ...updated,
        application: keepRetention(previous?.application, updated.application),
      }));
      void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
    },
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) });
    },
  });
}

/** The whole thread, oldest first (threads are short; pages of 100 are fetched until the end). */
export function useMessages(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: messagesQueryKey(id),
    meta: { silent: true },
    queryFn: async () => {
      const items: CaseMessage[] = [];
      let cursor: string | undefined;
      let unreadCount = 0;
      do {
        const page = await expectData(
          api.GET('/api/v1/applications/{applicationId}/messages', {
            params: { path: { applicationId: id }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        );
        items.push(...page.items);
        unreadCount = page.unreadCount;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { items, unreadCount };
    },
  });
}

export function useMarkMessagesRead(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: () =>
      expectData(
        api.POST('/api/v1/applications/{applicationId}/messages/read', {
          params: { path: { applicationId: id } },
        }),
      ),
    onSuccess: ({ marked }) => {
      if (marked === 0) return;
      void queryClient.invalidateQueries({ queryKey: messagesQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
    },
  });
}

type UploadedFile = ResponseBody<'uploadCaseAttachment'>;

/** uploadCaseAttachment: one file, with the session's CSRF token and an Idempotency-Key for a safe retry. */
export async function uploadCaseFile(applicationId: string, file: File, key: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('category', 'other');
  form.append('file', file, file.name);
  const headers: Record<string, string> = { 'Idempotency-Key': key };
  const language = getAcceptLanguage();
  if (language) headers['Accept-Language'] = language;
  const token = getCsrfToken();
  if (token) headers[csrfHeader] = token;
  const response = await fetch(`/api/v1/applications/${encodeURIComponent(applicationId)}/attachments`, {
    method: 'POST',
    body: form,
    headers,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await ApiProblem.fromResponse(response);
  return (await response.json()) as UploadedFile;
}

export function useSendMessage(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ body, attachmentIds, key }: { body: string; attachmentIds: string[]; key: string }) =>
      expectData(
        api.POST('/api/v1/applications/{applicationId}/messages', {
          params: { path: { applicationId: id }, header: { 'idempotency-key': key } },
          body: { body, attachmentIds },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: messagesQueryKey(id) });
    },
  });
}
