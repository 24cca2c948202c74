// The signed-in staff user acting on cases, with the request's audit context.
import type { StaffRole } from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import type { StaffUserRow } from '../db/schema.ts';

export interface StaffActor {
  staffUser: StaffUserRow;
  audit: AuditContext;
}

/** The roles that handle cases; the others (admin, auditor) get 403 on case operations. */
export const handlingRoles: readonly StaffRole[] = ['handler', 'social_worker', 'supervisor'];

export const isSupervisor = (actor: StaffActor) => actor.staffUser.roles.includes('supervisor');

export const staffHistoryActor = (actor: StaffActor) => ({ type: 'staff' as const, id: actor.staffUser.id });

/**
 * Who may act on a case in handling (decide it, close it as a duplicate): the caseworker it is assigned to, or a
 * supervisor.
 */
export const mayActOnCase = (actor: StaffActor, application: { assignee_id: string | null }) =>
  application.assignee_id === actor.staffUser.id || isSupervisor(actor);
