// What every route shares, registered once on the application:
// - the actor of the request as the commands take it (`request.citizen()`, `request.staff()`, `request.apiClient()`,
//   `request.caseReader()`), with the request's audit context; 401 when the caller is not of that kind (the
//   route's access rule has already refused the others, so that is a bug's answer);
// - `reply.etag(row)`: the ETag of the version of the resource an answer shows;
// - `Cache-Control: no-store` on every answer of the API and the GDPR API (personal data, the CSRF token) unless the
//   route set its own Cache-Control (a download's `private, no-store`, the public keys' `public, max-age=60`).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit-log.ts';
import type { PersonRow, StaffUserRow } from '../db/schema.ts';
import type { ApiClientPrincipal } from '../shared/principal.ts';
import { entityTag } from '../shared/versions.ts';
import { requireCitizen, requireClient, requireStaff } from './access.ts';
import { auditContext } from './plugins/session.ts';

export interface CitizenActing {
  person: PersonRow;
  audit: AuditContext;
}
export interface StaffActing {
  staffUser: StaffUserRow;
  audit: AuditContext;
}
export interface ClientActing {
  client: ApiClientPrincipal;
  audit: AuditContext;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in citizen acting. */
    citizen(): CitizenActing;
    /** The signed-in staff user acting. */
    staff(): StaffActing;
    /** The API client acting with its bearer token. */
    apiClient(): ClientActing;
    /** Who reads cases: a staff user, or an API client on a route open to it. */
    caseReader(): StaffActing | ClientActing;
  }
  interface FastifyReply {
    /** Sets the ETag: a resource's version (its id and version column), or a tag made already. */
    etag(version: { id: string; version: number } | string): FastifyReply;
  }
}

/** The API and the GDPR API. */
const PRIVATE_PATHS = /^\/(api\/v1|gdpr-api)(\/|\?|$)/;

export function registerPlumbing(app: FastifyInstance): void {
  app.decorateRequest('citizen', function (this: FastifyRequest): CitizenActing {
    return { person: requireCitizen(this).person, audit: auditContext(this) };
  });
  app.decorateRequest('staff', function (this: FastifyRequest): StaffActing {
    return { staffUser: requireStaff(this).staffUser, audit: auditContext(this) };
  });
  app.decorateRequest('apiClient', function (this: FastifyRequest): ClientActing {
    return { client: requireClient(this).client, audit: auditContext(this) };
  });
  app.decorateRequest('caseReader', function (this: FastifyRequest): StaffActing | ClientActing {
    return this.principal?.kind === 'client' ? this.apiClient() : this.staff();
  });
  app.decorateReply('etag', function (this: FastifyReply, version: { id: string; version: number } | string) {
    return this.header(
      'etag',
      typeof version === 'string' ? version : entityTag(version.id, version.version),
    );
  });
  // Answers of the API may carry personal data or the session's CSRF token: no cache keeps them, unless the route
  // said otherwise.
  app.addHook('onSend', async (request, reply) => {
    if (PRIVATE_PATHS.test(request.url) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
}
