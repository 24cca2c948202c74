// API clients: the token endpoint (Basic and body credentials, wrong secret, inactive client, scopes, grant types),
// bearer tokens on the API (scopes, audit as api_client with the person as subject, expired, another key, alg none,
// tampered, token over cookie), signing key rotation, and the admin endpoints per role.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { apiScopes } from '../src/http/access.ts';
import {
  basicAuthorization,
  createApiClientAndToken,
  createTestApiClient,
  requestToken,
  TOKEN_URL,
} from './helpers/api-client.ts';
import { type Caller, call, insertApplication, signIn, useCaller } from './helpers/applications.ts';
import { matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const CLIENTS = '/api/v1/api-clients';
const KEYS = '/api/v1/api-signing-keys';
const QUEUE = '/api/v1/applications';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

for (const backend of databaseBackends) {
  describe(`API clients (${backend})`, () => {
    const t = useTestApp(backend);
    const admin = useCaller(t, { username: 'admin' });
    const handler = useCaller(t, { username: 'handler' });
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    let applicationId: string;
    let personId: string;

    const tokenRequest = (form: Record<string, string>, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: TOKEN_URL,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: new URLSearchParams(form).toString(),
      });
    const bearer = (token: string, url: string, extra: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...extra } });
    const auditRows = (action: string, actorId: string) =>
      t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', action)
        .where('actor_id', '=', actorId)
        .orderBy('seq')
        .execute();
    const assertInvalidToken = (response: LightMyRequestResponse) => {
      assert.equal(response.statusCode, 401, response.body);
      assert.equal(response.headers['www-authenticate'], 'Bearer error="invalid_token"');
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    };
    async function etagOf(id: string) {
      const response = await call(t, admin, 'GET', `${CLIENTS}/${id}`);
      assert.equal(response.statusCode, 200, response.body);
      return String(response.headers.etag);
    }
    const patch = (caller: Caller, id: string, payload: object, etag?: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `${CLIENTS}/${id}`,
        headers: {
          cookie: caller.cookie,
          'x-csrf-token': caller.csrfToken,
          ...(etag ? { 'if-match': etag } : {}),
        },
        payload,
      });

    before(async () => {
      personId = citizen.id;
      applicationId = await insertApplication(t, personId, { referenceNumber: 'AC-2026-000001' });
    });

    test('issueAccessToken: HTTP Basic gives a signed JWT with the client’s scopes, not cached', async () => {
      const client = await createTestApiClient(t, ['applications:read', 'audit:read']);
      const response = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.clientId, client.clientSecret) },
      );
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json() as Record<string, unknown>;
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.expires_in, 300);
      assert.equal(body.scope, 'applications:read audit:read');
      const token = String(body.access_token);
      const header = decodeProtectedHeader(token);
      assert.equal(header.alg, 'ES256');
      assert.ok(header.kid);
      const claims = decodeJwt(token);
      assert.equal(claims.iss, t.config.publicUrl);
      assert.equal(claims.aud, `${t.config.publicUrl}/api`);
      assert.equal(claims.sub, client.clientId);
      assert.equal(claims.scope, 'applications:read audit:read');
      assert.ok(claims.jti);
      assert.equal(claims.iat, Math.floor(t.clock.now().getTime() / 1000));
      assert.equal(Number(claims.exp) - Number(claims.iat), 300);

      const jwks = await t.app.inject({ method: 'GET', url: '/api/v1/oauth/jwks.json' });
      assert.equal(jwks.statusCode, 200, jwks.body);
      const keys = (jwks.json() as { keys: { kid: string; alg: string; d?: string }[] }).keys;
      assert.ok(keys.some((key) => key.kid === header.kid && key.alg === 'ES256'));
      assert.ok(
        keys.every((key) => key.d === undefined),
        'no private parts in the JWKS',
      );
    });

    test('every scope the server knows can be stored (the migration’s check matches apiScopes)', async () => {
      const client = await createTestApiClient(t, apiScopes);
      const token = await requestToken(t, client);
      assert.equal(decodeJwt(token).scope, apiScopes.join(' '));
    });

    test('issueAccessToken: credentials in the body; a scope subset; invalid_scope', async () => {
      const client = await createTestApiClient(t, ['applications:read', 'decisions:read']);
      const body = { client_id: client.clientId, client_secret: client.clientSecret };
      const all = await tokenRequest({ grant_type: 'client_credentials', ...body });
      assert.equal(all.statusCode, 200, all.body);
      assert.equal(all.json().scope, 'applications:read decisions:read');

      const subset = await tokenRequest({
        grant_type: 'client_credentials',
        scope: 'decisions:read',
        ...body,
      });
      assert.equal(subset.statusCode, 200, subset.body);
      assert.equal(subset.json().scope, 'decisions:read');
      assert.equal(decodeJwt(subset.json().access_token).scope, 'decisions:read');

      for (const scope of ['audit:read', 'applications:read everything']) {
        const refused = await tokenRequest({ grant_type: 'client_credentials', scope, ...body });
        assert.equal(refused.statusCode, 400, refused.body);
        assert.equal(refused.json().error, 'invalid_scope');
        assert.equal(refused.headers['cache-control'], 'no-store');
      }
    });

    test('issueAccessToken: wrong secret, unknown and inactive clients are invalid_client (401)', async () => {
      const client = await createTestApiClient(t, ['applications:read']);
      const wrong = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.clientId, `${client.clientSecret}x`) },
      );
      assert.equal(wrong.statusCode, 401, wrong.body);
      assert.equal(wrong.json().error, 'invalid_client');
      assert.match(String(wrong.headers['www-authenticate']), /^Basic realm="tuki"/);

      const wrongInBody = await tokenRequest({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: 'nope',
      });
      assert.equal(wrongInBody.statusCode, 401);
      assert.equal(wrongInBody.json().error, 'invalid_client');

      const unknown = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization('00000000-0000-4000-8000-000000000000', client.clientSecret) },
      );
      assert.equal(unknown.statusCode, 401);
      assert.equal(unknown.json().error, 'invalid_client');

      const none = await tokenRequest({ grant_type: 'client_credentials' });
      assert.equal(none.statusCode, 401);
      assert.equal(none.json().error, 'invalid_client');

      const token = await requestToken(t, client);
      const deactivated = await patch(
        admin,
        client.clientId,
        { active: false },
        await etagOf(client.clientId),
      );
      assert.equal(deactivated.statusCode, 200, deactivated.body);
      const inactive = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.clientId, client.clientSecret) },
      );
      assert.equal(inactive.statusCode, 401);
      assert.equal(inactive.json().error, 'invalid_client');
      assertInvalidToken(await bearer(token, QUEUE));
    });

    test('issueAccessToken: unsupported_grant_type and invalid_request', async () => {
      const client = await createTestApiClient(t, ['applications:read']);
      const auth = { authorization: basicAuthorization(client.clientId, client.clientSecret) };
      const password = await tokenRequest({ grant_type: 'password', username: 'a', password: 'b' }, auth);
      assert.equal(password.statusCode, 400, password.body);
      assert.equal(password.json().error, 'unsupported_grant_type');

      const missing = await tokenRequest({}, auth);
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().error, 'invalid_request');

      const twice = await tokenRequest(
        { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
        auth,
      );
      assert.equal(twice.statusCode, 400);
      assert.equal(twice.json().error, 'invalid_request');

      const repeated = await t.app.inject({
        method: 'POST',
        url: TOKEN_URL,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth },
        payload: 'grant_type=client_credentials&grant_type=client_credentials',
      });
      assert.equal(repeated.statusCode, 400);
      assert.equal(repeated.json().error, 'invalid_request');
    });

    test('a client with applications:read reads the queue and a case, audited as api_client with the person', async () => {
      const { clientId, authorization } = await createApiClientAndToken(t, ['applications:read']);
      const list = await t.app.inject({ method: 'GET', url: QUEUE, headers: { authorization } });
      assert.equal(list.statusCode, 200, list.body);
      const items = (list.json() as { items: { id: string }[]; counts: { mine: number } }).items;
      assert.ok(items.some((item) => item.id === applicationId));
      assert.equal(list.json().counts.mine, 0);
      const listed = await auditRows('application.list_read', clientId);
      const row = listed.find((entry) => entry.object_id === applicationId);
      assert.equal(row?.actor_type, 'api_client');
      assert.equal(row?.subject_person_id, personId);

      const one = await t.app.inject({
        method: 'GET',
        url: `${QUEUE}/${applicationId}`,
        headers: { authorization },
      });
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(one.json().id, applicationId);
      const reads = await auditRows('application.read', clientId);
      assert.equal(reads.length, 1);
      assert.equal(reads[0]?.actor_type, 'api_client');
      assert.equal(reads[0]?.subject_person_id, personId);
      assert.equal(reads[0]?.object_id, applicationId);
      assert.deepEqual(one.json().openedBy, [], 'a client is not listed among the staff who opened the case');

      const mine = await t.app.inject({
        method: 'GET',
        url: `${QUEUE}?assignee=me`,
        headers: { authorization },
      });
      assert.equal(mine.statusCode, 400, mine.body);

      const assign = await t.app.inject({
        method: 'POST',
        url: `${QUEUE}/${applicationId}/assignment`,
        headers: { authorization },
        payload: { staffId: null },
      });
      assert.equal(assign.statusCode, 403, 'changes are not open to clients');
      const users = await t.app.inject({
        method: 'GET',
        url: '/api/v1/staff-users',
        headers: { authorization },
      });
      assert.equal(users.statusCode, 403);
    });

    test('no credentials at all: 401 naming the Bearer scheme where clients may call, none where they may not', async () => {
      const queueAnswer = await t.app.inject({ method: 'GET', url: '/api/v1/applications' });
      assert.equal(queueAnswer.statusCode, 401);
      assert.equal(queueAnswer.headers['www-authenticate'], 'Bearer realm="tuki"');
      const events = await t.app.inject({ method: 'GET', url: '/api/v1/events' });
      assert.equal(events.statusCode, 401);
      assert.equal(events.headers['www-authenticate'], 'Bearer realm="tuki"');
      const own = await t.app.inject({ method: 'GET', url: '/api/v1/my/applications' });
      assert.equal(own.statusCode, 401);
      assert.equal(own.headers['www-authenticate'], undefined, 'a citizen route signs in, no token helps');
    });

    test('a missing scope is 403; a scope taken away works at once', async () => {
      const other = await createApiClientAndToken(t, ['statistics:read']);
      const list = await bearer(other.token, QUEUE);
      assert.equal(list.statusCode, 403, list.body);
      const audit = await bearer(other.token, '/api/v1/audit-events');
      assert.equal(audit.statusCode, 403);

      const both = await createApiClientAndToken(t, ['applications:read', 'audit:read']);
      const ok = await bearer(both.token, '/api/v1/audit-events');
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((await auditRows('audit.list', both.clientId))[0]?.actor_type, 'api_client');
      const changed = await patch(
        admin,
        both.clientId,
        { scopes: ['applications:read'] },
        await etagOf(both.clientId),
      );
      assert.equal(changed.statusCode, 200, changed.body);
      const gone = await bearer(both.token, '/api/v1/audit-events');
      assert.equal(gone.statusCode, 403);
    });

    test('downloadDecisionDocument: decisions:read passes the access check, other scopes do not', async () => {
      const url = '/api/v1/decisions/00000000-0000-4000-8000-000000000000/document';
      const reader = await createApiClientAndToken(t, ['decisions:read']);
      const found = await bearer(reader.token, url);
      assert.equal(found.statusCode, 404, found.body);
      const other = await createApiClientAndToken(t, ['applications:read']);
      const refused = await bearer(other.token, url);
      assert.equal(refused.statusCode, 403, refused.body);
      const anonymous = await t.app.inject({ method: 'GET', url });
      assert.equal(anonymous.statusCode, 401);
      const staff = await call(t, handler, 'GET', url);
      assert.equal(staff.statusCode, 404, 'staff still pass');
    });

    test('tokens: expired, another key, alg none, tampered, unknown kid, garbage: each 401', async () => {
      const { token } = await createApiClientAndToken(t, ['applications:read']);
      const header = decodeProtectedHeader(token);
      const claims = decodeJwt(token);
      const [h, p, s] = token.split('.');

      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const forged = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: String(header.kid), typ: 'at+jwt' })
        .sign(privateKey);
      assertInvalidToken(await bearer(forged, QUEUE));

      const none = `${b64({ alg: 'none', kid: header.kid, typ: 'at+jwt' })}.${p}.`;
      assertInvalidToken(await bearer(none, QUEUE));

      const tampered = `${h}.${b64({ ...claims, scope: 'applications:read audit:read' })}.${s}`;
      assertInvalidToken(await bearer(tampered, '/api/v1/audit-events'));

      const unknownKid = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'nobody', typ: 'at+jwt' })
        .sign(privateKey);
      assertInvalidToken(await bearer(unknownKid, QUEUE));
      assertInvalidToken(await bearer('not-a-token', QUEUE));
      const empty = await t.app.inject({ method: 'GET', url: QUEUE, headers: { authorization: 'Bearer' } });
      assertInvalidToken(empty);

      assert.equal((await bearer(token, QUEUE)).statusCode, 200, 'the real one works');
      t.clock.advance(301_000);
      assertInvalidToken(await bearer(token, QUEUE));
    });

    test('a bearer token wins over a session cookie sent with it', async () => {
      const { authorization } = await createApiClientAndToken(t, ['statistics:read']);
      const withCookie = await t.app.inject({
        method: 'GET',
        url: QUEUE,
        headers: { authorization, cookie: handler.cookie },
      });
      assert.equal(withCookie.statusCode, 403, 'the client’s scopes count, not the handler’s roles');
      assert.equal((await call(t, handler, 'GET', QUEUE)).statusCode, 200);
    });

    test('signing key rotation: old tokens work until they expire; new tokens carry the new kid', async () => {
      const { token: oldToken } = await createApiClientAndToken(t, ['applications:read']);
      const oldKid = decodeProtectedHeader(oldToken).kid;
      const rotated = await call(t, admin, 'POST', `${KEYS}/rotation`);
      assert.equal(rotated.statusCode, 201, rotated.body);
      const newKid = rotated.json().kid as string;
      assert.notEqual(newKid, oldKid);
      const audited = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'api_signing_key.rotate')
        .where('object_id', '=', newKid)
        .execute();
      assert.equal(audited.length, 1);

      const { token: newToken } = await createApiClientAndToken(t, ['applications:read']);
      assert.equal(decodeProtectedHeader(newToken).kid, newKid);
      assert.equal((await bearer(oldToken, QUEUE)).statusCode, 200, 'the retired key still verifies');
      assert.equal((await bearer(newToken, QUEUE)).statusCode, 200);
      const jwks = (await t.app.inject({ method: 'GET', url: '/api/v1/oauth/jwks.json' })).json() as {
        keys: { kid: string }[];
      };
      assert.deepEqual(jwks.keys.map((key) => key.kid).sort(), [oldKid, newKid].sort());

      const keys = await call(t, admin, 'GET', KEYS);
      assert.equal(keys.statusCode, 200, keys.body);
      const items = keys.json().items as {
        kid: string;
        retiredAt: string | null;
        publicJwk: Record<string, unknown>;
      }[];
      assert.equal(items.find((key) => key.kid === newKid)?.retiredAt, null);
      assert.ok(items.find((key) => key.kid === oldKid)?.retiredAt);
      assert.ok(items.every((key) => key.publicJwk.d === undefined));

      t.clock.advance(301_000);
      assertInvalidToken(await bearer(oldToken, QUEUE));
      const later = (await t.app.inject({ method: 'GET', url: '/api/v1/oauth/jwks.json' })).json() as {
        keys: { kid: string }[];
      };
      assert.deepEqual(
        later.keys.map((key) => key.kid),
        [newKid],
      );
      const { token: fresh } = await createApiClientAndToken(t, ['applications:read']);
      assert.equal((await bearer(fresh, QUEUE)).statusCode, 200);
    });

    test('admin endpoints: admins only; the secret once, never in the audit trail; If-Match; secret rotation', async () => {
      const payload = { name: 'Arkisto', contact: 'arkisto@example.org', scopes: ['decisions:read'] };
      for (const [caller, status] of [
        [handler, 403],
        [citizen, 403],
        [undefined, 401],
      ] as const) {
        assert.equal((await call(t, caller, 'GET', CLIENTS)).statusCode, status);
        assert.equal((await call(t, caller, 'POST', CLIENTS, { payload })).statusCode, status);
        assert.equal((await call(t, caller, 'GET', KEYS)).statusCode, status);
        assert.equal((await call(t, caller, 'POST', `${KEYS}/rotation`)).statusCode, status);
      }
      const { authorization } = await createApiClientAndToken(t, ['applications:read', 'audit:read']);
      const asClient = await t.app.inject({ method: 'GET', url: CLIENTS, headers: { authorization } });
      assert.equal(asClient.statusCode, 403);

      const bad = await call(t, admin, 'POST', CLIENTS, { payload: { ...payload, scopes: ['everything'] } });
      assert.equal(bad.statusCode, 400);

      const created = await call(t, admin, 'POST', CLIENTS, { payload });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.headers['cache-control'], 'no-store');
      const { client, clientSecret } = created.json() as {
        client: { id: string; scopes: string[] };
        clientSecret: string;
      };
      assert.deepEqual(client.scopes, ['decisions:read']);
      assert.match(clientSecret, /^tuki_cs_/);
      const stored = await t.database.db
        .selectFrom('api_client')
        .select('secret_hash')
        .where('id', '=', client.id)
        .executeTakeFirstOrThrow();
      assert.ok(!stored.secret_hash.includes(clientSecret));
      const createdAudit = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'api_client.create')
        .where('object_id', '=', client.id)
        .execute();
      assert.equal(createdAudit.length, 1);
      assert.equal(createdAudit[0]?.actor_id, admin.id);
      assert.ok(!JSON.stringify(createdAudit).includes(clientSecret), 'the secret is not audited');

      const list = await call(t, admin, 'GET', CLIENTS);
      assert.equal(list.statusCode, 200);
      assert.ok(!list.body.includes(clientSecret));
      assert.ok((list.json().items as { id: string }[]).some((item) => item.id === client.id));

      const noEtag = await patch(admin, client.id, { name: 'Arkisto 2' });
      assert.equal(noEtag.statusCode, 428);
      const etag = await etagOf(client.id);
      const renamed = await patch(
        admin,
        client.id,
        { name: 'Arkisto 2', scopes: ['decisions:read', 'audit:read'] },
        etag,
      );
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.equal(renamed.json().name, 'Arkisto 2');
      const stale = await patch(admin, client.id, { name: 'Arkisto 3' }, etag);
      assert.equal(stale.statusCode, 412);
      assert.equal((await patch(handler, client.id, { name: 'x' }, etag)).statusCode, 403);

      const rotated = await call(t, admin, 'POST', `${CLIENTS}/${client.id}/secret`);
      assert.equal(rotated.statusCode, 200, rotated.body);
      const newSecret = rotated.json().clientSecret as string;
      assert.notEqual(newSecret, clientSecret);
      const old = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.id, clientSecret) },
      );
      assert.equal(old.statusCode, 401);
      // The new secret is the rotating admin's: the personal-data scopes wait for another admin again.
      const waiting = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.id, newSecret) },
      );
      assert.equal(waiting.statusCode, 400, waiting.body);
      assert.equal(waiting.json().error, 'unauthorized_client');
      assert.equal(rotated.json().client.approval.state, 'pending');
      const second = await signIn(t, { username: 'admin2' });
      const approved = await t.app.inject({
        method: 'POST',
        url: `${CLIENTS}/${client.id}/approval`,
        headers: {
          cookie: second.cookie,
          'x-csrf-token': second.csrfToken,
          'if-match': String(rotated.headers.etag),
        },
      });
      assert.equal(approved.statusCode, 200, approved.body);
      const fresh = await tokenRequest(
        { grant_type: 'client_credentials' },
        { authorization: basicAuthorization(client.id, newSecret) },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.equal(fresh.json().scope, 'decisions:read audit:read');
      const rotateAudit = await auditRows('api_client.rotate_secret', admin.id);
      assert.ok(rotateAudit.some((row) => row.object_id === client.id));
      assert.ok(!JSON.stringify(rotateAudit).includes(newSecret));
      assert.equal((await call(t, handler, 'POST', `${CLIENTS}/${client.id}/secret`)).statusCode, 403);
    });
  });
}
