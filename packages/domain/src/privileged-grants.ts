// What takes two people: the staff roles and API client scopes that read or change clients' personal data or move
// money. Giving one of them (a role to a staff user, a scope to an API client) waits until an admin other than the
// one who asked approves it. This is the one list; the server, the staff app and the documentation follow it.
import type { ApiScope } from './api-scopes.ts';
import type { StaffRole } from './staff-roles.ts';

/**
 * The handling roles read and change cases; the auditor reads the audit trail (who was looked at, by whom); the
 * payment approver approves the payment batches that move money to clients' and landlords' accounts; the archivist
 * approves the destruction of clients' documents whose retention has ended.
 */
export const privilegedStaffRoles = [
  'handler',
  'social_worker',
  'supervisor',
  'auditor',
  'payment_approver',
  'archivist',
] as const satisfies readonly StaffRole[];
export type PrivilegedStaffRole = (typeof privilegedStaffRoles)[number];

/**
 * The API scopes that read or change personal data or move money: cases, decisions and letters, the audit trail, a
 * person's data and its erasure, the payments (payees, their accounts and amounts; reading the bank's answers in).
 * Not privileged: `events:manage` (events carry ids and statuses, no names or codes; reading
 * what is behind them takes `applications:read`) and `statistics:read` (aggregates only).
 */
export const privilegedApiScopes = [
  'applications:read',
  'decisions:read',
  'audit:read',
  'gdpr:read',
  'gdpr:delete',
  'payments:read',
  'payments:write',
] as const satisfies readonly ApiScope[];
export type PrivilegedApiScope = (typeof privilegedApiScopes)[number];

export const isPrivilegedStaffRole = (role: string): role is PrivilegedStaffRole =>
  (privilegedStaffRoles as readonly string[]).includes(role);

export const isPrivilegedApiScope = (scope: string): scope is PrivilegedApiScope =>
  (privilegedApiScopes as readonly string[]).includes(scope);
