// verifyAuditTrail: auditors verify the chain of a running system through the API; the call is audited, reads
// the chain in batches while the system goes on appending, and names the first broken row.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { recordAudit, systemAuditContext } from '../src/audit/audit-log.ts';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import type { Db } from '../src/db/database.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { devSignIn, useTestApp } from './helpers/test-app.ts';
import { countRows, databaseBackends } from './helpers/test-database.ts';

const citizen = demoCitizens[0]?.personalIdentityCode ?? '';

async function writeRows(db: Db, n: number, prefix: string): Promise<void> {
  for (let i = 1; i <= n; i += 1) {
    await recordAudit(db, systemAuditContext, { action: `test.${prefix}_${i}` }, new Date());
  }
}

for (const backend of databaseBackends) {
  describe(`verifyAuditTrail (${backend})`, () => {
    const t = useTestApp(backend);
    let auditor: { cookie: string; csrfToken: string };

    before(async () => {
      await devSignIn(t, { personalIdentityCode: citizen });
      auditor = await devSignIn(t, { username: 'auditor' });
    });

    const verify = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/audit-events/verify', headers });
    const asAuditor = (requestId: string) =>
      verify({ cookie: auditor.cookie, 'x-csrf-token': auditor.csrfToken, 'x-request-id': requestId });

    test('not signed in: 401; a citizen and every staff role but auditor: 403', async () => {
      assert.equal((await verify({})).statusCode, 401);
      const people = [
        await devSignIn(t, { personalIdentityCode: citizen }),
        ...(await Promise.all(
          ['handler', 'social_worker', 'supervisor', 'admin', 'payer'].map((username) =>
            devSignIn(t, { username }),
          ),
        )),
      ];
      for (const who of people) {
        const response = await verify({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });
        assert.equal(response.statusCode, 403, response.body);
        assert.equal(response.json().status, 403);
      }
    });

    test('the auditor without the CSRF token: 403', async () => {
      const response = await verify({ cookie: auditor.cookie });
      assert.equal(response.statusCode, 403, response.body);
    });

    test('the auditor: every row checked, and the call audited after the check', async () => {
      const rows = await countRows(t.database.db, 'audit_event');
      const response = await asAuditor('verify-ok');
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.ok, true);
      assert.equal(body.rowsChecked, rows);
      assert.equal(body.firstBroken, null);
      const row = await t.database.db
        .selectFrom('audit_event')
        .innerJoin('staff_user', (join) =>
          join.on(sql<string>`staff_user.id::text`, '=', sql.ref('audit_event.actor_id')),
        )
        .select(['audit_event.seq', 'action', 'actor_type', 'username', 'details'])
        .where('request_id', '=', 'verify-ok')
        .executeTakeFirstOrThrow();
      assert.equal(row.action, 'audit.verify');
      assert.equal(row.actor_type, 'staff');
      assert.equal(row.username, 'auditor');
      assert.equal(Number(row.seq), rows + 1, 'written after the rows it verified');
      assert.deepEqual(row.details, { ok: true, rowsChecked: rows, firstBrokenSeq: null });
    });

    test('an API client with audit:read may verify; without the scope: 403', async () => {
      const reader = await createApiClientAndToken(t, ['audit:read']);
      const allowed = await verify({ authorization: reader.authorization });
      assert.equal(allowed.statusCode, 200, allowed.body);
      assert.equal(allowed.json().ok, true);
      const other = await createApiClientAndToken(t, ['statistics:read']);
      assert.equal((await verify({ authorization: other.authorization })).statusCode, 403);
    });

    test('rows appended while the chain is read in small batches do not break the verification', async () => {
      const db = t.database.db;
      const rows = await countRows(db, 'audit_event');
      const [report] = await Promise.all([verifyAuditChain(db, 3), writeRows(db, 30, 'meanwhile')]);
      assert.equal(report.ok, true, JSON.stringify(report));
      assert.ok(report.rowsChecked >= rows, `${report.rowsChecked} ≥ ${rows}`);
      assert.ok(report.rowsChecked <= rows + 30);
      assert.deepEqual(await verifyAuditChain(db, 7), { ok: true, rowsChecked: rows + 30 });
    });

    test('a tampered row is reported as the first broken one, and that verification is audited', async () => {
      const db = t.database.db;
      const target = await db
        .selectFrom('audit_event')
        .select(['seq', 'id'])
        .where('action', '=', 'test.meanwhile_5')
        .executeTakeFirstOrThrow();
      await sql`alter table audit_event disable trigger user`.execute(db);
      try {
        await sql`update audit_event set action = 'test.forged' where seq = ${target.seq}`.execute(db);
      } finally {
        await sql`alter table audit_event enable trigger user`.execute(db);
      }
      const response = await asAuditor('verify-broken');
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.ok, false);
      assert.equal(body.rowsChecked, Number(target.seq) - 1);
      assert.deepEqual(body.firstBroken, {
        seq: Number(target.seq),
        id: target.id,
        problem: 'its content does not match its hash',
      });
      const row = await db
        .selectFrom('audit_event')
        .select(['action', 'details'])
        .where('request_id', '=', 'verify-broken')
        .executeTakeFirstOrThrow();
      assert.equal(row.action, 'audit.verify');
      assert.deepEqual(row.details, {
        ok: false,
        rowsChecked: Number(target.seq) - 1,
        firstBrokenSeq: Number(target.seq),
      });
    });
  });
}
