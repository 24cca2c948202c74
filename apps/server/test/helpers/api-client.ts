// API clients in tests: register a client straight through the module (no admin session needed), approved by the
// seeded second admin when its scopes need it, and get a token from the token endpoint, as an integration would.
import type { ApiClientAdmin } from '../../src/api-clients/api-clients.ts';
import { createApiClient, decideApiClientApproval } from '../../src/api-clients/api-clients.ts';
import type { ApiScope } from '../../src/http/access.ts';
import { staffUserId } from './cases.ts';
import type { TestApp } from './test-app.ts';

export const TOKEN_URL = '/api/v1/oauth/token';

const systemAdmin: ApiClientAdmin = {
  staffUserId: null,
  audit: { actor: { type: 'system', id: null }, requestId: null, ip: null },
};

export interface TestApiClient {
  clientId: string;
  clientSecret: string;
}

/** The seeded second admin (`admin2`) as the approver of the test clients. */
export async function secondAdmin(t: TestApp): Promise<ApiClientAdmin> {
  const id = await staffUserId(t, 'admin2');
  return {
    staffUserId: id,
    audit: { actor: { type: 'staff', id }, requestId: null, ip: null },
  };
}

/**
 * Registers an active API client with these scopes (audited as the system); one with personal-data scopes is
 * approved by `admin2` unless `approve` is false (then it waits).
 */
export async function createTestApiClient(
  t: TestApp,
  scopes: readonly ApiScope[],
  name = 'Test client',
  options: { approve?: boolean } = {},
): Promise<TestApiClient> {
  const created = await createApiClient(
    t.database.db,
    systemAdmin,
    { name, contact: 'integrations@example.org', scopes: [...scopes] },
    t.clock.now(),
  );
  if (created.row.approval === 'pending' && options.approve !== false) {
    await decideApiClientApproval(
      t.database.db,
      await secondAdmin(t),
      { id: created.row.id, ifMatch: created.etag, decision: 'approve' },
      t.clock.now(),
    );
  }
  return { clientId: created.row.id, clientSecret: created.secret };
}

/** The Authorization header value of HTTP Basic with the client's id and secret, form-encoded as OAuth asks. */
export const basicAuthorization = (clientId: string, clientSecret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;

/** An access token of the client from POST /api/v1/oauth/token (HTTP Basic); throws unless 200. */
export async function requestToken(
  t: TestApp,
  client: TestApiClient,
  scopes?: readonly ApiScope[],
): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scopes) form.set('scope', scopes.join(' '));
  const response = await t.app.inject({
    method: 'POST',
    url: TOKEN_URL,
    headers: {
      authorization: basicAuthorization(client.clientId, client.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: form.toString(),
  });
  if (response.statusCode !== 200)
    throw new Error(`token request failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { access_token: string }).access_token;
}

/**
 * Registers a client with these scopes and gets it a token. `authorization` is the header value to send
 * (`Bearer …`). The token expires after API_TOKEN_TTL_SECONDS of the test clock (5 minutes by default).
 */
export async function createApiClientAndToken(
  t: TestApp,
  scopes: readonly ApiScope[],
): Promise<{ clientId: string; clientSecret: string; token: string; authorization: string }> {
  const client = await createTestApiClient(t, scopes);
  const token = await requestToken(t, client);
  return { ...client, token, authorization: `Bearer ${token}` };
}
