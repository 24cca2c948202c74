// Roles of city staff using the handling application.

export const staffRoles = [
  'handler',
  'social_worker',
  'supervisor',
  'admin',
  'auditor',
  'payment_approver',
  'archivist',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}

/** The roles that handle cases; the others (admin, auditor, payment approver, archivist) take no action on a case. */
export const handlingStaffRoles = [
  'handler',
  'social_worker',
  'supervisor',
] as const satisfies readonly StaffRole[];

export const isSupervisorRole = (roles: readonly StaffRole[]) => roles.includes('supervisor');
