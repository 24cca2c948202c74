// What the signed-in staff user may do on the case: the server sends it (permittedActions, from the case action
// table of packages/domain). Where the UI explains why an action is not offered, the reason comes from the same
// table (whyNot), never from a copy of the rules.

import type { SessionStaffUser } from '@tuki/api-client';
import { type CaseAction, type RefusalReason, whyNot } from '@tuki/domain';
import type { StaffApplication } from './api.ts';

type CaseOnScreen = Pick<StaffApplication, 'status' | 'assignee' | 'applicant' | 'permittedActions'>;

/** Whether the server allows the action now. */
export const permits = (application: Pick<CaseOnScreen, 'permittedActions'>, action: CaseAction) =>
  application.permittedActions.includes(action);

/** Why the action is not allowed (null when it is): `status` (not in this status) or `object` (not your case). */
export function refusalOf(
  application: CaseOnScreen,
  action: CaseAction,
  staffUser: Pick<SessionStaffUser, 'id' | 'roles'>,
): RefusalReason | null {
  if (permits(application, action)) return null;
  const refusal = whyNot(
    action,
    {
      status: application.status,
      personId: application.applicant.personId,
      assigneeId: application.assignee?.id ?? null,
    },
    { kind: 'staff', id: staffUser.id, roles: staffUser.roles },
  );
  // The server said no: when the table here would allow it, the case changed since; call it the status.
  return refusal?.reason ?? 'status';
}
