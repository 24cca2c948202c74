// API clients (admins only): listApiClients, getApiClient, createApiClient and rotateApiClientSecret (the secret is
// in the response once), updateApiClient (If-Match), approveApiClient and rejectApiClient (a second admin's decision
// on personal-data scopes), and the token signing keys: listSigningKeys, rotateSigningKey.
//
// OAuth 2.0 for API clients: issueAccessToken (client credentials, RFC 6749 §4.4) and the JWKS with the public keys
// that verify the tokens. Errors of the token endpoint are RFC 6749 §5.2 JSON, not problem+json, as OAuth client
// libraries expect.

import { parse as parseQueryString } from 'node:querystring';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientMayAct } from '../approvals/index.ts';
import { type ApiScope, access, apiScopes } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { ifMatchHeaders } from '../http/etag.ts';
import { commonErrorResponses, HttpProblem, problemSchema } from '../http/problem.ts';
import { SIGN_IN_RATE_LIMIT } from '../http/sign-in-rate-limit.ts';
import {
  apiClientListSchema,
  apiClientSchema,
  apiClientWithSecretSchema,
  createApiClientBody,
  presentApiClient,
  presentSigningKey,
  signingKeyListSchema,
  signingKeySchema,
  updateApiClientBody,
} from './api-client.presenter.ts';
import {
  type ApiClientAdmin,
  authenticateClient,
  createApiClient,
  decideApiClientApproval,
  getApiClient,
  listApiClients,
  rotateApiClientSecret,
  rotateSigningKeyAudited,
  updateApiClient,
  type VersionedApiClient,
} from './api-clients.ts';
import { currentSigningKey, listAllSigningKeys, listVerificationKeys, publicJwkOf } from './signing-keys.ts';
import { issueAccessToken, type TokenSettings } from './tokens.ts';

const BASE = '/api/v1/api-clients';
const KEYS = '/api/v1/api-signing-keys';
const tags = ['API clients'];
const adminOnly = access.staff(['admin']);
const params = z.object({ apiClientId: z.uuid() });
const notFoundResponse = { 404: problemSchema.describe('No such API client') };
const ETAG_NOTE = 'The response carries the client’s ETag; send it back in If-Match with a change.';
const APPROVAL_NOTE =
  'A client with a scope that reads or changes personal data (applications:read, decisions:read, audit:read, ' +
  'gdpr:read, gdpr:delete) gets no tokens until an admin other than the one who asked approves it ' +
  '(approveApiClient); its approval.state is then pending.';
const SECRET_NOTE =
  'The secret is in this response only: Tuki keeps a hash of it. Give it to the client’s operators over a safe ' +
  'channel; it is never written to the audit trail or the log.';

/** The API clients' commands know the admin by id. */
function adminOf(request: FastifyRequest): ApiClientAdmin {
  const { staffUser, audit } = request.staff();
  return { staffUserId: staffUser.id, audit };
}

function present(reply: FastifyReply, found: VersionedApiClient) {
  reply.etag(found.etag);
  return presentApiClient(found.row);
}

