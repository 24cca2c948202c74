// OpenID Connect sign-in for citizens (strong identification only) and staff (the organisation's directory).
// Browser navigations, not fetch calls: they answer with redirects. Present only when AUTH_MODE=oidc.
import {
  isStaffRole,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
  type StaffRole,
} from '@tuki/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { auditContext, browserSession } from '../http/plugins/session.ts';
import { problemSchema } from '../http/problem.ts';
import { registerSignInRateLimit, SIGN_IN_RATE_LIMIT } from '../http/sign-in-rate-limit.ts';
import { upsertStaffUserFromDirectory } from '../staff-users/index.ts';
import { type Audience, completeLogin, LOGIN_TTL_MS, LoginRefused, OidcClient, startLogin } from './oidc.ts';
import { signInCitizen, signInStaff } from './sign-in.ts';

/** Levels of assurance that count as strong identification (eIDAS substantial or high). */
const STRONG_LOA = new Set([
  'substantial',
  'high',
  'http://eidas.europa.eu/loa/substantial',
  'http://eidas.europa.eu/loa/high',
]);

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

const claimString = (claims: Record<string, unknown>, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

export async function oidcRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
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
            const token =
              audience === 'citizen'
                ? await citizenFromClaims(request, claims, now)
                : await staffFromClaims(request, claims, now);
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

  async function citizenFromClaims(request: FastifyRequest, claims: Record<string, unknown>, now: Date) {
    const settings = config.oidc.citizen;
    if (!settings) throw new LoginRefused('not_configured', 'citizen sign-in is not configured');
    const loa = claimString(claims, settings.loaClaim)?.toLowerCase();
    if (!loa || !STRONG_LOA.has(loa)) {
      throw new LoginRefused(
        'insufficient_loa',
        `level of assurance ${loa ?? '(none)'} is not strong identification`,
      );
    }
    const code = claimString(claims, settings.personalIdentityCodeClaim);
    const parsed = code ? parsePersonalIdentityCode(normalizePersonalIdentityCode(code)) : undefined;
    if (!parsed?.ok)
      throw new LoginRefused('no_identity_code', 'no valid personal identity code in the claims');
    const firstName = claimString(claims, 'given_name');
    const lastName = claimString(claims, 'family_name');
    const signedIn = await signInCitizen(
      db,
      {
        personalIdentityCode: parsed.value.code,
        ...(firstName ? { firstName } : {}),
        ...(lastName ? { lastName } : {}),
        method: 'oidc',
        loa,
      },
      config.session,
      auditContext(request),
      now,
      browserSession(request),
    );
    return signedIn.token;
  }

  async function staffFromClaims(request: FastifyRequest, claims: Record<string, unknown>, now: Date) {
    const settings = config.oidc.staff;
    if (!settings) throw new LoginRefused('not_configured', 'staff sign-in is not configured');
    const username = claimString(claims, settings.usernameClaim)?.toLowerCase();
    const subject = claimString(claims, 'sub');
    if (!username || !subject) throw new LoginRefused('no_username', 'the directory gave no username');
    let roles: StaffRole[] | undefined;
    if (settings.rolesClaim) {
      const value = claims[settings.rolesClaim];
      const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[ ,]+/) : [];
      roles = list.filter(isStaffRole);
    }
    const staffUser = await upsertStaffUserFromDirectory(
      db,
      {
        externalId: `${settings.issuer}#${subject}`,
        username,
        firstName: claimString(claims, 'given_name') ?? '',
        lastName: claimString(claims, 'family_name') ?? '',
        email: claimString(claims, 'email') ?? null,
        roles,
      },
      now,
    );
    if (!staffUser.active) throw new LoginRefused('inactive', 'the staff user is not active');
    const signedIn = await signInStaff(
      db,
      staffUser,
      'oidc',
      config.session,
      auditContext(request),
      now,
      browserSession(request),
    );
    return signedIn.token;
  }
}
