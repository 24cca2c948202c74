import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { deleteOldSessions } from '../src/session/sessions.ts';
import { createTestApp, devSignIn, sessionCookieFrom, useTestApp } from './helpers/test-app.ts';
import { countRows, databaseBackends } from './helpers/test-database.ts';

const citizen = demoCitizens[0]?.personalIdentityCode ?? '';

for (const backend of databaseBackends) {
  describe(`sessions and development sign-in (${backend})`, () => {
    const t = useTestApp(backend);

    const count = (table: 'session' | 'person' | 'audit_event') => countRows(t.database.db, table);

    test('nobody signed in: getSession is 401', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().status, 401);
    });

    test('a demo citizen signs in; the cookie is HttpOnly and SameSite=Lax; getSession names the person', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        payload: { personalIdentityCode: citizen },
      });
      assert.equal(response.statusCode, 200);
      const setCookie = String(response.headers['set-cookie']);
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Lax/);
      assert.doesNotMatch(setCookie, /Secure/, 'no Secure flag on plain http');
      const cookie = sessionCookieFrom(response.headers);
      const session = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
      assert.equal(session.statusCode, 200);
      const body = session.json();
      assert.equal(body.kind, 'citizen');
      assert.equal(body.person.firstName, 'Matti');
      assert.equal(body.person.lastName, 'Meikäläinen');
      assert.equal(typeof body.csrfToken, 'string');
      assert.equal(body.person.personalIdentityCode, undefined, 'the code is not echoed back');
    });

    test('an unknown valid code creates a person record', async () => {
      const before = await count('person');
      const { session } = await devSignIn(t, {
        personalIdentityCode: makePersonalIdentityCode('1999-01-01', 923),
      });
      assert.equal(session.kind, 'citizen');
      assert.equal(await count('person'), before + 1);
    });

    test('an invalid personal identity code is a 400 naming the field, and nothing is written', async () => {
      const counts = [await count('person'), await count('session'), await count('audit_event')];
      for (const bad of ['131052-308S', '310299-123X', 'abc', '131052-308', '']) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/session/dev-login',
          payload: { personalIdentityCode: bad },
        });
        assert.equal(response.statusCode, 400, bad);
        const body = response.json();
        assert.equal(body.errors[0].path, 'personalIdentityCode');
      }
      assert.deepEqual([await count('person'), await count('session'), await count('audit_event')], counts);
    });

    test('each seeded staff role can sign in, and an unknown username is 404', async () => {
      for (const [username, role] of [
        ['handler', 'handler'],
        ['social_worker', 'social_worker'],
        ['supervisor', 'supervisor'],
        ['admin', 'admin'],
        ['auditor', 'auditor'],
        ['payer', 'payment_approver'],
        ['archivist', 'archivist'],
      ] as const) {
        const { session } = await devSignIn(t, { username });
        assert.equal(session.kind, 'staff');
        assert.deepEqual((session.staffUser as { roles: string[] }).roles, [role]);
      }
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        payload: { username: 'nobody' },
      });
      assert.equal(unknown.statusCode, 404);
    });

    test('the development accounts list has the household types and one staff user per role and a second admin', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/session/dev-accounts' });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      const households = new Set(body.citizens.map((c: { household: string }) => c.household));
      for (const h of ['single', 'couple_with_children', 'single_parent', 'young_adult_with_parents']) {
        assert.ok(households.has(h), h);
      }
      assert.deepEqual(body.staff.map((s: { username: string }) => s.username).sort(), [
        'admin',
        'admin2',
        'archivist',
        'auditor',
        'handler',
        'payer',
        'social_worker',
        'supervisor',
      ]);
    });

    test('logout needs the CSRF token, then revokes the session', async () => {
      const { cookie, csrfToken } = await devSignIn(t, { personalIdentityCode: citizen });
      const noToken = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/logout',
        headers: { cookie },
      });
      assert.equal(noToken.statusCode, 403);
      assert.match(noToken.json().type, /csrf$/);
      const wrongToken = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/logout',
        headers: { cookie, 'x-csrf-token': `${csrfToken}x` },
      });
      assert.equal(wrongToken.statusCode, 403);
      const stillIn = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
      assert.equal(stillIn.statusCode, 200);
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/logout',
        headers: { cookie, 'x-csrf-token': csrfToken },
      });
      assert.equal(logout.statusCode, 204);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
      assert.equal(after.statusCode, 401);
    });

    test('a session ends after 30 idle minutes, and activity keeps it alive', async () => {
      const { cookie } = await devSignIn(t, { username: 'handler' });
      t.clock.advance(29 * 60_000);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
        200,
      );
      t.clock.advance(29 * 60_000);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
        200,
      );
      t.clock.advance(30 * 60_000);
      const expired = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
      assert.equal(expired.statusCode, 401);
      assert.match(expired.json().detail, /expired/);
    });

    test('an expired session is 401 on protected operations, not 403', async () => {
      const { cookie } = await devSignIn(t, { username: 'auditor' });
      t.clock.advance(31 * 60_000);
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit-events',
        headers: { cookie },
      });
      assert.equal(response.statusCode, 401);
      assert.match(response.json().type, /session-expired$/);
    });

    test('a session ends 12 hours after sign-in however active it is', async () => {
      const { cookie } = await devSignIn(t, { username: 'handler' });
      for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
        t.clock.advance(20 * 60_000);
        assert.equal(
          (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
          200,
        );
      }
      t.clock.advance(21 * 60_000);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
        401,
      );
    });
  });

  describe(`cookies behind https, and no development sign-in in oidc mode (${backend})`, () => {
    test('the session cookie is Secure with the __Host- prefix when the public URL is https', async () => {
      const t = await createTestApp(backend, { PUBLIC_URL: 'https://tuki.example' });
      try {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/session/dev-login',
          payload: { username: 'handler' },
        });
        const setCookie = String(response.headers['set-cookie']);
        assert.match(setCookie, /^__Host-tuki_session=/);
        assert.match(setCookie, /Secure/);
      } finally {
        await t.close();
      }
    });

    test('devLogin and listDevAccounts are 404 when AUTH_MODE=oidc', async () => {
      const t = await createTestApp(backend, {
        AUTH_MODE: 'oidc',
        CITIZEN_OIDC_ISSUER: 'http://127.0.0.1:9/citizen',
        CITIZEN_OIDC_CLIENT_ID: 'c',
        CITIZEN_OIDC_CLIENT_SECRET: 's',
        STAFF_OIDC_ISSUER: 'http://127.0.0.1:9/staff',
        STAFF_OIDC_CLIENT_ID: 'c',
        STAFF_OIDC_CLIENT_SECRET: 's',
      });
      try {
        const login = await t.app.inject({
          method: 'POST',
          url: '/api/v1/session/dev-login',
          payload: { username: 'handler' },
        });
        assert.equal(login.statusCode, 404);
        const accounts = await t.app.inject({ method: 'GET', url: '/api/v1/session/dev-accounts' });
        assert.equal(accounts.statusCode, 404);
        const config = await t.app.inject({ method: 'GET', url: '/api/v1/config' });
        assert.deepEqual(config.json(), { authMode: 'oidc' });
      } finally {
        await t.close();
      }
    });
  });
}

describe('removing ended sessions', () => {
  test('sessions that ended over a day ago are deleted; live ones stay', async () => {
    const t = await createTestApp('pglite');
    try {
      const old = await devSignIn(t, { username: 'handler' });
      t.clock.advance(13 * 3_600_000);
      const live = await devSignIn(t, { username: 'supervisor' });
      assert.equal(await deleteOldSessions(t.database.db, t.clock.now()), 0, 'ended 1 hour ago: kept');
      t.clock.advance(24 * 3_600_000);
      const fresh = await devSignIn(t, { username: 'auditor' });
      assert.equal(await deleteOldSessions(t.database.db, t.clock.now()), 1);
      const remaining = await t.database.db.selectFrom('session').select('staff_user_id').execute();
      assert.equal(remaining.length, 2);
      assert.ok(old.cookie && live.cookie && fresh.cookie);
    } finally {
      await t.close();
    }
  });
});