export async function apiClientsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'listApiClients',
        summary: 'The registered API clients, by name (admins)',
        tags,
        response: { 200: apiClientListSchema, ...commonErrorResponses },
      },
    },
    async () => ({ items: (await listApiClients(db)).map(presentApiClient) }),
  );

  api.get(
    `${BASE}/:apiClientId`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'getApiClient',
        summary: 'One API client (admins)',
        description: ETAG_NOTE,
        tags,
        params,
        response: { 200: apiClientSchema, ...commonErrorResponses, ...notFoundResponse },
      },
    },
    async (request, reply) => present(reply, await getApiClient(db, request.params.apiClientId)),
  );

  api.post(
    BASE,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'createApiClient',
        summary: 'Register an API client (admins)',
        description:
          'The client is active at once and gets tokens from POST /api/v1/oauth/token with its id and the secret ' +
          `returned here. ${APPROVAL_NOTE} ${SECRET_NOTE} Audited (api_client.create). ${ETAG_NOTE}`,
        tags,
        body: createApiClientBody,
        response: { 201: apiClientWithSecretSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const created = await createApiClient(db, adminOf(request), request.body, clock.now());
      reply.code(201).header('location', `${BASE}/${created.row.id}`);
      return { client: present(reply, created), clientSecret: created.secret };
    },
  );

  api.patch(
    `${BASE}/:apiClientId`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'updateApiClient',
        summary: 'Change an API client’s name, contact, scopes or active state (admins)',
        description:
          'Only the fields given change. If-Match is required (428 without it, 412 when stale). A scope taken ' +
          'away or a deactivation takes effect at once, also for tokens already issued; a scope added is in the ' +
          'client’s next token. Adding a scope that reads or changes personal data makes the client wait for ' +
          `another admin’s approval again. Audited (api_client.update). ${ETAG_NOTE}`,
        tags,
        params,
        headers: ifMatchHeaders,
        body: updateApiClientBody,
        response: {
          200: apiClientSchema,
          ...commonErrorResponses,
          ...notFoundResponse,
          412: problemSchema.describe('If-Match names an older version of the client'),
          428: problemSchema.describe('If-Match is missing'),
        },
      },
    },
    async (request, reply) => {
      const updated = await updateApiClient(
        db,
        adminOf(request),
        { id: request.params.apiClientId, ifMatch: request.headers['if-match'], changes: request.body },
        clock.now(),
      );
      return present(reply, updated);
    },
  );

  api.post(
    `${BASE}/:apiClientId/secret`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'rotateApiClientSecret',
        summary: 'Give an API client a new secret (admins)',
        description:
          'The old secret stops working at once; tokens already issued run until they expire. A client with ' +
          'personal-data scopes then waits for another admin’s approval again (the new secret is yours). ' +
          `${SECRET_NOTE} If-Match is optional (412 when stale). Audited (api_client.rotate_secret).`,
        tags,
        params,
        headers: ifMatchHeaders,
        response: {
          200: apiClientWithSecretSchema,
          ...commonErrorResponses,
          ...notFoundResponse,
          412: problemSchema.describe('If-Match names an older version of the client'),
        },
      },
    },
    async (request, reply) => {
      const rotated = await rotateApiClientSecret(
        db,
        adminOf(request),
        { id: request.params.apiClientId, ifMatch: request.headers['if-match'] },
        clock.now(),
      );
      return { client: present(reply, rotated), clientSecret: rotated.secret };
    },
  );

  const decisionSchema = (operationId: string, summary: string, description: string) => ({
    operationId,
    summary,
    description,
    tags,
    params,
    headers: ifMatchHeaders,
    response: {
      200: apiClientSchema,
      ...commonErrorResponses,
      403: problemSchema.describe(
        'Not an admin, or (approving) you asked for this client’s access yourself (type …/cannot-approve-own-request)',
      ),
      ...notFoundResponse,
      409: problemSchema.describe('The client is not waiting for approval (type …/not-pending)'),
      412: problemSchema.describe('If-Match names an older version of the client'),
      428: problemSchema.describe('If-Match is missing'),
    },
  });

  // An admin's decision on a pending client's personal-data scopes: one route for each way it can go.
  const decisions = [
    {
      path: 'approval',
      decision: 'approve',
      schema: decisionSchema(
        'approveApiClient',
        'Approve a pending API client’s personal-data scopes (another admin)',
        'The client gets tokens from now on. The admin who asked (created the client, added the scope or made ' +
          'the secret) cannot approve it (403). If-Match is required (428), so what you approve is the version ' +
          'you saw (412 when it changed). Audited (api_client.approve with the admins who created, asked and ' +
          'approved); every later read by the client is audited with them too (details.grantedBy).',
      ),
    },
    {
      path: 'rejection',
      decision: 'reject',
      schema: decisionSchema(
        'rejectApiClient',
        'Reject a pending API client’s personal-data scopes (any admin; the one who asked withdraws)',
        'The client gets no tokens; giving it a new secret asks for approval again, removing the personal-data ' +
          'scopes makes it work without. If-Match is optional (412 when stale). Audited (api_client.reject).',
      ),
    },
  ] as const;
  for (const { path, decision, schema } of decisions) {
    api.post(
      `${BASE}/:apiClientId/${path}`,
      { config: { access: adminOnly }, schema },
      async (request, reply) => {
        const decided = await decideApiClientApproval(
          db,
          adminOf(request),
          { id: request.params.apiClientId, ifMatch: request.headers['if-match'], decision },
          clock.now(),
        );
        return present(reply, decided);
      },
    );
  }
  await signingKeyRoutes(app, context);
}

