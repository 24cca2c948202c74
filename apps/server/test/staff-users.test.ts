// Staff user management: who may list (admins everything, the handling roles their colleagues), create (409 on a
// taken username) and update (If-Match: 428/412; last admin and self-deactivation: 409); audit rows; deactivation
// ends the user's sessions and refuses their sign-in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Caller, call, signIn, signInAgain, useCaller } from './helpers/applications.ts';
import { matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const BASE = '/api/v1/staff-users';

interface ListItem {
  id: string;
  firstName: string;
  lastName: string;
  roles: string[];
  username?: string;
  email?: string | null;
  active?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

for (const backend of databaseBackends) {
  describe(`staff users (${backend})`, () => {
    const t = useTestApp(backend);
    const admin = useCaller(t, { username: 'admin' });
    const admin2 = useCaller(t, { username: 'admin2' });
    const handler = useCaller(t, { username: 'handler' });
    const supervisor = useCaller(t, { username: 'supervisor' });
    const socialWorker = useCaller(t, { username: 'social_worker' });
    const auditor = useCaller(t, { username: 'auditor' });
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });

    const create = (caller: Caller | undefined, payload: object) =>
      call(t, caller, 'POST', BASE, { payload });
    const update = (caller: Caller | undefined, id: string, payload: object, etag?: string) =>
      call(t, caller, 'PATCH', `${BASE}/${id}`, {
        payload,
        ...(etag !== undefined ? { headers: { 'if-match': etag } } : {}),
      });
    const get = (caller: Caller | undefined, id: string) => call(t, caller, 'GET', `${BASE}/${id}`);
    const etagOf = async (id: string) => {
      const response = await get(admin, id);
      assert.equal(response.statusCode, 200, response.body);
      return String(response.headers.etag);
    };
    const auditRows = (action: string, objectId: string) =>
      t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', action)
        .where('object_id', '=', objectId)
        .orderBy('seq')
        .execute();
    const detailsOf = (row: { details: unknown }) =>
      (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;
    /** The second admin approves the role grant waiting for this user; returns the user's new ETag. */
    async function approveGrantOf(userId: string, approver: Caller = admin2): Promise<string> {
      const pending = await call(t, approver, 'GET', '/api/v1/approvals');
      assert.equal(pending.statusCode, 200, pending.body);
      const grant = (pending.json().items as { kind: string; id: string; staffUser?: { id: string } }[]).find(
        (item) => item.kind === 'staff_role_grant' && item.staffUser?.id === userId,
      );
      assert.ok(grant, 'the grant is listed');
      const approved = await call(t, approver, 'POST', `/api/v1/staff-role-grants/${grant.id}/approval`);
      assert.equal(approved.statusCode, 200, approved.body);
      return String(approved.headers.etag);
    }
    /** A new user with these roles (the privileged ones approved by the second admin). */
    async function newUser(
      username: string,
      roles: string[],
      names = { firstName: 'Testi', lastName: username },
    ) {
      const response = await create(admin, { username, ...names, roles });
      assert.equal(response.statusCode, 201, response.body);
      const user = response.json() as ListItem & { id: string; pendingRoles: string[] };
      if (user.pendingRoles.length === 0) return { user, etag: String(response.headers.etag) };
      const etag = await approveGrantOf(user.id);
      return { user: (await get(admin, user.id)).json() as ListItem & { id: string }, etag };
    }

    test('listStaffUsers: an admin sees every user with every field, by last and first name', async () => {
      const inactive = await newUser('lista.poissa', ['handler'], {
        firstName: 'Aino',
        lastName: 'Aaltonen',
      });
      const ok = await update(admin, inactive.user.id, { active: false }, inactive.etag);
      assert.equal(ok.statusCode, 200, ok.body);

      const response = await call(t, admin, 'GET', BASE);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      const items = (response.json() as { items: ListItem[] }).items;
      const usernames = items.map((item) => item.username);
      for (const name of ['admin', 'handler', 'social_worker', 'supervisor', 'auditor', 'lista.poissa']) {
        assert.ok(usernames.includes(name), `${name} is listed`);
      }
      const found = items.find((item) => item.username === 'lista.poissa');
      assert.equal(found?.active, false, 'inactive users are listed for admins');
      const first = items[0];
      assert.ok(first);
      assert.deepEqual(Object.keys(first).sort(), [
        'active',
        'createdAt',
        'email',
        'firstName',
        'id',
        'lastName',
        'pendingRoles',
        'roles',
        'updatedAt',
        'username',
      ]);
      const collator = new Intl.Collator('fi', { sensitivity: 'base' });
      const sorted = [...items].sort(
        (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
      );
      assert.deepEqual(
        items.map((item) => item.id),
        sorted.map((item) => item.id),
      );
    });

    test('listStaffUsers: the handling roles see active colleagues who handle cases, names and roles only', async () => {
      for (const caller of [handler, supervisor, socialWorker]) {
        const response = await call(t, caller, 'GET', BASE);
        assert.equal(response.statusCode, 200, response.body);
        const items = (response.json() as { items: ListItem[] }).items;
        for (const item of items) {
          assert.deepEqual(Object.keys(item).sort(), ['firstName', 'id', 'lastName', 'roles']);
          assert.ok(item.roles.some((role) => ['handler', 'social_worker', 'supervisor'].includes(role)));
        }
        const ids = items.map((item) => item.id);
        assert.ok(ids.includes(handler.id) && ids.includes(supervisor.id) && ids.includes(socialWorker.id));
        assert.ok(!ids.includes(admin.id), 'an admin without a handling role is not a colleague');
        assert.ok(!ids.includes(auditor.id));
        const inactive = await t.database.db
          .selectFrom('staff_user')
          .select('id')
          .where('active', '=', false)
          .execute();
        for (const row of inactive) assert.ok(!ids.includes(row.id), 'inactive users are not listed');
      }
    });

    test('listStaffUsers: auditor and citizen 403, nobody 401', async () => {
      assert.equal((await call(t, auditor, 'GET', BASE)).statusCode, 403);
      const denied = await call(t, citizen, 'GET', BASE);
      assert.equal(denied.statusCode, 403);
      assert.match(String(denied.headers['content-type']), /application\/problem\+json/);
      assert.equal((await call(t, undefined, 'GET', BASE)).statusCode, 401);
    });

    test('createStaffUser: 201 with ETag and Location, audited; handling roles wait for another admin', async () => {
      const response = await create(admin, {
        username: 'uusi.kayttaja',
        firstName: 'Uusi',
        lastName: 'Käyttäjä',
        email: 'uusi@tuki.example',
        roles: ['handler', 'social_worker'],
      });
      assert.equal(response.statusCode, 201, response.body);
      const user = response.json();
      assert.match(String(response.headers.etag), new RegExp(`^"${user.id}:[A-Za-z0-9_-]+"$`));
      assert.equal(response.headers.location, `${BASE}/${user.id}`);
      assert.equal(user.username, 'uusi.kayttaja');
      assert.equal(user.firstName, 'Uusi');
      assert.equal(user.lastName, 'Käyttäjä');
      assert.equal(user.email, 'uusi@tuki.example');
      assert.deepEqual(user.roles, [], 'the handling roles are not given yet');
      assert.deepEqual(user.pendingRoles, ['handler', 'social_worker']);
      assert.equal(user.active, true);
      assert.equal(user.createdAt, t.clock.now().toISOString());

      const audit = await auditRows('staff_user.create', user.id);
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_type, 'staff');
      assert.equal(audit[0]?.actor_id, admin.id);
      assert.equal(audit[0]?.object_type, 'staff_user');
      assert.equal(audit[0]?.outcome, 'success');
      assert.ok(audit[0]?.request_id);
      assert.deepEqual(detailsOf(audit[0] as { details: unknown }).roles, []);
      assert.deepEqual(detailsOf(audit[0] as { details: unknown }).rolesAwaitingApproval, [
        'handler',
        'social_worker',
      ]);

      const got = await get(admin, user.id);
      assert.equal(got.statusCode, 200);
      assert.equal(got.headers.etag, response.headers.etag, 'getStaffUser gives the same ETag');
      assert.deepEqual(got.json().pendingRoles, ['handler', 'social_worker']);

      // The user can sign in but handles no case until another admin approves.
      const signedIn = await signIn(t, { username: 'uusi.kayttaja' });
      assert.equal(signedIn.id, user.id);
      assert.equal((await call(t, signedIn, 'GET', '/api/v1/applications')).statusCode, 403);

      const mine = (await call(t, admin, 'GET', '/api/v1/approvals')).json().items as {
        kind: string;
        id: string;
        staffUser?: { id: string };
        roles?: string[];
        requestedBy: { id: string };
        mayApprove: boolean;
      }[];
      const grant = mine.find((item) => item.staffUser?.id === user.id);
      assert.ok(grant);
      assert.equal(grant.kind, 'staff_role_grant');
      assert.deepEqual(grant.roles, ['handler', 'social_worker']);
      assert.equal(grant.requestedBy.id, admin.id);
      assert.equal(grant.mayApprove, false, 'the admin who asked may not approve');
      const own = await call(t, admin, 'POST', `/api/v1/staff-role-grants/${grant.id}/approval`);
      assert.equal(own.statusCode, 403, own.body);
      assert.equal(own.json().type, 'https://tuki.example/problems/cannot-approve-own-request');
      assert.equal(
        (await call(t, handler, 'POST', `/api/v1/staff-role-grants/${grant.id}/approval`)).statusCode,
        403,
      );
      assert.deepEqual((await get(admin, user.id)).json().roles, []);

      await approveGrantOf(user.id);
      const approved = await get(admin, user.id);
      assert.deepEqual(approved.json().roles, ['handler', 'social_worker']);
      assert.deepEqual(approved.json().pendingRoles, []);
      assert.equal((await call(t, signedIn, 'GET', '/api/v1/applications')).statusCode, 200);
      const approval = await auditRows('staff_role_grant.approve', grant.id);
      assert.equal(approval.length, 1);
      assert.equal(approval[0]?.actor_id, admin2.id);
      const details = detailsOf(approval[0] as { details: unknown });
      assert.equal(details.requestedBy, admin.id);
      assert.equal(details.approvedBy, admin2.id);
      assert.deepEqual(details.roles, ['handler', 'social_worker']);
      const again = await call(t, admin2, 'POST', `/api/v1/staff-role-grants/${grant.id}/approval`);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://tuki.example/problems/not-pending');
    });

    test('updateStaffUser: an auditing role waits; the user it is for cannot approve; reject and cancel', async () => {
      const { user, etag } = await newUser('odottava', []);
      // admin2 asks for the admin: the admin cannot approve roles for themselves.
      const adminEtag = await etagOf(admin.id);
      const forAdmin = await update(admin2, admin.id, { roles: ['admin', 'auditor'] }, adminEtag);
      assert.equal(forAdmin.statusCode, 200, forAdmin.body);
      assert.deepEqual(forAdmin.json().roles, ['admin']);
      assert.deepEqual(forAdmin.json().pendingRoles, ['auditor']);
      const list = (await call(t, admin, 'GET', '/api/v1/approvals')).json().items as {
        id: string;
        staffUser?: { id: string };
        mayApprove: boolean;
      }[];
      const forMe = list.find((item) => item.staffUser?.id === admin.id);
      assert.ok(forMe);
      assert.equal(forMe.mayApprove, false);
      const self = await call(t, admin, 'POST', `/api/v1/staff-role-grants/${forMe.id}/approval`);
      assert.equal(self.statusCode, 403);
      assert.match(self.json().detail, /for you/);
      // Another request for the same user while one waits: 409.
      const twice = await update(
        admin2,
        admin.id,
        { roles: ['admin', 'supervisor'] },
        String(forAdmin.headers.etag),
      );
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().type, 'https://tuki.example/problems/role-grant-pending');
      // The admin rejects it: nothing changes, the rejection is audited.
      const rejected = await call(t, admin, 'POST', `/api/v1/staff-role-grants/${forMe.id}/rejection`);
      assert.equal(rejected.statusCode, 204, rejected.body);
      assert.deepEqual((await get(admin, admin.id)).json().roles, ['admin']);
      assert.equal((await auditRows('staff_role_grant.reject', forMe.id)).length, 1);

      // The admin who asked cancels their own request.
      const asked = await update(admin, user.id, { roles: ['auditor'] }, etag);
      assert.equal(asked.statusCode, 200, asked.body);
      const grantId = (
        (await call(t, admin, 'GET', '/api/v1/approvals')).json().items as {
          id: string;
          staffUser?: { id: string };
        }[]
      ).find((item) => item.staffUser?.id === user.id)?.id;
      assert.ok(grantId);
      assert.equal(
        (await call(t, admin, 'POST', `/api/v1/staff-role-grants/${grantId}/rejection`)).statusCode,
        204,
      );
      assert.equal((await auditRows('staff_role_grant.cancel', grantId)).length, 1);
      assert.deepEqual((await get(admin, user.id)).json().pendingRoles, []);
      assert.equal(
        (await call(t, admin2, 'POST', `/api/v1/staff-role-grants/${grantId}/approval`)).statusCode,
        409,
      );
    });

    test('createStaffUser: a taken username is 409 and nothing is audited', async () => {
      const before = await t.database.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'staff_user.create')
        .executeTakeFirstOrThrow();
      const response = await create(admin, { username: 'handler', firstName: 'A', lastName: 'B', roles: [] });
      assert.equal(response.statusCode, 409);
      const problem = response.json();
      assert.equal(problem.type, 'https://tuki.example/problems/username-taken');
      assert.equal(problem.errors[0].path, 'username');
      const afterCount = await t.database.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'staff_user.create')
        .executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
    });

    test('createStaffUser: invalid input is 400 with each field', async () => {
      const cases: [object, string][] = [
        [{ username: 'Iso.Kirjain', firstName: 'A', lastName: 'B', roles: [] }, 'username'],
        [{ username: 'väärä', firstName: 'A', lastName: 'B', roles: [] }, 'username'],
        [{ username: 'x'.repeat(101), firstName: 'A', lastName: 'B', roles: [] }, 'username'],
        [{ username: '', firstName: 'A', lastName: 'B', roles: [] }, 'username'],
        [{ username: 'ok', firstName: '  ', lastName: 'B', roles: [] }, 'firstName'],
        [{ username: 'ok', firstName: 'A', lastName: 'B', roles: ['king'] }, 'roles.0'],
        [{ username: 'ok', firstName: 'A', lastName: 'B', roles: ['admin', 'admin'] }, 'roles'],
        [{ username: 'ok', firstName: 'A', lastName: 'B', email: 'not-mail', roles: [] }, 'email'],
        [{ username: 'ok', firstName: 'A', roles: [] }, 'lastName'],
      ];
      for (const [payload, path] of cases) {
        const response = await create(admin, payload);
        assert.equal(response.statusCode, 400, `${JSON.stringify(payload)}: ${response.body}`);
        const paths = (response.json().errors as { path: string }[]).map((error) => error.path);
        assert.ok(paths.includes(path), `${JSON.stringify(payload)} names ${path}: ${paths.join(', ')}`);
      }
      const accepted = await create(admin, {
        username: 'a.b_c@d-e.9',
        firstName: 'Kelpo',
        lastName: 'Nimi',
        email: null,
        roles: [],
      });
      assert.equal(accepted.statusCode, 201, accepted.body);
    });

    test('createStaffUser and updateStaffUser: only admins (handler, supervisor, auditor, citizen 403; nobody 401)', async () => {
      const target = await newUser('kohde', ['handler']);
      const payload = { username: 'ei.lupaa', firstName: 'A', lastName: 'B', roles: ['admin'] };
      for (const caller of [handler, supervisor, socialWorker, auditor, citizen]) {
        assert.equal((await create(caller, payload)).statusCode, 403);
        assert.equal(
          (await update(caller, target.user.id, { roles: ['admin'] }, target.etag)).statusCode,
          403,
        );
        assert.equal((await get(caller, target.user.id)).statusCode, 403);
      }
      assert.equal((await create(undefined, payload)).statusCode, 401);
      assert.equal((await update(undefined, target.user.id, { active: false }, target.etag)).statusCode, 401);
      assert.equal((await get(undefined, target.user.id)).statusCode, 401);
      const noCsrf = await t.app.inject({
        method: 'POST',
        url: BASE,
        headers: { cookie: admin.cookie },
        payload,
      });
      assert.equal(noCsrf.statusCode, 403, 'the CSRF header is needed');
      const row = await t.database.db
        .selectFrom('staff_user')
        .select('roles')
        .where('id', '=', target.user.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row.roles, ['handler']);
      const missing = await t.database.db
        .selectFrom('staff_user')
        .select('id')
        .where('username', '=', 'ei.lupaa')
        .execute();
      assert.equal(missing.length, 0);
    });

    test('updateStaffUser: names, e-mail and roles change with a new ETag; audited with what changed', async () => {
      const { user, etag } = await newUser('muutettava', ['handler']);
      t.clock.advance(60_000);
      const response = await update(
        admin,
        user.id,
        { firstName: 'Muutettu', email: 'm@tuki.example', roles: ['supervisor', 'handler'] },
        etag,
      );
      assert.equal(response.statusCode, 200, response.body);
      const updated = response.json();
      assert.equal(updated.firstName, 'Muutettu');
      assert.equal(updated.lastName, 'muutettava', 'what was not given stays');
      assert.equal(updated.email, 'm@tuki.example');
      assert.deepEqual(updated.roles, ['handler'], 'the supervisor role waits for another admin');
      assert.deepEqual(updated.pendingRoles, ['supervisor']);
      assert.equal(updated.updatedAt, t.clock.now().toISOString());
      assert.notEqual(response.headers.etag, etag);
      assert.equal(response.headers.etag, await etagOf(user.id));

      const cleared = await update(admin, user.id, { email: null }, String(response.headers.etag));
      assert.equal(cleared.statusCode, 200, cleared.body);
      assert.equal(cleared.json().email, null);

      const audit = await auditRows('staff_user.update', user.id);
      assert.equal(audit.length, 2);
      assert.equal(audit[0]?.actor_id, admin.id);
      const details = detailsOf(audit[0] as { details: unknown });
      assert.deepEqual(details.changed, ['firstName', 'email']);
      assert.deepEqual(details.rolesAwaitingApproval, ['supervisor']);
      await approveGrantOf(user.id);
      assert.deepEqual((await get(admin, user.id)).json().roles, ['handler', 'supervisor']);
      const dropped = await update(admin, user.id, { roles: ['supervisor'] }, await etagOf(user.id));
      assert.equal(dropped.statusCode, 200, 'giving a role up needs nobody else');
      assert.deepEqual(dropped.json().roles, ['supervisor']);
      const dropAudit = await auditRows('staff_user.update', user.id);
      assert.deepEqual(detailsOf(dropAudit[2] as { details: unknown }).roles, {
        from: ['handler', 'supervisor'],
        to: ['supervisor'],
      });
      assert.deepEqual(detailsOf(audit[1] as { details: unknown }).changed, ['email']);

      assert.equal((await update(admin, user.id, {}, '*')).statusCode, 400, 'an empty change is 400');
      const unknown = await update(admin, '00000000-0000-4000-8000-000000000000', { active: true }, '*');
      assert.equal(unknown.statusCode, 404);
      assert.equal((await get(admin, '00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await update(admin, 'not-a-uuid', { active: true }, '*')).statusCode, 400);
    });

    test('updateStaffUser: If-Match is required (428) and a stale one is 412; nothing changes', async () => {
      const { user, etag } = await newUser('kilpailu', ['handler']);
      const missing = await update(admin, user.id, { lastName: 'Ilman' });
      assert.equal(missing.statusCode, 428);
      assert.equal(missing.json().type, 'https://tuki.example/problems/precondition-required');
      assert.equal(missing.json().title, 'Precondition required');

      const first = await update(admin, user.id, { lastName: 'Ensimmäinen' }, etag);
      assert.equal(first.statusCode, 200);
      const stale = await update(admin, user.id, { lastName: 'Toinen' }, etag);
      assert.equal(stale.statusCode, 412);
      assert.equal(stale.json().type, 'https://tuki.example/problems/stale-etag');
      assert.match(String(stale.headers['content-type']), /application\/problem\+json/);
      const weak = await update(admin, user.id, { lastName: 'Toinen' }, `W/${String(first.headers.etag)}`);
      assert.equal(weak.statusCode, 412, 'a weak tag never matches');
      const now = await get(admin, user.id);
      assert.equal(now.json().lastName, 'Ensimmäinen');
      assert.equal((await auditRows('staff_user.update', user.id)).length, 1);
    });

    test('updateStaffUser: deactivating ends the user’s sessions; they cannot sign in; reactivating lets them', async () => {
      const { user, etag } = await newUser('lahtija', ['handler']);
      const session1 = await signIn(t, { username: 'lahtija' });
      const session2 = await signIn(t, { username: 'lahtija' });
      assert.equal((await call(t, session1, 'GET', BASE)).statusCode, 200);

      const response = await update(admin, user.id, { active: false }, etag);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().active, false);

      const sessions = await t.database.db
        .selectFrom('session')
        .select(['revoked_at'])
        .where('staff_user_id', '=', user.id)
        .execute();
      assert.equal(sessions.length, 2);
      for (const session of sessions) assert.ok(session.revoked_at, 'every session is revoked');
      for (const session of [session1, session2]) {
        const after = await call(t, session, 'GET', BASE);
        assert.equal(after.statusCode, 401);
        assert.equal(after.json().type, 'https://tuki.example/problems/session-expired');
      }
      const signInAgain = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        payload: { username: 'lahtija' },
      });
      assert.equal(signInAgain.statusCode, 404, 'an inactive user cannot sign in');
      const accounts = await t.app.inject({ method: 'GET', url: '/api/v1/session/dev-accounts' });
      assert.ok(!accounts.body.includes('lahtija'), 'nor is offered in the development sign-in');

      const audit = await auditRows('staff_user.update', user.id);
      const details = detailsOf(audit[0] as { details: unknown });
      assert.deepEqual(details.active, { from: true, to: false });
      assert.equal(details.sessionsRevoked, 2);

      const back = await update(admin, user.id, { active: true }, String(response.headers.etag));
      assert.equal(back.statusCode, 200);
      const again = await signIn(t, { username: 'lahtija' });
      assert.equal((await call(t, again, 'GET', BASE)).statusCode, 200);
    });

    test('updateStaffUser: the last active admin keeps the role and stays active (409); nobody deactivates themselves', async () => {
      // The seeded second admin is away for this test.
      const away = await update(admin, admin2.id, { active: false }, await etagOf(admin2.id));
      assert.equal(away.statusCode, 200, away.body);
      const adminEtag = await etagOf(admin.id);
      const self = await update(admin, admin.id, { active: false }, adminEtag);
      assert.equal(self.statusCode, 409);
      assert.equal(self.json().type, 'https://tuki.example/problems/cannot-deactivate-self');
      assert.equal(self.json().errors[0].path, 'active');

      const lastAdmin = await update(admin, admin.id, { roles: ['handler'] }, adminEtag);
      assert.equal(lastAdmin.statusCode, 409);
      assert.equal(lastAdmin.json().type, 'https://tuki.example/problems/last-admin');
      assert.match(lastAdmin.json().detail, /last active admin/);
      assert.equal(lastAdmin.json().errors[0].path, 'roles');
      assert.equal((await update(admin, admin.id, { roles: [] }, adminEtag)).statusCode, 409);

      // Nor does an admin give themselves a role that reads cases: another admin has to.
      const grant = await update(admin, admin.id, { roles: ['admin', 'supervisor'] }, adminEtag);
      assert.equal(grant.statusCode, 409);
      assert.equal(grant.json().type, 'https://tuki.example/problems/cannot-grant-self');
      assert.equal(grant.json().errors[0].path, 'roles');
      assert.deepEqual((await call(t, admin, 'GET', `${BASE}/${admin.id}`)).json().roles, ['admin']);

      // A second admin: now the first may give up the role, and the second becomes the last one.
      const second = await newUser('toinen.admin', ['admin']);
      const secondAdmin = await signIn(t, { username: 'toinen.admin' });
      const dropped = await update(secondAdmin, admin.id, { roles: ['admin', 'handler'] }, adminEtag);
      assert.equal(dropped.statusCode, 200, 'another admin asks for the role; keeping admin is fine');
      assert.deepEqual(dropped.json().pendingRoles, ['handler']);
      const firstDrop = await update(secondAdmin, admin.id, { roles: [] }, String(dropped.headers.etag));
      assert.equal(firstDrop.statusCode, 200, firstDrop.body);
      const secondEtag = await (async () => {
        const response = await call(t, secondAdmin, 'GET', `${BASE}/${second.user.id}`);
        return String(response.headers.etag);
      })();
      const refused = await update(secondAdmin, second.user.id, { roles: ['auditor'] }, secondEtag);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'https://tuki.example/problems/last-admin');
      assert.equal(
        (await call(t, admin, 'GET', `${BASE}/${second.user.id}`)).statusCode,
        403,
        'no longer admin',
      );

      // An inactive admin does not count: a third admin, deactivated, does not let the second one go.
      const byFormerAdmin = await create(admin, {
        username: 'x.y',
        firstName: 'X',
        lastName: 'Y',
        roles: [],
      });
      assert.equal(byFormerAdmin.statusCode, 403, 'without the role, no more user management');
      const thirdByAdmin = await call(t, secondAdmin, 'POST', BASE, {
        payload: { username: 'kolmas.admin', firstName: 'K', lastName: 'A', roles: ['admin'] },
      });
      assert.equal(thirdByAdmin.statusCode, 201);
      const thirdId = thirdByAdmin.json().id as string;
      const off = await update(secondAdmin, thirdId, { active: false }, String(thirdByAdmin.headers.etag));
      assert.equal(off.statusCode, 200);
      assert.equal(
        (await update(secondAdmin, second.user.id, { roles: ['auditor'] }, secondEtag)).statusCode,
        409,
        'an inactive admin does not count',
      );
      // The last admin may deactivate another admin while staying one, and change their own names.
      const renamed = await update(secondAdmin, second.user.id, { firstName: 'Viimeinen' }, secondEtag);
      assert.equal(renamed.statusCode, 200, renamed.body);
      // Restore the first admin for the other tests.
      const restored = await update(
        secondAdmin,
        admin.id,
        { roles: ['admin'] },
        await (async () => {
          const response = await call(t, secondAdmin, 'GET', `${BASE}/${admin.id}`);
          return String(response.headers.etag);
        })(),
      );
      assert.equal(restored.statusCode, 200);
      const waiting = (
        (await call(t, secondAdmin, 'GET', '/api/v1/approvals')).json().items as {
          id: string;
          staffUser?: { id: string };
        }[]
      ).find((item) => item.staffUser?.id === admin.id);
      assert.ok(waiting);
      const cancelled = await call(
        t,
        secondAdmin,
        'POST',
        `/api/v1/staff-role-grants/${waiting.id}/rejection`,
      );
      assert.equal(cancelled.statusCode, 204);
      const back = await update(secondAdmin, admin2.id, { active: true }, await etagOf(admin2.id));
      assert.equal(back.statusCode, 200, back.body);
      await signInAgain(t, [admin2]);
    });

    test('the conflict checks come before the precondition: 409 even with a stale If-Match', async () => {
      const stale = `"${admin.id}:old"`;
      assert.equal((await update(admin, admin.id, { active: false }, stale)).statusCode, 409);
      const { user } = await newUser('vanha.tagi', []);
      assert.equal((await update(admin, user.id, { active: false }, stale)).statusCode, 412);
    });
  });
}
