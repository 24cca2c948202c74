// Roles of city staff using the handling application.

export const staffRoles = ['handler', 'social_worker', 'supervisor', 'admin', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}
