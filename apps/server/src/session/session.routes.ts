// Sessions over HTTP: getPublicConfig, getSession, listDevAccounts, devLogin, logout; and, when AUTH_MODE=oidc,
// the OpenID Connect sign-in of citizens (strong identification only) and staff (the organisation's directory):
// browser navigations, not fetch calls, that answer with redirects (the claims are read in oidc-claims.ts).

import { normalizePersonalIdentityCode, parsePersonalIdentityCode } from '@tuki/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { auditContext, browserSession } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses, notFound, problemSchema, unauthorized } from '../http/problem.ts';
import { registerSignInRateLimit, SIGN_IN_RATE_LIMIT } from '../http/sign-in-rate-limit.ts';
import { findPersonByCode } from '../people/index.ts';
import { demoCitizens } from '../seed/demo-data.ts';
import { generatedNameFor } from '../seed/generated-names.ts';
import { nameOf } from '../shared/names.ts';
import { findStaffUserByUsername, listActiveStaffUsers } from '../staff-users/index.ts';
import { type Audience, completeLogin, LOGIN_TTL_MS, LoginRefused, OidcClient, startLogin } from './oidc.ts';
import { citizenFromClaims, staffFromClaims } from './oidc-claims.ts';
import { presentSession, sessionSchema, staffRoleSchema } from './session.presenter.ts';
import { signInCitizen, signInStaff, signOut } from './sign-in.ts';

export async function sessionRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  await sessionOperationRoutes(app, context);
  await oidcRoutes(app, context);
}

const devLoginBody = z
  .object({
    personalIdentityCode: z.string().max(20).optional().describe('Signs in a citizen (any valid code)'),
    username: z.string().max(100).optional().describe('Signs in a seeded staff user'),
    unnamed: z
      .boolean()
      .optional()
      .describe(
        'With a code not seen before: create the person without a name, as when the identity service gives ' +
          'none (the person then enters it). Otherwise a new code gets a generated name.',
      ),
  })
  .refine((body) => (body.personalIdentityCode === undefined) !== (body.username === undefined), {
    message: 'give either personalIdentityCode or username',
  })
  .meta({ id: 'DevLoginRequest' });

const devAccountsSchema = z
  .object({
    citizens: z.array(
      z.object({
        personalIdentityCode: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        household: z.enum(['single', 'couple_with_children', 'single_parent', 'young_adult_with_parents']),
      }),
    ),
    staff: z.array(
      z.object({
        username: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        roles: z.array(staffRoleSchema),
      }),
    ),
  })
  .meta({ id: 'DevAccounts' });

const identityCodeReasons = {
  format: 'is not in the format DDMMYYCZZZQ',
  date: 'contains a date that does not exist',
  check: 'has a wrong check character',
  individual_number: 'has an individual number out of range',
} as const;

