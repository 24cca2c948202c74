// OpenID Connect sign-in end to end against a real OpenID provider on loopback: the server under test
// listens on a real port, the provider's sign-in form is filled in as a browser would.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { safeReturnTo } from '../src/session/session.routes.ts';
import { systemClock } from '../src/shared/clock.ts';
import { CookieJar, navigate } from './helpers/browser-like.ts';
import { freePort } from './helpers/net.ts';
import { signInThroughProvider, startTestProvider, type TestProvider } from './helpers/oidc-provider.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { type Backend, databaseBackends } from './helpers/test-database.ts';

interface SessionBody {
  kind: string;
  person: { firstName: string; lastName: string };
  staffUser: { username: string; roles: string[] };
}

/**
 * An OpenID provider on loopback with the citizens' and the staff's clients, and the app signing in there,
 * listening on a real port. `env` adds to the OIDC configuration.
 */
async function startWithProvider(backend: Backend, env: Record<string, string> = {}) {
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const provider = await startTestProvider([
    {
      clientId: 'tuki-citizen',
      clientSecret: 'citizen-secret',
      redirectUri: `${appUrl}/api/v1/auth/citizen/callback`,
    },
    {
      clientId: 'tuki-staff',
      clientSecret: 'staff-secret',
      redirectUri: `${appUrl}/api/v1/auth/staff/callback`,
    },
  ]);
  const t = await createTestApp(
    backend,
    {
      AUTH_MODE: 'oidc',
      PUBLIC_URL: appUrl,
      OIDC_ALLOW_HTTP: 'true',
      CITIZEN_OIDC_ISSUER: provider.issuer,
      CITIZEN_OIDC_CLIENT_ID: 'tuki-citizen',
      CITIZEN_OIDC_CLIENT_SECRET: 'citizen-secret',
      STAFF_OIDC_ISSUER: provider.issuer,
      STAFF_OIDC_CLIENT_ID: 'tuki-staff',
      STAFF_OIDC_CLIENT_SECRET: 'staff-secret',
      ...env,
    },
    systemClock,
  );
  await t.app.listen({ host: '127.0.0.1', port });
  return { provider, t, appUrl };
}

