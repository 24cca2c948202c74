// Resolves the session cookie into a principal, enforces each route's access rule and the CSRF header,
// and offers the helpers that set and clear the cookie.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuditContext } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import type { SessionRow } from '../../db/schema.ts';
import { findPersonById } from '../../people/persons.repository.ts';
import { resolveSession, type SessionPolicy } from '../../session/sessions.ts';
import type { Clock } from '../../shared/clock.ts';
import { findStaffUserById } from '../../staff-users/staff-users.repository.ts';
import { type ApiClientPrincipal, acceptsClients, checkAccess } from '../access.ts';
import { HttpProblem } from '../problem.ts';

export interface SessionPluginOptions {
  db: Db;
  clock: Clock;
  policy: SessionPolicy;
  secureCookies: boolean;
  /** The API client a bearer token speaks for; null when the token is not valid (api-clients/tokens.ts). */
  verifyBearer?: (token: string) => Promise<ApiClientPrincipal | null>;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-tuki_session' : 'tuki_session';
}

declare module 'fastify' {
  interface FastifyInstance {
    setSessionCookie(reply: FastifyReply, token: string): void;
    clearSessionCookie(reply: FastifyReply): void;
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function auditContext(request: FastifyRequest): AuditContext {
  const principal = request.principal;
  const actor = !principal
    ? { type: 'anonymous' as const, id: null }
    : principal.kind === 'citizen'
      ? { type: 'person' as const, id: principal.person.id }
      : principal.kind === 'staff'
        ? { type: 'staff' as const, id: principal.staffUser.id }
        : { type: 'api_client' as const, id: principal.client.id };
  const grantedBy = principal?.kind === 'client' ? principal.client.grantedBy : undefined;
  return { actor, requestId: request.id, ip: request.ip, ...(grantedBy ? { grantedBy } : {}) };
}

/** The live session of the browser that sent the request (its cookie), if any: a new sign-in ends it. */
export function browserSession(request: FastifyRequest): SessionRow | undefined {
  const principal = request.principal;
  return principal && principal.kind !== 'client' ? principal.session : undefined;
}

async function sessionPlugin(app: FastifyInstance, options: SessionPluginOptions): Promise<void> {
  const cookieName = sessionCookieName(options.secureCookies);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    secure: options.secureCookies,
    sameSite: 'lax' as const,
  };

  app.decorate('setSessionCookie', (reply: FastifyReply, token: string) => {
    reply.setCookie(cookieName, token, { ...cookieOptions, maxAge: options.policy.absoluteHours * 3600 });
  });
  app.decorate('clearSessionCookie', (reply: FastifyReply) => {
    reply.clearCookie(cookieName, cookieOptions);
  });
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const rule = request.routeOptions.config.access;
    if (!rule) return;
    // An API client's bearer token. It wins over a session cookie sent with it: the cookie is then not read at all,
    // so a request is never both a client's and a user's. A token that is not valid is refused with 401
    // (RFC 6750 §3.1); on a public route it is only ignored.
    const authorization = request.headers.authorization ?? '';
    const bearer = /^Bearer(\s|$)/i.test(authorization);
    const token = bearer ? undefined : request.cookies[cookieName];
    if (bearer) {
      const given = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(authorization)?.[1];
      const client = given && options.verifyBearer ? await options.verifyBearer(given) : null;
      if (client) request.principal = { kind: 'client', client };
      else if (rule.kind !== 'public') {
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw new HttpProblem(401, 'The access token is not valid or has expired.', {
          type: 'invalid-token',
        });
      }
    }
    if (token) {
      const lookup = await resolveSession(options.db, token, options.policy, options.clock.now());
      if (lookup.status === 'active') {
        const session = lookup.session;
        if (session.kind === 'citizen' && session.person_id) {
          const person = await findPersonById(options.db, session.person_id);
          if (person) request.principal = { kind: 'citizen', session, person };
        } else if (session.kind === 'staff' && session.staff_user_id) {
          const staffUser = await findStaffUserById(options.db, session.staff_user_id);
          if (staffUser?.active) request.principal = { kind: 'staff', session, staffUser };
        }
      } else {
        request.sessionExpired = lookup.status === 'expired';
        app.clearSessionCookie(reply);
      }
    }
    // Nothing at all on a route API clients may call: RFC 6750 §3 asks the 401 to name the scheme to use.
    if (!request.principal && acceptsClients(rule)) reply.header('www-authenticate', 'Bearer realm="tuki"');
    checkAccess(request, rule);
    const principal = request.principal;
    // A bearer token is not sent by the browser on its own, so API clients need no CSRF token.
    if (
      principal &&
      principal.kind !== 'client' &&
      UNSAFE_METHODS.has(request.method) &&
      request.routeOptions.config.csrf !== false
    ) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, principal.session.csrf_token)) {
        throw new HttpProblem(403, 'The X-CSRF-Token header is missing or wrong.', { type: 'csrf' });
      }
    }
  });
}

export default fp(sessionPlugin, { name: 'tuki-session' });
