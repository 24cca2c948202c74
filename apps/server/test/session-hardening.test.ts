// Sessions hardened: a new sign-in in the same browser ends the session that browser held (audited as its owner's
// sign-out), other browsers keep theirs; the development sign-in is rate limited per address like the other
// sign-ins; every API answer is `no-store` unless a route says otherwise; the API documentation has a CSP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { apiDocsContentSecurityPolicy } from '../src/http/openapi.ts';
import { SIGN_IN_RATE_LIMIT } from '../src/http/sign-in-rate-limit.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createTestApp, sessionCookieFrom, type TestApp, useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const matti = demoCitizens[0]?.personalIdentityCode ?? '';
const anna = demoCitizens[1]?.personalIdentityCode ?? '';

for (const backend of databaseBackends) {
  describe(`sessions hardened (${backend})`, () => {
    const t = useTestApp(backend);

    /** Signs in through the development sign-in, sending `cookie` when given (the same browser). */
    const devLogin = async (body: Record<string, unknown>, cookie?: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        payload: body,
        ...(cookie ? { headers: { cookie } } : {}),
      });
      assert.equal(response.statusCode, 200, response.body);
      return { response, cookie: sessionCookieFrom(response.headers) };
    };
    const sessionStatus = async (cookie: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode;

    test('signing in again in the same browser ends the earlier session, audited as its sign-out', async () => {
      const first = await devLogin({ personalIdentityCode: matti });
      const firstRow = await t.database.db
        .selectFrom('session')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(await sessionStatus(first.cookie), 200);
      // Another browser of the same person keeps its session.
      const elsewhere = await devLogin({ personalIdentityCode: matti });
      // The same browser signs in as a staff user: Matti's session in that browser ends.
      const second = await devLogin({ username: 'handler' }, first.cookie);
      assert.notEqual(second.cookie, first.cookie);
      assert.equal(await sessionStatus(first.cookie), 401, 'the earlier session of the browser is over');
      assert.equal(await sessionStatus(second.cookie), 200);
      assert.equal(await sessionStatus(elsewhere.cookie), 200, 'another browser is not affected');
      const revoked = await t.database.db
        .selectFrom('session')
        .select(['revoked_at', 'person_id'])
        .where('id', '=', firstRow.id)
        .executeTakeFirstOrThrow();
      assert.ok(revoked.revoked_at, 'revoked in the database');
      const newest = await t.database.db
        .selectFrom('session')
        .select('id')
        .where('kind', '=', 'staff')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      const audit = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'session.sign_out')
        .where('object_id', '=', firstRow.id)
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_type, 'person');
      assert.equal(audit[0]?.actor_id, revoked.person_id);
      assert.equal(audit[0]?.subject_person_id, revoked.person_id);
      assert.deepEqual(audit[0]?.details, { reason: 'signed_in_again', replacedBy: newest.id });
      // Signing in once more as the same user in the same browser also replaces the session.
      const third = await devLogin({ username: 'handler' }, second.cookie);
      assert.equal(await sessionStatus(second.cookie), 401);
      assert.equal(await sessionStatus(third.cookie), 200);
      // A cookie of a session that already ended changes nothing and writes no second sign-out.
      const count = async () =>
        (
          await t.database.db
            .selectFrom('audit_event')
            .select('id')
            .where('action', '=', 'session.sign_out')
            .execute()
        ).length;
      const before = await count();
      const fourth = await devLogin({ personalIdentityCode: anna }, first.cookie);
      assert.equal(await count(), before);
      assert.equal(await sessionStatus(fourth.cookie), 200);
      assert.equal(await sessionStatus(third.cookie), 200);
    });

    test('answers of the API are no-store (the session with its CSRF token, errors, sign-in); the JWKS keeps its own', async () => {
      const signedIn = await devLogin({ personalIdentityCode: matti });
      assert.equal(signedIn.response.headers['cache-control'], 'no-store');
      const session = await t.app.inject({
        method: 'GET',
        url: '/api/v1/session',
        headers: { cookie: signedIn.cookie },
      });
      assert.equal(session.statusCode, 200);
      assert.equal(typeof session.json().csrfToken, 'string');
      assert.equal(session.headers['cache-control'], 'no-store');
      for (const url of ['/api/v1/session', '/api/v1/my/applications', '/api/v1/no-such-thing']) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.ok(response.statusCode >= 400, url);
        assert.equal(response.headers['cache-control'], 'no-store', url);
      }
      const mine = await t.app.inject({
        method: 'GET',
        url: '/api/v1/my/applications',
        headers: { cookie: signedIn.cookie },
      });
      assert.equal(mine.statusCode, 200);
      assert.equal(mine.headers['cache-control'], 'no-store');
      const jwks = await t.app.inject({ method: 'GET', url: '/api/v1/oauth/jwks.json' });
      assert.equal(jwks.statusCode, 200);
      assert.equal(jwks.headers['cache-control'], 'public, max-age=60', 'a route’s own choice is kept');
    });

    test('the API documentation page and its files carry a content security policy', async () => {
      const API_DOCS_CONTENT_SECURITY_POLICY = apiDocsContentSecurityPolicy(t.config.publicUrl);
      assert.match(API_DOCS_CONTENT_SECURITY_POLICY, /connect-src 'self' http:\/\/localhost:3000;/);
      for (const url of ['/api/docs', '/api/docs/static/swagger-initializer.js', '/api/docs/json']) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 200, url);
        assert.equal(response.headers['content-security-policy'], API_DOCS_CONTENT_SECURITY_POLICY, url);
      }
      assert.match(API_DOCS_CONTENT_SECURITY_POLICY, /(^|; )script-src 'self'(;|$)/, 'no inline script');
      assert.match(API_DOCS_CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
      const app = await t.app.inject({ method: 'GET', url: '/' });
      assert.notEqual(
        app.headers['content-security-policy'],
        API_DOCS_CONTENT_SECURITY_POLICY,
        'the apps keep theirs',
      );
    });
  });

  describe(`the development sign-in is rate limited (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(backend);
    });
    after(() => t.close());

    test(`at most ${SIGN_IN_RATE_LIMIT.max} sign-ins a minute from one address; 429 in the caller’s language`, async () => {
      const attempt = (remoteAddress: string, body: Record<string, unknown>, language = 'fi') =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/session/dev-login',
          payload: body,
          remoteAddress,
          headers: { 'accept-language': language },
        });
      // Wrong codes count as well: the limit is on attempts, whatever their outcome.
      for (let i = 0; i < SIGN_IN_RATE_LIMIT.max; i++) {
        const response = await attempt('192.0.2.10', { personalIdentityCode: `bad-${i}` });
        assert.equal(response.statusCode, 400);
      }
      const sessionsBefore = (await t.database.db.selectFrom('session').select('id').execute()).length;
      const limited = await attempt('192.0.2.10', { personalIdentityCode: matti }, 'sv');
      assert.equal(limited.statusCode, 429);
      assert.match(String(limited.headers['content-type']), /application\/problem\+json/);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      const seconds = Number(limited.headers['retry-after']);
      assert.equal(limited.json().type.endsWith('rate-limited'), true);
      assert.equal(
        limited.json().detail,
        translate('sv', 'signIn.errors.rateLimited', { seconds }),
        'in Swedish as asked',
      );
      assert.equal(limited.headers['set-cookie'], undefined, 'no session');
      assert.equal((await t.database.db.selectFrom('session').select('id').execute()).length, sessionsBefore);
      // Another address is not held back.
      const other = await attempt('192.0.2.11', { personalIdentityCode: matti });
      assert.equal(other.statusCode, 200);
    });
  });
}
