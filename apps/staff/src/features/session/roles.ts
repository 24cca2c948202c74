// What a staff user's roles let them do in the staff app.

import type { StaffRole } from '@tuki/api-client';
import { handlingStaffRoles } from '@tuki/domain';

/** The roles that handle cases: the work queue and the case view are theirs. */
export const handlingRoles: readonly StaffRole[] = handlingStaffRoles;

export const handlesCases = (roles: readonly StaffRole[]) =>
  roles.some((role) => handlingRoles.includes(role));
export const isAdmin = (roles: readonly StaffRole[]) => roles.includes('admin');
/** Supervisors reassign and decide any case, and see the statistics (THL's processing-time report). */
export const isSupervisor = (roles: readonly StaffRole[]) => roles.includes('supervisor');
/** The auditor reads the audit trail (/audit): who looked at or changed whose data. */
export const isAuditor = (roles: readonly StaffRole[]) => roles.includes('auditor');
/** The payments (/payments): the handling roles read them and propose batches, and so does the payment approver,
 * who also approves the batches (see the payments page's approvesPayments). */
export const readsPayments = (roles: readonly StaffRole[]) =>
  handlesCases(roles) || roles.includes('payment_approver');
