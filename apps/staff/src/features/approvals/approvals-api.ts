// Privileged grants waiting for a second admin (listPendingApprovals) and the decisions on them (approveApiClient,
// rejectApiClient, approveStaffRoleGrant, rejectStaffRoleGrant), with the TanStack Query hooks of the approvals
// page and of the navigation's count.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { expectData, type ResponseBody } from '@tuki/api-client';
import { useApi } from '@tuki/ui';

export type PendingApproval = ResponseBody<'listPendingApprovals'>['items'][number];

export const approvalsQueryKey = ['approvals'] as const;

/** The pending approvals; `enabled` false for users who are not admins (the API would say 403). */
export function usePendingApprovals(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: approvalsQueryKey,
    queryFn: async () => (await expectData(api.GET('/api/v1/approvals'))).items,
    enabled,
    meta: { silent: true },
  });
}

export type Decision = 'approve' | 'reject';

/** Approves or rejects one item; afterwards the approvals, the clients and the users are loaded again. */
export function useDecide() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ item, decision }: { item: PendingApproval; decision: Decision }) => {
      if (item.kind === 'api_client') {
        const path = { params: { path: { apiClientId: item.id }, header: { 'if-match': item.etag } } };
        await expectData(
          decision === 'approve'
            ? api.POST('/api/v1/api-clients/{apiClientId}/approval', path)
            : api.POST('/api/v1/api-clients/{apiClientId}/rejection', path),
        );
        return;
      }
      const path = { params: { path: { grantId: item.id } } };
      if (decision === 'approve') {
        await expectData(api.POST('/api/v1/staff-role-grants/{grantId}/approval', path));
      } else {
        await api.POST('/api/v1/staff-role-grants/{grantId}/rejection', path);
      }
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: approvalsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['api-clients'] }),
        queryClient.invalidateQueries({ queryKey: ['staff-users'] }),
      ]);
    },
  });
}
