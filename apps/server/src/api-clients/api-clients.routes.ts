// API clients (admins only): listApiClients, getApiClient, createApiClient and rotateApiClientSecret (the secret is
// in the response once), updateApiClient (If-Match), approveApiClient and rejectApiClient (a second admin's decision
// on personal-data scopes), and the token signing keys: listSigningKeys, rotateSigningKey.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { ifMatchHeaders } from '../http/etag.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
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
  createApiClient,
  decideApiClientApproval,
  getApiClient,
  listApiClients,
  rotateApiClientSecret,
  rotateSigningKeyAudited,
  updateApiClient,
  type VersionedApiClient,
} from './api-clients.ts';
import { currentSigningKey, listAllSigningKeys } from './signing-keys.ts';

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
