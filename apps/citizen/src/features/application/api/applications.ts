// The citizen's application operations (listMyApplications, createApplicationDraft, getMyApplication,
// updateApplicationDraft, submitApplication, withdrawApplication, deleteApplicationAttachment) through the typed
// API client, and the TanStack Query hooks of the pages. Changes carry the ETag of the version they are based on
// (If-Match); every answer that changes the application carries the new one.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import type { ApplicationContent, ApplicationKind } from '@tuki/domain';
import { useApi } from '@tuki/ui';

export type MyApplication = ResponseBody<'getMyApplication'>;
export type ApplicationSummary = ResponseBody<'listMyApplications'>['items'][number];
export type Attachment = MyApplication['attachments'][number];

/** An application with the ETag of its version, for If-Match. */
export interface VersionedApplication {
  application: MyApplication;
  etag: string;
}

export const myApplicationsQueryKey = ['my-applications'] as const;
export const myApplicationQueryKey = (id: string) => ['my-application', id] as const;

function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '*';
}

export async function listMyApplications(api: ApiClient): Promise<ApplicationSummary[]> {
  const items: ApplicationSummary[] = [];
  let cursor: string | undefined;
  // Everyone has only a few applications; all pages are read so that none is hidden.
  for (let page = 0; page < 20; page += 1) {
    const query = cursor === undefined ? { limit: 100 } : { limit: 100, cursor };
    const data = await expectData(api.GET('/api/v1/my/applications', { params: { query } }));
    items.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return items;
}

export async function getMyApplication(api: ApiClient, id: string): Promise<VersionedApplication> {
  const { data, response } = await api.GET('/api/v1/my/applications/{applicationId}', {
    params: { path: { applicationId: id } },
  });
  if (data === undefined) throw new Error('getMyApplication answered without a body');
  return { application: data, etag: etagOf(response) };
}

/** The same key again (a retry after a lost answer) gets the same draft back instead of a second one. */
export async function createApplicationDraft(
  api: ApiClient,
  kind: ApplicationKind,
  idempotencyKey: string,
): Promise<MyApplication> {
  return expectData(
    api.POST('/api/v1/my/applications', {
      params: { header: { 'idempotency-key': idempotencyKey } },
      body: { kind },
    }),
  );
}

export async function updateApplicationDraft(
  api: ApiClient,
  id: string,
  content: ApplicationContent,
  etag: string,
  keepalive = false,
): Promise<VersionedApplication> {
  const { data, response } = await api.PUT('/api/v1/my/applications/{applicationId}', {
    params: { path: { applicationId: id }, header: { 'if-match': etag } },
    body: { content },
    keepalive,
  });
  if (data === undefined) throw new Error('updateApplicationDraft answered without a body');
  return { application: data, etag: etagOf(response) };
}

export async function submitApplication(
  api: ApiClient,
  id: string,
  etag: string,
  idempotencyKey: string,
): Promise<MyApplication> {
  return expectData(
    api.POST('/api/v1/my/applications/{applicationId}/submit', {
      params: {
        path: { applicationId: id },
        header: { 'idempotency-key': idempotencyKey, 'if-match': etag },
      },
    }),
  );
}

export async function withdrawApplication(api: ApiClient, id: string): Promise<void> {
  await api.POST('/api/v1/my/applications/{applicationId}/withdraw', {
    params: { path: { applicationId: id } },
  });
}

export async function deleteApplicationAttachment(
  api: ApiClient,
  id: string,
  attachmentId: string,
): Promise<void> {
  await api.DELETE('/api/v1/my/applications/{applicationId}/attachments/{attachmentId}', {
    params: { path: { applicationId: id, attachmentId } },
  });
}

/** Where the browser downloads an attachment (downloadAttachment). */
export function attachmentDownloadUrl(attachmentId: string): string {
  return `/api/v1/attachments/${encodeURIComponent(attachmentId)}/content`;
}

export function myApplicationsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: myApplicationsQueryKey, queryFn: () => listMyApplications(api) });
}

export function myApplicationQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: myApplicationQueryKey(id), queryFn: () => getMyApplication(api, id) });
}

export function useMyApplications() {
  return useQuery(myApplicationsQueryOptions(useApi()));
}

/** One application; a 404 (unknown or someone else's) is shown by the page, not as an app-wide error. */
export function useMyApplication(id: string, options: { refetchInterval?: number | false } = {}) {
  return useQuery({
    ...myApplicationQueryOptions(useApi(), id),
    meta: { silent: true },
    refetchInterval: options.refetchInterval ?? false,
  });
}

export function useCreateApplicationDraft() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, idempotencyKey }: { kind: ApplicationKind; idempotencyKey: string }) =>
      createApplicationDraft(api, kind, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myApplicationsQueryKey }),
  });
}

export function useWithdrawApplication(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawApplication(api, id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: myApplicationsQueryKey });
    },
  });
}
