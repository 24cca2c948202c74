import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import cookie from '@fastify/cookie';
import { Validator } from '@seriousme/openapi-schema-validator';
import Fastify from 'fastify';
import sessionPlugin from '../src/http/plugins/session.ts';
import { appContentSecurityPolicy } from '../src/http/static-apps.ts';
import { createTestApp, useTestApp } from './helpers/test-app.ts';
import { countRows, databaseBackends } from './helpers/test-database.ts';

for (const backend of databaseBackends) {
  describe(`HTTP basics (${backend})`, () => {
    const t = useTestApp(backend, { BODY_LIMIT_BYTES: '2048' });

    test('health and readiness answer ok', async () => {
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });
      const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
    });

    test('readiness fails with 503 when the database does not answer', async () => {
      const original = t.context.ping;
      t.context.ping = async () => {
        throw new Error('connection refused');
      };
      try {
        const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
        assert.equal(ready.statusCode, 503);
        assert.equal(ready.headers['content-type'], 'application/problem+json; charset=utf-8');
      } finally {
        t.context.ping = original;
      }
    });

    test('every response carries a request id, and a given one is kept', async () => {
      const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
      assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const given = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'abc-123' },
      });
      assert.equal(given.headers['x-request-id'], 'abc-123');
      const unsafe = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'a b<c>' },
      });
      assert.notEqual(unsafe.headers['x-request-id'], 'a b<c>');
    });

    test('an unknown API path is a 404 problem', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      assert.equal(response.statusCode, 404);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      const body = response.json();
      assert.equal(body.status, 404);
      assert.equal(body.title, 'Not found');
      assert.match(body.type, /not-found$/);
      assert.equal(body.requestId, response.headers['x-request-id']);
    });

    /** A sign-in request whose body is `payload` as it stands, declared to be of `contentType`. */
    const postDevLogin = (contentType: string, payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        headers: { 'content-type': contentType },
        payload,
      });

    test('malformed JSON is a 400 problem and writes nothing', async () => {
      const before = await countRows(t.database.db, 'session');
      const response = await postDevLogin('application/json', '{"username": "handler"');
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(response.json().detail, 'The body is not valid JSON.');
      assert.equal(await countRows(t.database.db, 'session'), before);
    });

    test('a body over the limit is a 413 problem', async () => {
      const response = await postDevLogin('application/json', JSON.stringify({ username: 'x'.repeat(5000) }));
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().status, 413);
    });

    test('an unsupported content type is a 415 problem', async () => {
      const response = await postDevLogin('text/csv', 'a,b');
      assert.equal(response.statusCode, 415);
    });

    test('schema violations list each field', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/session/dev-login', payload: {} });
      assert.equal(response.statusCode, 400);
      const body = response.json();
      assert.ok(Array.isArray(body.errors) && body.errors.length > 0);
    });

    test('the OpenAPI document is 3.1 and offers the session and audit operations', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json();
      assert.equal(document.openapi, '3.1.0');
      const validator = new Validator();
      const validation = await validator.validate(document);
      assert.deepEqual(validation, { valid: true });
      assert.equal(validator.version, '3.1');
      const operations = Object.values(
        document.paths as Record<string, Record<string, { operationId?: string }>>,
      )
        .flatMap((methods) => Object.values(methods))
        .map((operation) => operation.operationId);
      for (const id of ['getSession', 'devLogin', 'logout', 'listAuditEvents'])
        assert.ok(operations.includes(id), id);
      assert.ok(
        operations.every((id) => typeof id === 'string'),
        'every operation has an operationId',
      );
      const problem = document.paths['/api/v1/audit-events'].get.responses['403'].content;
      assert.ok(problem['application/problem+json'], 'errors are documented as problem+json');
    });

    test('the readable API docs are served', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
      const page =
        response.statusCode === 302
          ? await t.app.inject({ method: 'GET', url: response.headers.location as string })
          : response;
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /text\/html/);
    });

    test('the apps’ pages carry a content security policy and may not be framed', async () => {
      for (const url of ['/', '/applications/1', '/staff/', '/staff/applications/1']) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 200, `${url} (the apps are built before the tests)`);
        assert.match(String(response.headers['content-type']), /text\/html/);
        assert.equal(response.headers['content-security-policy'], appContentSecurityPolicy);
        assert.equal(response.headers['x-frame-options'], 'DENY');
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
        assert.equal(response.headers['strict-transport-security'], undefined, 'not over plain http');
      }
      assert.match(appContentSecurityPolicy, /(^|; )script-src 'self';/, 'no inline or evaluated script');
    });
  });
}

test('over https every answer tells the browser to keep to https (HSTS)', async () => {
  const t = await createTestApp('pglite', { PUBLIC_URL: 'https://tuki.example.fi' });
  try {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(response.headers['strict-transport-security'], 'max-age=31536000');
  } finally {
    await t.close();
  }
});

test('a route under /api/v1 that declares no access rule stops the server from starting', async () => {
  const t = await createTestApp('pglite');
  try {
    const app = Fastify();
    await app.register(cookie);
    await app.register(sessionPlugin, {
      db: t.context.db,
      clock: t.context.clock,
      policy: t.context.config.session,
      secureCookies: false,
    });
    assert.throws(
      () => app.get('/api/v1/forgotten', async () => ({ secret: true })),
      /GET \/api\/v1\/forgotten declares no access rule/,
    );
    app.get('/api/v1/declared', { config: { access: { kind: 'public' } } }, async () => ({ open: true }));
    await app.close();
  } finally {
    await t.close();
  }
});
