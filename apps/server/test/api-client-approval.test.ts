// Two people for an API client that reads personal data: the admin who creates it cannot approve it, its secret
// gets no token and its tokens are refused until another admin approves; then its reads are audited with the
// client and both admins. Adding such a scope or making a new secret asks again; a rejection stops it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApiScope } from '@tuki/domain';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { basicAuthorization, TOKEN_URL } from './helpers/api-client.ts';
import { type Caller, call, insertApplication, signIn, useCaller } from './helpers/applications.ts';
import { matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { createTestDatabase, databaseBackends } from './helpers/test-database.ts';

const CLIENTS = '/api/v1/api-clients';
const APPROVALS = '/api/v1/approvals';

interface Pending {
  kind: string;
  id: string;
  name?: string;
  scopes?: string[];
  etag?: string;
  requestedBy: { id: string } | null;
  mayApprove: boolean;
}

for (const backend of databaseBackends) {
  describe(`API client approval (${backend})`, () => {
    const t = useTestApp(backend);
    const admin = useCaller(t, { username: 'admin' });
    const admin2 = useCaller(t, { username: 'admin2' });
    let applicationId: string;

    const post = (caller: Caller, url: string, headers: Record<string, string> = {}, payload?: object) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken, ...headers },
        ...(payload ? { payload } : {}),
      });
    const patch = (caller: Caller, id: string, payload: object, etag: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `${CLIENTS}/${id}`,
        headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken, 'if-match': etag },
        payload,
      });
    const tokenOf = (id: string, secret: string) =>
      t.app.inject({
        method: 'POST',
        url: TOKEN_URL,
        headers: {
          authorization: basicAuthorization(id, secret),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'grant_type=client_credentials',
      });
    const readCase = (token: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${applicationId}`,
        headers: { authorization: `Bearer ${token}` },
      });
    const pendingFor = async (caller: Caller) => {
      const response = await call(t, caller, 'GET', APPROVALS);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Pending[];
    };
    const detailsOf = (row: { details: unknown }) =>
      (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;
    async function register(caller: Caller, scopes: string[]) {
      const response = await post(caller, CLIENTS, {}, { name: 'Arkisto', contact: 'a@example.org', scopes });
      assert.equal(response.statusCode, 201, response.body);
      const body = response.json() as {
        client: { id: string; approval: { state: string; requestedBy: string | null } };
        clientSecret: string;
      };
      return { ...body, etag: String(response.headers.etag) };
    }

    before(async () => {
      const citizen = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      applicationId = await insertApplication(t, citizen.id, { referenceNumber: 'AP-2026-000001' });
    });

    test('pending until another admin approves; the creator cannot; reads are audited with both admins', async () => {
      const { client, clientSecret, etag } = await register(admin, ['applications:read', 'statistics:read']);
      assert.equal(client.approval.state, 'pending');
      assert.equal(client.approval.requestedBy, admin.id);

      const refused = await tokenOf(client.id, clientSecret);
      assert.equal(refused.statusCode, 400, refused.body);
      assert.equal(refused.json().error, 'unauthorized_client');
      assert.match(refused.json().error_description, /second admin/);
      assert.equal(
        (await tokenOf(client.id, 'tuki_cs_wrong')).statusCode,
        401,
        'a wrong secret learns nothing',
      );

      const seenByCreator = (await pendingFor(admin)).find((item) => item.id === client.id);
      assert.ok(seenByCreator, 'the creator sees it waiting');
      assert.equal(seenByCreator.kind, 'api_client');
      assert.deepEqual(seenByCreator.scopes, ['applications:read']);
      assert.equal(seenByCreator.requestedBy?.id, admin.id);
      assert.equal(seenByCreator.mayApprove, false);
      const seenBySecond = (await pendingFor(admin2)).find((item) => item.id === client.id);
      assert.equal(seenBySecond?.mayApprove, true);
      assert.equal(seenBySecond?.etag, etag);

      const own = await post(admin, `${CLIENTS}/${client.id}/approval`, { 'if-match': etag });
      assert.equal(own.statusCode, 403, own.body);
      assert.equal(own.json().type, 'https://tuki.example/problems/cannot-approve-own-request');
      assert.match(own.json().detail, /another admin must approve/);
      const handler = await signIn(t, { username: 'handler' });
      assert.equal(
        (await post(handler, `${CLIENTS}/${client.id}/approval`, { 'if-match': etag })).statusCode,
        403,
      );
      assert.equal((await post(admin2, `${CLIENTS}/${client.id}/approval`)).statusCode, 428);
      const stale = await post(admin2, `${CLIENTS}/${client.id}/approval`, {
        'if-match': `"${client.id}:0"`,
      });
      assert.equal(stale.statusCode, 412);
      assert.equal((await tokenOf(client.id, clientSecret)).statusCode, 400, 'still waiting');

      const approved = await post(admin2, `${CLIENTS}/${client.id}/approval`, { 'if-match': etag });
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json().approval.state, 'approved');
      assert.equal(approved.json().approval.decidedBy, admin2.id);
      assert.equal(
        (await pendingFor(admin2)).some((item) => item.id === client.id),
        false,
      );
      const again = await post(admin2, `${CLIENTS}/${client.id}/approval`, {
        'if-match': String(approved.headers.etag),
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://tuki.example/problems/not-pending');

      const approvalAudit = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'api_client.approve')
        .where('object_id', '=', client.id)
        .execute();
      assert.equal(approvalAudit.length, 1);
      assert.equal(approvalAudit[0]?.actor_id, admin2.id);
      assert.deepEqual(
        { ...detailsOf(approvalAudit[0] as { details: unknown }), scopes: undefined },
        { scopes: undefined, createdBy: admin.id, requestedBy: admin.id, approvedBy: admin2.id },
      );

      const token = await tokenOf(client.id, clientSecret);
      assert.equal(token.statusCode, 200, token.body);
      const accessToken = token.json().access_token as string;
      const read = await readCase(accessToken);
      assert.equal(read.statusCode, 200, read.body);
      const reads = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('actor_id', '=', client.id)
        .execute();
      assert.ok(reads.length > 0, 'the read is audited');
      for (const row of reads) {
        assert.equal(row.actor_type, 'api_client');
        assert.deepEqual(detailsOf(row).grantedBy, {
          createdBy: admin.id,
          requestedBy: admin.id,
          approvedBy: admin2.id,
        });
      }
      assert.ok(reads.some((row) => row.subject_person_id !== null && row.object_id === applicationId));
      // An auditor who looks up either admin finds the client's reads too.
      const auditor = await signIn(t, { username: 'auditor' });
      for (const username of ['admin', 'admin2']) {
        const trail = await call(
          t,
          auditor,
          'GET',
          `/api/v1/audit-events?actorUsername=${username}&limit=200`,
        );
        assert.equal(trail.statusCode, 200, trail.body);
        const items = trail.json().items as {
          actor: { type: string; id: string };
          objectId: string | null;
        }[];
        assert.ok(
          items.some((item) => item.actor.type === 'api_client' && item.actor.id === client.id),
          `${username}: the client's reads are in their trail`,
        );
      }

      // A privileged scope added (by the second admin): waiting again, also the token already issued.
      const added = await patch(
        admin2,
        client.id,
        { scopes: ['applications:read', 'statistics:read', 'gdpr:read'] },
        String(approved.headers.etag),
      );
      assert.equal(added.statusCode, 200, added.body);
      assert.equal(added.json().approval.state, 'pending');
      assert.equal(added.json().approval.requestedBy, admin2.id);
      assert.equal((await readCase(accessToken)).statusCode, 401);
      assert.equal(
        (await post(admin2, `${CLIENTS}/${client.id}/approval`, { 'if-match': String(added.headers.etag) }))
          .statusCode,
        403,
        'now the second admin asked',
      );
      // Without the personal-data scopes it needs no approval and works.
      const plain = await patch(
        admin,
        client.id,
        { scopes: ['statistics:read'] },
        String(added.headers.etag),
      );
      assert.equal(plain.statusCode, 200, plain.body);
      assert.equal(plain.json().approval.state, 'not_required');
      assert.equal((await tokenOf(client.id, clientSecret)).statusCode, 200);
    });

    test('a client without personal-data scopes needs no approval', async () => {
      const { client, clientSecret } = await register(admin, ['statistics:read', 'events:manage']);
      assert.equal(client.approval.state, 'not_required');
      assert.equal((await tokenOf(client.id, clientSecret)).statusCode, 200);
      assert.equal(
        (await pendingFor(admin2)).some((item) => item.id === client.id),
        false,
      );
    });

    test('rejected: no tokens; the creator withdraws; a new secret asks again', async () => {
      const first = await register(admin, ['gdpr:read']);
      const rejected = await post(admin2, `${CLIENTS}/${first.client.id}/rejection`, {
        'if-match': first.etag,
      });
      assert.equal(rejected.statusCode, 200, rejected.body);
      assert.equal(rejected.json().approval.state, 'rejected');
      const refused = await tokenOf(first.client.id, first.clientSecret);
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json().error_description, /rejected/);
      assert.equal(
        (
          await post(admin2, `${CLIENTS}/${first.client.id}/approval`, {
            'if-match': String(rejected.headers.etag),
          })
        ).statusCode,
        409,
      );
      const rotated = await post(admin, `${CLIENTS}/${first.client.id}/secret`);
      assert.equal(rotated.statusCode, 200, rotated.body);
      assert.equal(rotated.json().client.approval.state, 'pending');
      assert.equal(rotated.json().client.approval.requestedBy, admin.id);

      const second = await register(admin, ['decisions:read']);
      const withdrawn = await post(admin, `${CLIENTS}/${second.client.id}/rejection`);
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const audit = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'api_client.reject')
        .where('object_id', '=', second.client.id)
        .executeTakeFirstOrThrow();
      assert.equal(detailsOf(audit).withdrawn, true);
    });

    test('the database refuses an approval by the admin who asked, whatever the code does', async () => {
      const { client } = await register(admin, ['audit:read']);
      await assert.rejects(
        t.database.db
          .updateTable('api_client')
          .set({ approval: 'approved', approval_decided_by: admin.id, approval_decided_at: t.clock.now() })
          .where('id', '=', client.id)
          .execute(),
        /api_client_approval_by_another/,
      );
    });
  });
}