for (const backend of databaseBackends) {
  describe(`OpenID Connect sign-in (${backend})`, () => {
    let provider: TestProvider;
    let t: TestApp;
    let appUrl: string;

    before(async () => {
      ({ provider, t, appUrl } = await startWithProvider(backend, { STAFF_OIDC_ROLES_CLAIM: 'roles' }));
    });
    after(async () => {
      await t.close();
      await provider.close();
    });

    const isAppPage = (url: URL) => url.origin === appUrl && !url.pathname.startsWith('/api/');

    const signInAtProvider = (jar: CookieJar, audience: 'citizen' | 'staff', login: string) =>
      signInThroughProvider(
        jar,
        appUrl,
        audience,
        login,
        audience === 'staff' ? '/staff/queue' : '/applications',
      );

    /** The callback of a strongly identified citizen's sign-in at the provider, not yet followed. */
    const citizenCallback = (jar: CookieJar, dateOfBirth: string, individualNumber: number) =>
      signInAtProvider(jar, 'citizen', `high:${makePersonalIdentityCode(dateOfBirth, individualNumber)}`);

    const sessionOf = async (jar: CookieJar) =>
      fetch(`${appUrl}/api/v1/session`, { headers: { cookie: jar.header(new URL(appUrl)) } });

    test('a citizen with strong identification signs in and lands where they started', async () => {
      const code = makePersonalIdentityCode('1979-12-24', 912);
      const jar = new CookieJar();
      const callback = await signInAtProvider(jar, 'citizen', `high:${code}`);
      const landed = await navigate(jar, callback, { stopAt: isAppPage });
      assert.equal(landed.url.pathname, '/applications');
      const session = await sessionOf(jar);
      assert.equal(session.status, 200);
      const body = (await session.json()) as SessionBody;
      assert.equal(body.kind, 'citizen');
      assert.equal(body.person.firstName, 'Åke');
      assert.equal(body.person.lastName, 'Östman');
      const person = await t.database.db
        .selectFrom('person')
        .selectAll()
        .where('personal_identity_code', '=', code)
        .executeTakeFirst();
      assert.ok(person, 'the person record was created from the claims');
      const stored = await t.database.db
        .selectFrom('session')
        .selectAll()
        .where('person_id', '=', person.id)
        .executeTakeFirst();
      assert.equal(stored?.auth_method, 'oidc');
      assert.equal(stored?.loa, 'high');
    });

    test('substantial is strong enough; low is refused and nobody is signed in', async () => {
      const substantial = new CookieJar();
      await navigate(
        substantial,
        await signInAtProvider(
          substantial,
          'citizen',
          `substantial:${makePersonalIdentityCode('1980-01-01', 913)}`,
        ),
        { stopAt: isAppPage },
      );
      assert.equal((await sessionOf(substantial)).status, 200);

      const code = makePersonalIdentityCode('1981-02-02', 914);
      const jar = new CookieJar();
      const landed = await navigate(jar, await signInAtProvider(jar, 'citizen', `low:${code}`), {
        stopAt: isAppPage,
      });
      assert.equal(landed.url.pathname, '/login');
      assert.equal(landed.url.searchParams.get('error'), 'insufficient_loa');
      assert.equal((await sessionOf(jar)).status, 401);
      const person = await t.database.db
        .selectFrom('person')
        .select('id')
        .where('personal_identity_code', '=', code)
        .executeTakeFirst();
      assert.equal(person, undefined, 'no person record for a refused sign-in');
      const denied = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'session.sign_in')
        .where('outcome', '=', 'denied')
        .execute();
      assert.ok(denied.some((row) => (row.details as { reason?: string }).reason === 'insufficient_loa'));
    });

    test('a callback with a wrong state is refused', async () => {
      const jar = new CookieJar();
      const callback = await citizenCallback(jar, '1982-03-03', 915);
      callback.searchParams.set('state', 'forged-state');
      const landed = await navigate(jar, callback, { stopAt: isAppPage });
      assert.equal(landed.url.searchParams.get('error'), 'state_mismatch');
      assert.equal((await sessionOf(jar)).status, 401);
    });

    test('a callback from another browser (no binding cookie) is refused', async () => {
      const jar = new CookieJar();
      const callback = await citizenCallback(jar, '1983-04-04', 916);
      const stranger = new CookieJar();
      const landed = await navigate(stranger, callback, { stopAt: isAppPage });
      assert.equal(landed.url.searchParams.get('error'), 'no_login');
      assert.equal((await sessionOf(stranger)).status, 401);
    });

    test('an authorization code cannot be used twice', async () => {
      const jar = new CookieJar();
      const callback = await citizenCallback(jar, '1984-05-05', 917);
      const binding = jar.get(appUrl, 'tuki_oidc');
      assert.ok(binding);
      await navigate(jar, callback, { stopAt: isAppPage });
      assert.equal((await sessionOf(jar)).status, 200);

      // The same callback again, with the same binding cookie: the sign-in attempt is used up.
      const replayJar = new CookieJar();
      await navigate(replayJar, `${appUrl}/healthz`);
      const replay = await fetch(callback, {
        headers: { cookie: `tuki_oidc=${binding}` },
        redirect: 'manual',
      });
      assert.equal(
        new URL(replay.headers.get('location') ?? '', appUrl).searchParams.get('error'),
        'no_login',
      );

      // The old code with a fresh attempt's state: the provider itself refuses the code.
      const fresh = new CookieJar();
      const started = await navigate(fresh, `${appUrl}/api/v1/auth/citizen/login`, {
        stopAt: (url) => url.origin !== appUrl,
      });
      const state = started.url.searchParams.get('state');
      assert.ok(state);
      const reused = new URL(callback);
      reused.searchParams.set('state', state);
      const landed = await navigate(fresh, reused, { stopAt: isAppPage });
      assert.equal(landed.url.searchParams.get('error'), 'token_error');
      assert.equal((await sessionOf(fresh)).status, 401);
    });

    test('staff sign in with roles from the directory claim', async () => {
      const jar = new CookieJar();
      const landed = await navigate(
        jar,
        await signInAtProvider(jar, 'staff', 'staff:kaisa.k:handler,supervisor,bogus'),
        {
          stopAt: isAppPage,
        },
      );
      assert.equal(landed.url.pathname, '/staff/queue');
      const body = (await (await sessionOf(jar)).json()) as SessionBody;
      assert.equal(body.kind, 'staff');
      assert.equal(body.staffUser.username, 'kaisa.k');
      assert.deepEqual(body.staffUser.roles, ['handler', 'supervisor']);
    });

    test('a new sign-in in the same browser ends the session that browser had', async () => {
      const jar = new CookieJar();
      const code = makePersonalIdentityCode('1981-03-04', 915);
      await navigate(jar, await signInAtProvider(jar, 'citizen', `high:${code}`), { stopAt: isAppPage });
      const first = jar.header(new URL(appUrl));
      assert.equal((await sessionOf(jar)).status, 200);
      // The same browser signs in as a staff user, sending Tuki's session cookie (a fresh jar for the provider, so
      // that the provider asks for the new user).
      const same = new CookieJar();
      same.store(new URL(appUrl), new Response(null, { headers: { 'set-cookie': first } }));
      await navigate(same, await signInAtProvider(same, 'staff', 'staff:olli.o:handler'), {
        stopAt: isAppPage,
      });
      const body = (await (await sessionOf(same)).json()) as SessionBody;
      assert.equal(body.kind, 'staff');
      const earlier = await fetch(`${appUrl}/api/v1/session`, { headers: { cookie: first } });
      assert.equal(earlier.status, 401, 'the citizen session of the browser has ended');
      const person = await t.database.db
        .selectFrom('person')
        .select('id')
        .where('personal_identity_code', '=', code)
        .executeTakeFirstOrThrow();
      const ended = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_id', 'details'])
        .where('action', '=', 'session.sign_out')
        .where('subject_person_id', '=', person.id)
        .execute();
      assert.equal(ended.length, 1);
      assert.equal(ended[0]?.actor_id, person.id);
      assert.equal((ended[0]?.details as { reason?: string } | null)?.reason, 'signed_in_again');
    });

    test('the returnTo of a sign-in can only be a path of the same app', async () => {
      const leaving = [
        'https://evil.example/',
        '//evil.example/',
        '/\t/evil.example/phish', // a browser drops the tab: //evil.example/phish
        '/\\evil.example/', // and reads the backslash as a slash
        '/\n/evil.example/',
        '/x/../staff/',
        '/staff/',
      ];
      for (const returnTo of leaving) {
        const jar = new CookieJar();
        await navigate(jar, `${appUrl}/api/v1/auth/citizen/login?returnTo=${encodeURIComponent(returnTo)}`, {
          stopAt: (url) => url.origin !== appUrl,
        });
        const row = await t.database.db
          .selectFrom('oidc_login')
          .select('return_to')
          .orderBy('created_at', 'desc')
          .executeTakeFirst();
        assert.equal(row?.return_to, '/', JSON.stringify(returnTo));
      }
      // A path of the app, with its query and fragment, is kept as it was.
      assert.equal(
        safeReturnTo('citizen', '/applications/1?tab=messages#m-2'),
        '/applications/1?tab=messages#m-2',
      );
      assert.equal(safeReturnTo('staff', '/staff/applications/1'), '/staff/applications/1');
      assert.equal(safeReturnTo('staff', '/applications/1'), '/staff/');
    });
  });
}

describe('OpenID Connect staff sign-in with roles kept in the database', () => {
  let provider: TestProvider;
  let t: TestApp;
  let appUrl: string;

  before(async () => {
    ({ provider, t, appUrl } = await startWithProvider('pglite'));
    await t.database.db
      .insertInto('staff_user')
      .values({
        username: 'maija',
        first_name: 'Maija',
        last_name: 'M',
        roles: ['social_worker'],
        email: null,
        external_id: null,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
  });
  after(async () => {
    await t.close();
    await provider.close();
  });

  test('the roles claim is ignored; the roles come from the staff user record', async () => {
    const jar = new CookieJar();
    const callback = await signInThroughProvider(
      jar,
      appUrl,
      'staff',
      'staff:maija:admin,auditor',
      '/staff/',
    );
    await navigate(jar, callback, { stopAt: (url) => !url.pathname.startsWith('/api/') });
    const session = await fetch(`${appUrl}/api/v1/session`, {
      headers: { cookie: jar.header(new URL(appUrl)) },
    });
    const body = (await session.json()) as SessionBody;
    assert.equal(body.staffUser.username, 'maija');
    assert.deepEqual(body.staffUser.roles, ['social_worker']);
  });
});