async function signingKeyRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    KEYS,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'listSigningKeys',
        summary: 'The keys that sign access tokens, newest first (admins; public parts only)',
        description:
          'The key without retiredAt signs new tokens; a retired key still verifies the tokens it signed until ' +
          'they expire.',
        tags,
        response: { 200: signingKeyListSchema, ...commonErrorResponses },
      },
    },
    async () => {
      await currentSigningKey(db, clock.now());
      return { items: (await listAllSigningKeys(db)).map(presentSigningKey) };
    },
  );

  api.post(
    `${KEYS}/rotation`,
    {
      config: { access: adminOnly },
      schema: {
        operationId: 'rotateSigningKey',
        summary: 'Make a new signing key and retire the current one (admins)',
        description:
          'New tokens are signed with the new key at once; tokens signed with the retired key stay valid until ' +
          'they expire. Audited (api_signing_key.rotate).',
        tags,
        response: { 201: signingKeySchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const rotated = await rotateSigningKeyAudited(db, adminOf(request), clock.now());
      reply.code(201);
      return presentSigningKey(rotated.created);
    },
  );
}

export const TOKEN_PATH = '/api/v1/oauth/token';
/** Token requests per minute from one address: the limit of every sign-in. */
export const TOKEN_RATE_LIMIT = SIGN_IN_RATE_LIMIT;

const oauthErrorSchema = z
  .object({
    error: z.enum([
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ]),
    error_description: z.string().optional(),
  })
  .meta({ id: 'OAuthError', description: 'RFC 6749 §5.2' });

const tokenRequestSchema = z
  .object({
    grant_type: z.string().describe('client_credentials'),
    scope: z
      .string()
      .optional()
      .describe(
        `Space-separated scopes, a subset of the client’s (${apiScopes.join(', ')}); absent: all of the client’s`,
      ),
    client_id: z.string().optional().describe('With client_secret, instead of HTTP Basic authentication'),
    client_secret: z.string().optional(),
  })
  .meta({ id: 'TokenRequest' });

const tokenResponseSchema = z
  .object({
    access_token: z.string().describe('A JWT (ES256) to send as `Authorization: Bearer …`'),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().describe('Seconds until the token expires'),
    scope: z.string().describe('The scopes granted, space-separated'),
  })
  .meta({ id: 'TokenResponse' });

const jwksSchema = z
  .object({ keys: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: 'JsonWebKeySet', description: 'RFC 7517: the public keys, each with kid, alg and use' });

type OAuthErrorCode = z.infer<typeof oauthErrorSchema>['error'];

/** An RFC 6749 error: 400, or 401 with a WWW-Authenticate challenge for a client that failed to authenticate. */
function oauthError(reply: FastifyReply, error: OAuthErrorCode, description: string, basicUsed = false) {
  const status = error === 'invalid_client' ? 401 : 400;
  if (status === 401) {
    reply.header('www-authenticate', `Basic realm="tuki"${basicUsed ? ', error="invalid_client"' : ''}`);
  }
  return reply
    .code(status)
    .header('pragma', 'no-cache')
    .type('application/json')
    .send({ error, error_description: description });
}

/** client_id and client_secret of an HTTP Basic header (RFC 6749 §2.3.1: form-urlencoded, then base64). */
function basicCredentials(
  header: string | undefined,
): { id: string; secret: string } | 'malformed' | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return /^Basic\b/i.test(header) ? 'malformed' : undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' ')),
      secret: decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' ')),
    };
  } catch {
    return 'malformed';
  }
}

