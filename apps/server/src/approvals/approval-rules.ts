// The two-person rule for privileged grants, in one place: which grants wait for approval, who may approve, and
// the refusals. The lists of privileged scopes and roles are in packages/domain (privileged-grants.ts).
import { isPrivilegedApiScope, isPrivilegedStaffRole, type StaffRole } from '@tuki/domain';
import type { ApiClientRow } from '../db/schema.ts';
import { Conflict, Forbidden } from '../shared/errors.ts';

export const privilegedScopesOf = (scopes: readonly string[]) => scopes.filter(isPrivilegedApiScope);
export const privilegedRolesOf = (roles: readonly StaffRole[]): StaffRole[] =>
  roles.filter(isPrivilegedStaffRole);

/** Whether the client may get tokens and act: active, and approved unless it has no privileged scope. */
export const clientMayAct = (client: Pick<ApiClientRow, 'active' | 'approval'>) =>
  client.active && (client.approval === 'not_required' || client.approval === 'approved');

/** 403: the admin who asked for a grant (or the one it is for) cannot approve it. */
export function cannotApproveOwn(what: 'api-client' | 'role-grant-requested' | 'role-grant-for-self') {
  const detail =
    what === 'api-client'
      ? 'You asked for this API client’s access yourself: another admin must approve it.'
      : what === 'role-grant-requested'
        ? 'You asked for these roles yourself: another admin must approve them.'
        : 'These roles are for you: another admin must approve them.';
  return new Forbidden(detail, { code: 'cannot-approve-own-request' });
}

/** 409: there is nothing waiting for approval (already approved, rejected or cancelled). */
export function notPending(what: string) {
  return new Conflict(`${what} is not waiting for approval.`, { code: 'not-pending' });
}
