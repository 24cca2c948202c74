// Declarative access rules. Every route states who may call it in `config.access`; the server refuses to
// start with a route that does not. The check runs before the handler reads any data.
// Other systems call as API clients with a bearer token and scopes: a staff route opens to them with
// `access.staff(roles, { scopes })`, a route only for them is `access.client(scopes)`.
import type { StaffRole } from '@tuki/domain';
import type { FastifyRequest } from 'fastify';
import type { ApiScope, Principal } from '../shared/principal.ts';
import { forbidden, HttpProblem, unauthorized } from './problem.ts';

export {
  type ApiClientPrincipal,
  type ApiScope,
  apiScopes,
  type ClientGrantors,
  type Principal,
  personalDataScopes,
} from '../shared/principal.ts';

export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn'; scopes?: readonly ApiScope[] }
  | { kind: 'citizen' }
  | { kind: 'staff'; roles: readonly StaffRole[] | 'any'; scopes?: readonly ApiScope[] }
  | { kind: 'client'; scopes: readonly ApiScope[] };

export const access = {
  public: { kind: 'public' } as Access,
  signedIn: { kind: 'signedIn' } as Access,
  /** Anyone signed in (the handler narrows it), or an API client holding one of the scopes. */
  signedInOrClient: (scopes: readonly ApiScope[]): Access => ({ kind: 'signedIn', scopes }),
  citizen: { kind: 'citizen' } as Access,
  /** Staff with one of the roles; with `scopes`, also an API client holding one of them. */
  staff: (roles: readonly StaffRole[] | 'any', options: { scopes?: readonly ApiScope[] } = {}): Access =>
    options.scopes ? { kind: 'staff', roles, scopes: options.scopes } : { kind: 'staff', roles },
  /** Only API clients holding one of the scopes. */
  client: (scopes: readonly ApiScope[]): Access => ({ kind: 'client', scopes }),
};

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

/** Whether an API client with a token may call a route of this rule. */
export function acceptsClients(rule: Access): boolean {
  return (
    rule.kind === 'client' ||
    ((rule.kind === 'staff' || rule.kind === 'signedIn') && rule.scopes !== undefined)
  );
}

export function checkAccess(request: FastifyRequest, rule: Access): void {
  if (rule.kind === 'public') return;
  const principal = request.principal;
  if (!principal) {
    throw request.sessionExpired
      ? new HttpProblem(401, 'Your session has expired. Sign in again.', { type: 'session-expired' })
      : unauthorized();
  }
  if (principal.kind === 'client') {
    const allowed =
      rule.kind === 'client' || rule.kind === 'staff' || rule.kind === 'signedIn' ? (rule.scopes ?? []) : [];
    if (allowed.length === 0) throw forbidden('This is not open to API clients.');
    if (!allowed.some((scope) => principal.client.scopes.includes(scope))) {
      throw forbidden(`This needs one of the scopes: ${allowed.join(', ')}.`);
    }
    return;
  }
  if (rule.kind === 'client') throw forbidden('This is for API clients.');
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

export function requireClient(request: FastifyRequest): Extract<Principal, { kind: 'client' }> {
  const principal = request.principal;
  if (principal?.kind !== 'client') throw unauthorized();
  return principal;
}
