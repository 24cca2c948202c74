// The case (getApplication), its assignment (assignApplication, with If-Match), its urgency
// (setApplicationUrgency), what needs attention after the decision (resolveApplicationAttention), its internal notes
// (listApplicationNotes, addApplicationNote) and the colleagues it can be given to (listStaffUsers), through the
// typed API client and TanStack Query.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, expectData, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';
import { keepRetention } from './keep-retention.ts';

export type StaffApplication = ResponseBody<'getApplication'>;
export type CaseAttachment = StaffApplication['attachments'][number];
export type ApplicationNote = ResponseBody<'listApplicationNotes'>['items'][number];
export type Colleague = ResponseBody<'listStaffUsers'>['items'][number];

/** The case with the ETag of its version, for If-Match. */
export interface VersionedCase {
  application: StaffApplication;
  etag: string;
}

export const caseQueryKey = (id: string) => ['staff-case', id] as const;
export const notesQueryKey = (id: string) => ['staff-case-notes', id] as const;

export function attachmentUrl(attachmentId: string, inline = false): string {
  return `/api/v1/attachments/${encodeURIComponent(attachmentId)}/content${inline ? '?disposition=inline' : ''}`;
}

/** The case an operation answered with, and the ETag of that version. */
export function versionedCase(
  operation: string,
  { data, response }: { data?: StaffApplication; response: Response },
): VersionedCase {
  if (data === undefined) throw new Error(`${operation} answered without a body`);
  return { application: data, etag: response.headers.get('ETag') ?? '*' };
}

async function getCase(api: ApiClient, id: string): Promise<VersionedCase> {
  return versionedCase(
    'getApplication',
    await api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId: id } } }),
  );
}

export function caseQueryOptions(api: ApiClient, id: string) {
  // 404 is shown by the page itself; the read is audited, so it is not repeated needlessly.
  return queryOptions({
    queryKey: caseQueryKey(id),
    queryFn: () => getCase(api, id),
    meta: { silent: true },
  });
}

export function useCase(id: string) {
  return useQuery(caseQueryOptions(useApi(), id));
}

/** Take (oneself), give (a colleague) or release (null). A 412 or 409 reloads the case. */
export function useAssign(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async ({ staffId, etag }: { staffId: string | null; etag: string }) =>
      versionedCase(
        'assignApplication',
        await api.POST('/api/v1/applications/{applicationId}/assignment', {
          params: { path: { applicationId: id }, header: { 'if-match': etag } },
          body: { staffId },
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
      void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
    },
  });
}

/** Mark the case urgent or not, with the reason (setApplicationUrgency); the due date follows. */
export function useSetUrgency(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async (input: { urgent: boolean; reason: string; etag: string }) =>
      versionedCase(
        'setApplicationUrgency',
        await api.POST('/api/v1/applications/{applicationId}/urgency', {
          params: { path: { applicationId: id }, header: { 'if-match': input.etag } },
          body: { urgent: input.urgent, reason: input.reason },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData<VersionedCase>(caseQueryKey(id), (previous) => ({
        ...updated,
        application: keepRetention(previous?.application, updated.application),
      }));
      void queryClient.invalidateQueries({ queryKey: ['staff-queue'] });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) }),
  });
}

export type AttentionItem = StaffApplication['attention'][number];

/** What resolveApplicationAttention takes besides the case: the item, how it was seen to, and its details. */
export interface AttentionResolutionInput {
  reason: AttentionItem['reason'];
  id: string;
  resolution: 'resent' | 'corrected' | 'handled';
  address?: { streetAddress: string; postalCode: string; city: string };
  iban?: string;
  note?: string;
  etag: string;
}

/** See to what went wrong after the decision (resolveApplicationAttention); the queue's flags follow. */
export function useResolveAttention(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async ({ etag, ...body }: AttentionResolutionInput) =>
      versionedCase(
        'resolveApplicationAttention',
        await api.POST('/api/v1/applications/{applicationId}/attention-resolutions', {
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
    onError: () => void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) }),
  });
}

export function useNotes(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: notesQueryKey(id),
    meta: { silent: true },
    queryFn: async () =>
      (
        await expectData(
          api.GET('/api/v1/applications/{applicationId}/notes', { params: { path: { applicationId: id } } }),
        )
      ).items,
  });
}

export function useAddNote(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: string) =>
      expectData(
        api.POST('/api/v1/applications/{applicationId}/notes', {
          params: { path: { applicationId: id } },
          body: { body },
        }),
      ),
    onSuccess: (note) => {
      queryClient.setQueryData<ApplicationNote[]>(notesQueryKey(id), (notes) => [...(notes ?? []), note]);
    },
  });
}

/** The active colleagues who handle cases (the API gives the handling roles only those). */
export function useColleagues(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['staff-colleagues'],
    enabled,
    meta: { silent: true },
    staleTime: 5 * 60_000,
    queryFn: async () => (await expectData(api.GET('/api/v1/staff-users'))).items,
  });
}
