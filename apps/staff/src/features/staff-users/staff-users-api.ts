// The admin's staff user operations (listStaffUsers, getStaffUser, createStaffUser, updateStaffUser) through the
// typed API client, and the TanStack Query hooks of the users page. A change carries the ETag of the version it
// is based on (If-Match); every answer that returns a user carries its new ETag.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, expectData, type RequestBody, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type StaffUser = ResponseBody<'getStaffUser'>;
export type StaffUserListItem = ResponseBody<'listStaffUsers'>['items'][number];
export type NewStaffUser = RequestBody<'createStaffUser'>;
export type StaffUserChanges = RequestBody<'updateStaffUser'>;

/** A staff user with the ETag of its version, for If-Match. */
export interface VersionedStaffUser {
  user: StaffUser;
  etag: string;
}

export const staffUsersQueryKey = ['staff-users'] as const;
export const staffUserQueryKey = (id: string) => ['staff-users', id] as const;

function versioned(data: StaffUser | undefined, response: Response): VersionedStaffUser {
  if (data === undefined) throw new Error(`${response.url} answered without a body`);
  return { user: data, etag: response.headers.get('ETag') ?? '*' };
}

export async function listStaffUsers(api: ApiClient): Promise<StaffUserListItem[]> {
  return (await expectData(api.GET('/api/v1/staff-users'))).items;
}

export async function getStaffUser(api: ApiClient, id: string): Promise<VersionedStaffUser> {
  const { data, response } = await api.GET('/api/v1/staff-users/{staffUserId}', {
    params: { path: { staffUserId: id } },
  });
  return versioned(data, response);
}

export async function createStaffUser(api: ApiClient, body: NewStaffUser): Promise<VersionedStaffUser> {
  const { data, response } = await api.POST('/api/v1/staff-users', { body });
  return versioned(data, response);
}

export async function updateStaffUser(
  api: ApiClient,
  id: string,
  changes: StaffUserChanges,
  etag: string,
): Promise<VersionedStaffUser> {
  const { data, response } = await api.PATCH('/api/v1/staff-users/{staffUserId}', {
    params: { path: { staffUserId: id }, header: { 'if-match': etag } },
    body: changes,
  });
  return versioned(data, response);
}

export function useStaffUsers() {
  const api = useApi();
  return useQuery(queryOptions({ queryKey: staffUsersQueryKey, queryFn: () => listStaffUsers(api) }));
}

/** One user with its ETag, read afresh each time an edit starts, so that the tag is the newest. */
export function useStaffUser(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: staffUserQueryKey(id),
    queryFn: () => getStaffUser(api, id),
    staleTime: 0,
    gcTime: 0,
    meta: { silent: true },
  });
}

export function useCreateStaffUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaffUser) => createStaffUser(api, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffUsersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export function useUpdateStaffUser(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, etag }: { changes: StaffUserChanges; etag: string }) =>
      updateStaffUser(api, id, changes, etag),
    // The user's own query is left alone: a new ETag would remount the edit form before the page hears of the
    // success. It is not kept after the editor closes (gcTime 0), so the next edit reads the newest version.
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: staffUsersQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}
