// Declarative access rules. Every route states who may call it in `config.access`; the server refuses to
// start with a route that does not. The check runs before the handler reads any data.
import type { StaffRole } from '@tuki/domain';
import type { FastifyRequest } from 'fastify';
import type { PersonRow, SessionRow, StaffUserRow } from '../db/schema.ts';
import { forbidden, HttpProblem, unauthorized } from './problem.ts';

export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'citizen' }
  | { kind: 'staff'; roles: readonly StaffRole[] | 'any' };

export const access = {
  public: { kind: 'public' } as Access,
  signedIn: { kind: 'signedIn' } as Access,
  citizen: { kind: 'citizen' } as Access,
  staff: (roles: readonly StaffRole[] | 'any'): Access => ({ kind: 'staff', roles }),
};

export type Principal =
  | { kind: 'citizen'; session: SessionRow; person: PersonRow }
  | { kind: 'staff'; session: SessionRow; staffUser: StaffUserRow };

export interface RouteConfig {
  access: Access;
  /** Cookie-authenticated unsafe requests need the CSRF header unless this is false (sign-in endpoints). */
  csrf?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    csrf?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionExpired: boolean;
  }
}

export function checkAccess(request: FastifyRequest, rule: Access): void {
  if (rule.kind === 'public') return;
  const principal = request.principal;
  if (!principal) {
    throw request.sessionExpired
      ? new HttpProblem(401, 'Your session has expired. Sign in again.', { type: 'session-expired' })
      : unauthorized();
  }
  if (rule.kind === 'signedIn') return;
  if (rule.kind === 'citizen' && principal.kind !== 'citizen')
    throw forbidden('This is for signed-in citizens.');
  if (rule.kind === 'staff') {
    if (principal.kind !== 'staff') throw forbidden('This is for staff users.');
    if (rule.roles === 'any') return;
    const roles = principal.staffUser.roles;
    if (!rule.roles.some((role) => roles.includes(role))) {
      throw forbidden(`This needs one of the roles: ${rule.roles.join(', ')}.`);
    }
  }
}

export function requireCitizen(request: FastifyRequest): Extract<Principal, { kind: 'citizen' }> {
  const principal = request.principal;
  if (principal?.kind !== 'citizen') throw unauthorized();
  return principal;
}

export function requireStaff(request: FastifyRequest): Extract<Principal, { kind: 'staff' }> {
  const principal = request.principal;
  if (principal?.kind !== 'staff') throw unauthorized();
  return principal;
}