export async function oauthRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const settings: TokenSettings = { issuer: config.publicUrl, ttlSeconds: config.apiTokens.ttlSeconds };

  // A scope of its own: the form parser and the rate limit apply to the token endpoint only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 8 * 1024 },
      (_request, body, done) => {
        done(null, parseQueryString(String(body)));
      },
    );
    await scope.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, limit) =>
        new HttpProblem(
          429,
          `Too many token requests; try again in ${Math.max(1, Math.ceil(limit.ttl / 1000))} s.`,
          {
            type: 'rate-limited',
          },
        ),
    });

    scope.withTypeProvider<ZodTypeProvider>().post(
      TOKEN_PATH,
      {
        config: { access: access.public, csrf: false, rateLimit: TOKEN_RATE_LIMIT },
        attachValidation: true,
        // Text the input policy refuses (a control character in client_id) is an RFC 6749 invalid_request too,
        // described in ASCII as §5.2 asks; anything else goes on to the application's error handler.
        errorHandler: (error, _request, reply) => {
          if (error instanceof HttpProblem && error.status === 400) {
            const fields = (error.errors ?? []).map((field) => field.path.replace(/[^\x20-\x7e]/g, '?'));
            return oauthError(
              reply,
              'invalid_request',
              `Control characters or text that is not valid Unicode in: ${fields.join(', ')}.`,
            );
          }
          throw error;
        },
        schema: {
          operationId: 'issueAccessToken',
          summary: 'An access token for an API client (OAuth 2.0 client credentials)',
          description:
            'RFC 6749 §4.4: `grant_type=client_credentials` as `application/x-www-form-urlencoded`; the client ' +
            'authenticates with HTTP Basic (client id and secret, RFC 6749 §2.3.1) or with `client_id` and ' +
            '`client_secret` in the body (not both). `scope` asks for a subset of the client’s scopes. The token is a ' +
            'JWT signed with ES256 (the key’s `kid` in its header; public keys at /api/v1/oauth/jwks.json) with ' +
            '`iss` = the server’s public URL, `aud` = that URL + `/api`, `sub` = the client id, `scope`, `jti`, `iat` ' +
            'and `exp` (API_TOKEN_TTL_SECONDS, 5 minutes by default); send it as `Authorization: Bearer …`. ' +
            'Errors are RFC 6749 §5.2 JSON: `invalid_request` (400: a parameter missing, repeated, or credentials ' +
            'given twice), `invalid_client` (401 with WWW-Authenticate: unknown client, wrong secret or an inactive ' +
            'client), `unauthorized_client` (400: a client with personal-data scopes that a second admin has not ' +
            'approved, or whose approval was rejected), `unsupported_grant_type` (400: anything but client_credentials), `invalid_scope` (400: a scope ' +
            `the client does not have or that does not exist). At most ${TOKEN_RATE_LIMIT.max} requests a minute ` +
            'from one address (429). Responses are not cached (Cache-Control: no-store).',
          tags,
          consumes: ['application/x-www-form-urlencoded'],
          body: tokenRequestSchema,
          response: {
            200: tokenResponseSchema,
            400: oauthErrorSchema.describe(
              'invalid_request, unauthorized_client (not approved), unsupported_grant_type or invalid_scope',
            ),
            401: oauthErrorSchema.describe('invalid_client'),
            429: problemSchema.describe('Too many token requests from this address'),
          },
        },
      },
      async (request, reply) => {
        const raw = request.body as unknown;
        const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        const param = (name: string): string | undefined | 'repeated' => {
          const value = body[name];
          if (Array.isArray(value)) return 'repeated';
          return typeof value === 'string' ? value : undefined;
        };
        const names = ['grant_type', 'scope', 'client_id', 'client_secret'] as const;
        const repeated = names.filter((name) => param(name) === 'repeated');
        if (repeated.length > 0) {
          return oauthError(reply, 'invalid_request', `Each parameter at most once: ${repeated.join(', ')}.`);
        }
        const grantType = param('grant_type');
        if (!grantType) return oauthError(reply, 'invalid_request', 'grant_type is required.');
        if (grantType !== 'client_credentials') {
          return oauthError(reply, 'unsupported_grant_type', 'Only client_credentials is supported.');
        }
        const basic = basicCredentials(request.headers.authorization);
        if (basic === 'malformed') {
          return oauthError(reply, 'invalid_client', 'The Basic authorization header is malformed.', true);
        }
        const bodyId = param('client_id');
        const bodySecret = param('client_secret');
        if (basic && (bodyId !== undefined || bodySecret !== undefined)) {
          return oauthError(reply, 'invalid_request', 'Give the client credentials once: Basic or the body.');
        }
        const credentials = basic ?? (bodyId && bodySecret ? { id: bodyId, secret: bodySecret } : undefined);
        if (!credentials) {
          return oauthError(reply, 'invalid_client', 'Client authentication is required.');
        }
        const client = await authenticateClient(db, credentials.id, credentials.secret);
        if (!client) {
          request.log.info(
            { clientId: credentials.id.slice(0, 64) },
            'token refused: client authentication failed',
          );
          return oauthError(reply, 'invalid_client', 'Client authentication failed.', basic !== undefined);
        }
        if (!clientMayAct(client)) {
          return oauthError(
            reply,
            'unauthorized_client',
            client.approval === 'rejected'
              ? 'An admin rejected this client’s access. A new secret asks for approval again.'
              : 'This client has scopes that read personal data: it gets tokens once a second admin has approved it.',
          );
        }
        const held = client.scopes;
        const asked = param('scope');
        let scopes: ApiScope[] = held;
        if (asked !== undefined) {
          const wanted = asked.split(' ').filter((part) => part !== '');
          const unknown = wanted.filter((part) => !(held as string[]).includes(part));
          if (unknown.length > 0) {
            return oauthError(
              reply,
              'invalid_scope',
              `The client does not have the scopes: ${unknown.join(' ')}.`,
            );
          }
          scopes = held.filter((scope) => wanted.includes(scope));
        }
        const issued = await issueAccessToken(db, settings, { clientId: client.id, scopes }, clock.now());
        reply.header('pragma', 'no-cache');
        return {
          access_token: issued.accessToken,
          token_type: 'Bearer' as const,
          expires_in: issued.expiresIn,
          scope: issued.scopes.join(' '),
        };
      },
    );
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/oauth/jwks.json',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getJsonWebKeySet',
        summary: 'The public keys that verify access tokens (JWKS)',
        description:
          'The current key and the keys retired less than a token lifetime ago. Pick the key by the token’s ' +
          '`kid`; fetch this again when a token names a kid you do not have.',
        tags,
        response: { 200: jwksSchema },
      },
    },
    async (_request, reply) => {
      const now = clock.now();
      await currentSigningKey(db, now); // the first key is made on first use
      const rows = await listVerificationKeys(db, now, settings.ttlSeconds);
      reply.header('cache-control', 'public, max-age=60');
      return { keys: rows.map(publicJwkOf) };
    },
  );
}