async function sessionOperationRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const policy = config.session;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const devOnly = () => {
    if (config.authMode !== 'dev') throw notFound('Development sign-in is not available on this server.');
  };

  api.get(
    '/api/v1/config',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getPublicConfig',
        summary: 'How this server signs people in',
        tags: ['system'],
        response: { 200: z.object({ authMode: z.enum(['dev', 'oidc']) }).meta({ id: 'PublicConfig' }) },
      },
    },
    async () => ({ authMode: config.authMode }),
  );

  api.get(
    '/api/v1/session',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getSession',
        summary: 'Who is signed in, with the CSRF token',
        tags: ['session'],
        response: { 200: sessionSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal || principal.kind === 'client') {
        throw request.sessionExpired
          ? unauthorized('Your session has expired. Sign in again.')
          : unauthorized();
      }
      return presentSession(principal, policy);
    },
  );

  api.get(
    '/api/v1/session/dev-accounts',
    {
      config: { access: access.public },
      schema: {
        operationId: 'listDevAccounts',
        summary: 'The demo people of the development sign-in (development mode only)',
        tags: ['session'],
        response: { 200: devAccountsSchema, 404: problemSchema },
      },
    },
    async () => {
      devOnly();
      const citizens = [];
      for (const demo of demoCitizens) {
        const person = await findPersonByCode(db, demo.personalIdentityCode);
        if (person) {
          citizens.push({
            personalIdentityCode: person.personal_identity_code,
            ...nameOf(person),
            household: demo.household,
          });
        }
      }
      const staff = (await listActiveStaffUsers(db)).map((user) => ({
        username: user.username,
        ...nameOf(user),
        roles: user.roles,
      }));
      return { citizens, staff };
    },
  );

  // In a scope of its own with the sign-in rate limit.
  await app.register(async (scope) => {
    await registerSignInRateLimit(scope);
    devLoginRoute(scope);
  });

  function devLoginRoute(scope: FastifyInstance) {
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/session/dev-login',
      {
        config: { access: access.public, csrf: false, rateLimit: SIGN_IN_RATE_LIMIT },
        schema: {
          operationId: 'devLogin',
          summary: 'Sign in as a demo citizen or staff user (development mode only)',
          description:
            'A citizen is signed in with any valid personal identity code; an unknown code creates a person with a ' +
            'generated Finnish name (or none with `unnamed`). ' +
            'A staff user by username. Absent (404) when the server does not run in development auth mode. ' +
            `A session the browser already had (its cookie) is ended. At most ${SIGN_IN_RATE_LIMIT.max} sign-ins a ` +
            'minute from one address (429), as for the other sign-ins.',
          tags: ['session'],
          body: devLoginBody,
          response: {
            200: sessionSchema,
            400: problemSchema,
            404: problemSchema,
            429: problemSchema.describe('Too many sign-ins from this address'),
          },
        },
      },
      async (request, reply) => {
        devOnly();
        const now = clock.now();
        const audit = auditContext(request);
        const { personalIdentityCode, username } = request.body;
        if (personalIdentityCode !== undefined) {
          const parsed = parsePersonalIdentityCode(normalizePersonalIdentityCode(personalIdentityCode));
          if (!parsed.ok) {
            const message = `personal identity code ${identityCodeReasons[parsed.reason]}`;
            throw badRequest('The personal identity code is not valid.', [
              { path: 'personalIdentityCode', message },
            ]);
          }
          const signedIn = await signInCitizen(
            db,
            {
              personalIdentityCode: parsed.value.code,
              ...(request.body.unnamed ? {} : { namesIfNew: generatedNameFor(parsed.value.code) }),
              method: 'dev',
              loa: 'high',
            },
            policy,
            audit,
            now,
            browserSession(request),
          );
          app.setSessionCookie(reply, signedIn.token);
          return presentSession(
            { kind: 'citizen', session: signedIn.session, person: signedIn.subject },
            policy,
          );
        }
        const staffUser = await findStaffUserByUsername(db, username ?? '');
        if (!staffUser?.active) throw notFound('There is no such staff user.');
        const signedIn = await signInStaff(db, staffUser, 'dev', policy, audit, now, browserSession(request));
        app.setSessionCookie(reply, signedIn.token);
        return presentSession({ kind: 'staff', session: signedIn.session, staffUser }, policy);
      },
    );
  }

  api.post(
    '/api/v1/session/logout',
    {
      config: { access: access.signedIn },
      schema: {
        operationId: 'logout',
        summary: 'Sign out: the session is revoked at once',
        tags: ['session'],
        response: { 204: z.null().describe('Signed out'), ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal && principal.kind !== 'client') {
        await signOut(db, principal.session, auditContext(request), clock.now());
      }
      app.clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );
}

const appBase: Record<Audience, string> = { citizen: '/', staff: '/staff/' };

/**
 * Only paths of the same app: never another host (no open redirect). Browsers drop tabs and line breaks from a
 * Location and read a backslash as a slash, so "/\t/evil.example" would leave the site: any control character,
 * space or backslash is refused, and the path must resolve to itself on this origin.
 */
export function safeReturnTo(audience: Audience, value: string | undefined): string {
  const base = appBase[audience];
  if (value === undefined || !value.startsWith(base)) return base;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here
  if (/[\u0000-\u0020\u007f\\]/.test(value) || value.startsWith('//')) return base;
  const origin = 'http://tuki.invalid';
  const resolved = new URL(value, origin);
  if (resolved.origin !== origin || `${resolved.pathname}${resolved.search}${resolved.hash}` !== value)
    return base;
  if (audience === 'citizen' && (value === '/staff' || value.startsWith('/staff/'))) return base;
  return value;
}

async function oidcRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { config, db, clock } = context;
  if (config.authMode !== 'oidc') return;
  const bindingCookie = config.secureCookies ? '__Host-tuki_oidc' : 'tuki_oidc';
  const clients: Record<Audience, OidcClient | undefined> = {
    citizen: config.oidc.citizen && new OidcClient(config.oidc.citizen, config.oidc.allowHttp),
    staff: config.oidc.staff && new OidcClient(config.oidc.staff, config.oidc.allowHttp),
  };
  const redirectUri = (audience: Audience) => `${config.publicUrl}/api/v1/auth/${audience}/callback`;

  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    audience: Audience,
    error: LoginRefused,
  ) => {
    request.log.warn({ reason: error.reason, detail: error.message }, 'sign-in refused');
    await recordAudit(
      db,
      auditContext(request),
      { action: 'session.sign_in', outcome: 'denied', details: { audience, reason: error.reason } },
      clock.now(),
    );
    reply.clearCookie(bindingCookie, { path: '/' });
    return reply.redirect(`${appBase[audience]}login?error=${encodeURIComponent(error.reason)}`, 303);
  };

  // In a scope of its own with the sign-in rate limit (both the start and the return count).
  await app.register(async (scope) => {
    await registerSignInRateLimit(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    for (const audience of ['citizen', 'staff'] as const) {
      const client = clients[audience];
      if (!client) continue;
      const name = audience === 'citizen' ? 'Citizen' : 'Staff';

      api.get(
        `/api/v1/auth/${audience}/login`,
        {
          config: { access: access.public, rateLimit: SIGN_IN_RATE_LIMIT },
          schema: {
            operationId: `start${name}Login`,
            summary: `Start the ${audience} sign-in at the identity provider (a browser navigation)`,
            tags: ['session'],
            querystring: z.object({ returnTo: z.string().max(500).optional() }),
            response: { 302: z.null().describe('Redirect to the identity provider'), 503: problemSchema },
          },
        },
        async (request, reply) => {
          const started = await startLogin(
            db,
            client,
            audience,
            redirectUri(audience),
            safeReturnTo(audience, request.query.returnTo),
            clock.now(),
          );
          reply.setCookie(bindingCookie, started.binding, {
            path: '/',
            httpOnly: true,
            secure: config.secureCookies,
            sameSite: 'lax',
            maxAge: LOGIN_TTL_MS / 1000,
          });
          return reply.redirect(started.authorizationUrl.href, 302);
        },
      );

      api.get(
        `/api/v1/auth/${audience}/callback`,
        {
          config: { access: access.public, rateLimit: SIGN_IN_RATE_LIMIT },
          schema: {
            operationId: `complete${name}Login`,
            summary: `The identity provider returns the ${audience} here (a browser navigation)`,
            tags: ['session'],
            querystring: z.object({ code: z.string().optional(), state: z.string().optional() }).loose(),
            response: { 303: z.null().describe('Back to the app, signed in or with ?error=') },
          },
        },
        async (request, reply) => {
          const now = clock.now();
          const callbackUrl = new URL(request.url, config.publicUrl);
          try {
            const { claims, returnTo } = await completeLogin(
              db,
              client,
              audience,
              request.cookies[bindingCookie],
              callbackUrl,
              now,
            );
            const signIn = {
              db,
              config,
              audit: auditContext(request),
              replacing: browserSession(request),
              now,
            };
            const token =
              audience === 'citizen'
                ? await citizenFromClaims(claims, signIn)
                : await staffFromClaims(claims, signIn);
            reply.clearCookie(bindingCookie, { path: '/' });
            app.setSessionCookie(reply, token);
            return reply.redirect(returnTo, 303);
          } catch (error) {
            if (error instanceof LoginRefused) return refuse(request, reply, audience, error);
            throw error;
          }
        },
      );
    }
  });
}
