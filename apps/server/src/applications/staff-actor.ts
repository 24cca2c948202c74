// The signed-in staff user acting on cases, with the request's audit context.
import { handlingStaffRoles, type StaffRole } from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import type { StaffUserRow } from '../db/schema.ts';

export interface StaffActor {
  staffUser: StaffUserRow;
  audit: AuditContext;
}

/**
 * The roles that handle cases; the others (admin, auditor) get 403 on case operations. Who may take which action
 * on a case is the case action table's (packages/domain/src/application/actions.ts).
 */
export const handlingRoles: readonly StaffRole[] = handlingStaffRoles;

export const staffHistoryActor = (actor: StaffActor) => ({ type: 'staff' as const, id: actor.staffUser.id });