for (const backend of databaseBackends) {
  test(`migration 0026 makes the clients that read personal data wait for a second admin (${backend})`, async () => {
    const database = await createTestDatabase(backend, { migrate: false });
    try {
      const all = readMigrations();
      await migrate(
        database,
        all.filter((m) => m.version < 26),
      );
      const { db } = database;
      const creator = await db
        .insertInto('staff_user')
        .values({
          username: 'vanha.admin',
          first_name: 'V',
          last_name: 'A',
          roles: ['admin'],
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const client = (name: string, scopes: ApiScope[]) =>
        db
          .insertInto('api_client')
          .values({
            name,
            contact: 'c@example.org',
            scopes,
            secret_hash: 'scrypt$x',
            created_by: creator.id,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
            secret_rotated_at: '2026-01-01T00:00:00Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
      const reader = await client('Lukija', ['applications:read', 'events:manage']);
      const stats = await client('Tilastot', ['statistics:read', 'events:manage']);
      assert.equal((await migrate(database))[0], '0026_privileged_grant_approval');
      const rows = await db.selectFrom('api_client').selectAll().orderBy('name').execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      assert.equal(byId.get(reader.id)?.approval, 'pending');
      assert.equal(byId.get(reader.id)?.approval_requested_by, creator.id);
      assert.equal(byId.get(stats.id)?.approval, 'not_required');
      const audit = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'api_client.approval_request')
        .execute();
      assert.deepEqual(
        audit.map((row) => [row.actor_type, row.object_id]),
        [['system', reader.id]],
      );
    } finally {
      await database.close();
    }
  });
}
