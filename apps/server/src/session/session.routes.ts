// Session operations: getPublicConfig, getSession, listDevAccounts, devLogin, logout.
import { normalizePersonalIdentityCode, parsePersonalIdentityCode } from '@tuki/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { auditContext, browserSession } from '../http/plugins/session.ts';
import { badRequest, commonErrorResponses, notFound, problemSchema, unauthorized } from '../http/problem.ts';
import { registerSignInRateLimit, SIGN_IN_RATE_LIMIT } from '../http/sign-in-rate-limit.ts';
import { findPersonByCode } from '../people/index.ts';
import { demoCitizens } from '../seed/demo-data.ts';
import { generatedNameFor } from '../seed/generated-names.ts';
import { findStaffUserByUsername, listActiveStaffUsers } from '../staff-users/index.ts';
import { presentSession, sessionSchema, staffRoleSchema } from './session.presenter.ts';
import { signInCitizen, signInStaff, signOut } from './sign-in.ts';

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

export async function sessionRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
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
            firstName: person.first_name,
            lastName: person.last_name,
            household: demo.household,
          });
        }
      }
      const staff = (await listActiveStaffUsers(db)).map((user) => ({
        username: user.username,
        firstName: user.first_name,
        lastName: user.last_name,
        roles: staffRoleSchema.array().parse(user.roles),
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
