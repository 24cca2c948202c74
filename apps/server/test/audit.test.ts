import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { sql } from 'kysely';
import { recordAudit, systemAuditContext } from '../src/audit/audit-log.ts';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { type Db, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { staffUserId } from './helpers/cases.ts';
import { runNpmScript } from './helpers/cli.ts';
import { createTestApp, devSignIn, type TestApp, useTestApp } from './helpers/test-app.ts';
import {
  countRows,
  createTestDatabase,
  databaseBackends,
  type TestDatabase,
} from './helpers/test-database.ts';

const citizenA = demoCitizens[0]?.personalIdentityCode ?? '';
const citizenB = demoCitizens[1]?.personalIdentityCode ?? '';

/** Appends audit rows test.row_1 … test.row_n, one second apart. */
async function writeRows(db: Db, n: number): Promise<void> {
  for (let i = 1; i <= n; i += 1) {
    await recordAudit(
      db,
      systemAuditContext,
      { action: `test.row_${i}`, objectType: 'test', objectId: String(i), details: { i } },
      new Date(Date.UTC(2026, 10, 25, 10, 0, i)),
    );
  }
}

/** Tampering as a database owner could: with the append-only triggers switched off for a moment. */
async function withTriggersDisabled(db: Db, work: () => Promise<unknown>): Promise<void> {
  await sql`alter table audit_event disable trigger user`.execute(db);
  try {
    await work();
  } finally {
    await sql`alter table audit_event enable trigger user`.execute(db);
  }
}

async function personIdOf(db: Db, code: string): Promise<string> {
  const person = await db
    .selectFrom('person')
    .select('id')
    .where('personal_identity_code', '=', code)
    .executeTakeFirstOrThrow();
  return person.id;
}

for (const backend of databaseBackends) {
  describe(`audit rows of sign-ins and the append-only table (${backend})`, () => {
    const t = useTestApp(backend);

    test('a citizen sign-in writes session.sign_in with the person, the request id and the ip', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        payload: { personalIdentityCode: citizenA },
      });
      assert.equal(response.statusCode, 200);
      const requestId = String(response.headers['x-request-id']);
      const personId = await personIdOf(t.database.db, citizenA);
      const rows = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', requestId)
        .execute();
      assert.deepEqual(
        rows.map((row) => row.action),
        ['session.sign_in'],
        'an existing person: no person.create',
      );
      const [row] = rows;
      assert.equal(row?.actor_type, 'person');
      assert.equal(row?.actor_id, personId);
      assert.equal(row?.subject_person_id, personId);
      assert.equal(row?.object_type, 'session');
      assert.equal(row?.outcome, 'success');
      assert.equal(row?.ip, '127.0.0.1');
      assert.deepEqual(row?.details, { method: 'dev', loa: 'high' });
      assert.equal(row?.occurred_at.toISOString(), t.clock.now().toISOString());
      const session = await t.database.db
        .selectFrom('session')
        .select('id')
        .where('id', '=', String(row?.object_id))
        .where('person_id', '=', personId)
        .executeTakeFirst();
      assert.ok(session, 'object_id names the session that was created');
    });

    test('the first sign-in of an unknown code writes person.create and session.sign_in', async () => {
      const code = makePersonalIdentityCode('1975-06-15', 931);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        headers: { 'x-request-id': 'audit-new-person' },
        payload: { personalIdentityCode: code },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-request-id'], 'audit-new-person');
      const personId = await personIdOf(t.database.db, code);
      const rows = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-new-person')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        rows.map((row) => [row.action, row.subject_person_id, row.actor_id]),
        [
          ['person.create', personId, personId],
          ['session.sign_in', personId, personId],
        ],
      );
      assert.ok(
        rows.every((row) => !JSON.stringify(row.details ?? {}).includes(code)),
        'the code itself is not in the audit details',
      );
    });

    test('a staff sign-in and a sign-out are audited with their actors', async () => {
      const staff = await t.database.db
        .selectFrom('staff_user')
        .select('id')
        .where('username', '=', 'handler')
        .executeTakeFirstOrThrow();
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/dev-login',
        headers: { 'x-request-id': 'audit-staff-in' },
        payload: { username: 'handler' },
      });
      assert.equal(login.statusCode, 200);
      const signIn = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-staff-in')
        .executeTakeFirstOrThrow();
      assert.equal(signIn.action, 'session.sign_in');
      assert.equal(signIn.actor_type, 'staff');
      assert.equal(signIn.actor_id, staff.id);
      assert.equal(signIn.subject_person_id, null);

      const { cookie, csrfToken } = await devSignIn(t, { personalIdentityCode: citizenB });
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/logout',
        headers: { cookie, 'x-csrf-token': csrfToken, 'x-request-id': 'audit-sign-out' },
      });
      assert.equal(logout.statusCode, 204);
      const signOut = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-sign-out')
        .executeTakeFirstOrThrow();
      const personId = await personIdOf(t.database.db, citizenB);
      assert.equal(signOut.action, 'session.sign_out');
      assert.equal(signOut.actor_type, 'person');
      assert.equal(signOut.actor_id, personId);
      assert.equal(signOut.subject_person_id, personId);
    });

    test('UPDATE, DELETE and TRUNCATE of audit_event are refused by the database', async () => {
      const db = t.database.db;
      const before = await countRows(db, 'audit_event');
      assert.ok(before >= 3, 'there are rows the statements would touch');
      const first = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('seq', '=', 1)
        .executeTakeFirstOrThrow();
      await assert.rejects(
        sql`update audit_event set action = 'forged' where seq = 1`.execute(db),
        /append-only/,
      );
      await assert.rejects(sql`update audit_event set ip = null`.execute(db), /append-only/);
      await assert.rejects(sql`delete from audit_event where seq = 1`.execute(db), /append-only/);
      await assert.rejects(sql`delete from audit_event`.execute(db), /append-only/);
      await assert.rejects(sql`truncate audit_event`.execute(db), /append-only/);
      await assert.rejects(sql`truncate audit_chain_head`.execute(db), /append-only/);
      assert.equal(await countRows(db, 'audit_event'), before);
      const still = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('seq', '=', 1)
        .executeTakeFirstOrThrow();
      assert.deepEqual(still, first);
      assert.equal((await verifyAuditChain(db)).ok, true);
    });

    test('the chain of a working application is intact, read in any page size', async () => {
      const db = t.database.db;
      const n = await countRows(db, 'audit_event');
      assert.ok(n >= 5);
      assert.deepEqual(await verifyAuditChain(db), { ok: true, rowsChecked: n });
      for (const pageSize of [1, 2, 3, n, n + 1]) {
        assert.deepEqual(
          await verifyAuditChain(db, pageSize),
          { ok: true, rowsChecked: n },
          `page ${pageSize}`,
        );
      }
    });
  });

  describe(`verifyAuditChain finds tampering (${backend})`, () => {
    /** A fresh database with five audit rows; closed after the test. */
    async function chainOfFive(use: (db: Db) => Promise<void>): Promise<void> {
      const database = await createTestDatabase(backend);
      try {
        await writeRows(database.db, 5);
        assert.deepEqual(await verifyAuditChain(database.db), { ok: true, rowsChecked: 5 });
        await use(database.db);
      } finally {
        await database.close();
      }
    }

    test('a row whose action was changed is named as the first broken one', async () => {
      await chainOfFive(async (db) => {
        const row3 = await db
          .selectFrom('audit_event')
          .select('id')
          .where('seq', '=', 3)
          .executeTakeFirstOrThrow();
        await withTriggersDisabled(db, () =>
          sql`update audit_event set action = 'test.forged' where seq = 3`.execute(db),
        );
        for (const pageSize of [5000, 2]) {
          const report = await verifyAuditChain(db, pageSize);
          assert.equal(report.ok, false);
          assert.equal(report.rowsChecked, 2);
          assert.equal(report.firstBroken?.seq, 3);
          assert.equal(report.firstBroken?.id, row3.id);
          assert.match(String(report.firstBroken?.problem), /content does not match its hash/);
        }
      });
    });

    test('a deleted row in the middle is named as missing', async () => {
      await chainOfFive(async (db) => {
        await withTriggersDisabled(db, () => sql`delete from audit_event where seq = 3`.execute(db));
        for (const pageSize of [5000, 2]) {
          const report = await verifyAuditChain(db, pageSize);
          assert.equal(report.ok, false);
          assert.equal(report.rowsChecked, 2);
          assert.equal(report.firstBroken?.seq, 3);
          assert.equal(report.firstBroken?.id, null);
          assert.match(String(report.firstBroken?.problem), /row 3 is missing \(next is 4\)/);
        }
      });
    });

    test('a deleted last row is reported against the chain head', async () => {
      await chainOfFive(async (db) => {
        await withTriggersDisabled(db, () => sql`delete from audit_event where seq = 5`.execute(db));
        const head = await sql<{ last_seq: number }>`select last_seq from audit_chain_head`.execute(db);
        assert.equal(Number(head.rows[0]?.last_seq), 5, 'the chain head was left alone');
        const report = await verifyAuditChain(db);
        assert.equal(report.ok, false);
        assert.equal(report.rowsChecked, 4);
        assert.equal(report.firstBroken?.seq, 5);
        assert.match(
          String(report.firstBroken?.problem),
          /rows after 4 are missing \(the chain head is at 5\)/,
        );
      });
    });

    test('a row rewritten with a matching hash breaks the link of the next row', async () => {
      await chainOfFive(async (db) => {
        await withTriggersDisabled(db, async () => {
          await sql`update audit_event set action = 'test.forged' where seq = 3`.execute(db);
          await sql`update audit_event set hash = audit_event_hash(audit_event) where seq = 3`.execute(db);
        });
        const report = await verifyAuditChain(db);
        assert.equal(report.ok, false);
        assert.equal(report.rowsChecked, 3);
        assert.equal(report.firstBroken?.seq, 4);
        assert.match(String(report.firstBroken?.problem), /does not link to the hash of the previous row/);
      });
    });

    test('the chain head cannot be moved or deleted directly; a deleted one is reported', async () => {
      await chainOfFive(async (db) => {
        await assert.rejects(
          sql`update audit_chain_head set last_seq = 1`.execute(db),
          /only moved by new audit events/,
        );
        await assert.rejects(sql`delete from audit_chain_head`.execute(db), /only moved by new audit events/);
        await sql`alter table audit_chain_head disable trigger user`.execute(db);
        await sql`delete from audit_chain_head`.execute(db);
        await sql`alter table audit_chain_head enable trigger user`.execute(db);
        const report = await verifyAuditChain(db);
        assert.equal(report.ok, false);
        assert.equal(report.rowsChecked, 5);
        assert.match(String(report.firstBroken?.problem), /chain head/);
      });
    });
  });

  if (backend === 'postgres') {
    describe('npm run audit:verify against PostgreSQL', () => {
      let database: TestDatabase;
      before(async () => {
        database = await createTestDatabase('postgres');
        await writeRows(database.db, 5);
      });
      after(() => database.close());

      test('an intact chain: exit code 0 and "intact"', async () => {
        const result = await runNpmScript('audit:verify', { DATABASE_URL: String(database.url) });
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /audit trail intact: 5 rows checked/);
      });

      test('a broken chain: exit code 1 naming the row', async () => {
        const row4 = await database.db
          .selectFrom('audit_event')
          .select('id')
          .where('seq', '=', 4)
          .executeTakeFirstOrThrow();
        await withTriggersDisabled(database.db, () =>
          sql`update audit_event set details = '{"i": 40}' where seq = 4`.execute(database.db),
        );
        const result = await runNpmScript('audit:verify', { DATABASE_URL: String(database.url) });
        assert.equal(result.code, 1, result.stdout);
        assert.match(result.stderr, /audit trail BROKEN at row 4 /);
        assert.ok(result.stderr.includes(row4.id), 'the id of the row is named');
        assert.match(result.stderr, /3 rows before it are intact/);
      });
    });
  }
}

describe('npm run audit:verify against an embedded database folder', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-audit-verify-'));
    const database = await openDatabase({ url: undefined, dataDir });
    try {
      await migrate(database);
      await writeRows(database.db, 4);
    } finally {
      await database.close();
    }
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('an intact chain: exit code 0', async () => {
    const result = await runNpmScript('audit:verify', { DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /audit trail intact: 4 rows checked/);
  });

  test('a missing row: exit code 1 naming the row', async () => {
    const database = await openDatabase({ url: undefined, dataDir });
    try {
      await withTriggersDisabled(database.db, () =>
        sql`delete from audit_event where seq = 2`.execute(database.db),
      );
    } finally {
      await database.close();
    }
    const result = await runNpmScript('audit:verify', { DATA_DIR: dataDir });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stderr, /audit trail BROKEN at row 2: row 2 is missing \(next is 3\)/);
  });
});

for (const backend of databaseBackends) {
  describe(`listAuditEvents (${backend})`, () => {
    let t: TestApp;
    let auditorCookie: string;
    let auditorId: string;
    let personA: string;
    let personB: string;

    /** Signs a citizen in and out of the way (the cookie is not needed). */
    const signIn = (code: string) => devSignIn(t, { personalIdentityCode: code });

    before(async () => {
      t = await createTestApp(backend);
      // 10:00 A and B, 11:00 A, B and A, 12:00 B; then the auditor signs in at 12:00.
      await signIn(citizenA);
      await signIn(citizenB);
      t.clock.advance(3_600_000);
      await signIn(citizenA);
      await signIn(citizenB);
      await signIn(citizenA);
      t.clock.advance(3_600_000);
      await signIn(citizenB);
      auditorCookie = (await devSignIn(t, { username: 'auditor' })).cookie;
      personA = await personIdOf(t.database.db, citizenA);
      personB = await personIdOf(t.database.db, citizenB);
      auditorId = await staffUserId(t, 'auditor');
    });
    after(() => t.close());

    const list = (query: string, cookie = auditorCookie, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/v1/audit-events${query}`, headers: { cookie, ...headers } });

    /** Sequence numbers in the database, newest first. */
    const dbSeqs = async (where: { personId?: string; from?: string; to?: string } = {}) => {
      let query = t.database.db.selectFrom('audit_event').select('seq').orderBy('seq', 'desc');
      if (where.personId) query = query.where('subject_person_id', '=', where.personId);
      if (where.from) query = query.where('occurred_at', '>=', new Date(where.from));
      if (where.to) query = query.where('occurred_at', '<', new Date(where.to));
      return (await query.execute()).map((row) => Number(row.seq));
    };

    type Item = { seq: number; subjectPersonId: string | null; occurredAt: string; action: string };
    const seqsOf = (items: Item[]) => items.map((item) => item.seq);

    test('not signed in: 401', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events' });
      assert.equal(response.statusCode, 401);
    });

    test('a citizen and every staff role but auditor: 403; the auditor: 200', async () => {
      const citizen = await signIn(citizenA);
      assert.equal((await list('', citizen.cookie)).statusCode, 403);
      for (const role of ['handler', 'social_worker', 'supervisor', 'admin', 'payer']) {
        const staff = await devSignIn(t, { username: role });
        const response = await list('', staff.cookie);
        assert.equal(response.statusCode, 403, role);
        assert.equal(response.json().status, 403);
      }
      const response = await list('');
      assert.equal(response.statusCode, 200);
      assert.ok(response.json().items.length > 0);
    });

    test('the filter by personal identity code returns only that person’s rows, all of them', async () => {
      for (const code of [citizenA, citizenA.toLowerCase(), ` ${citizenA} `]) {
        const expected = await dbSeqs({ personId: personA });
        const response = await list(`?personalIdentityCode=${encodeURIComponent(code)}`);
        assert.equal(response.statusCode, 200, response.body);
        const items = response.json().items as Item[];
        assert.ok(items.length >= 3, 'three sign-ins of A at least');
        assert.ok(items.every((item) => item.subjectPersonId === personA));
        assert.deepEqual(seqsOf(items), expected);
      }
    });

    test('a valid code of nobody known lists nothing', async () => {
      const response = await list(`?personalIdentityCode=${makePersonalIdentityCode('1950-02-02', 950)}`);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { items: [], nextCursor: null });
    });

    test('the filter by person id returns only that person’s rows', async () => {
      const expected = await dbSeqs({ personId: personB });
      const response = await list(`?personId=${personB}`);
      assert.equal(response.statusCode, 200);
      const items = response.json().items as Item[];
      assert.ok(items.length >= 3);
      assert.ok(items.every((item) => item.subjectPersonId === personB));
      assert.deepEqual(seqsOf(items), expected);
      const both = await list(`?personId=${personB}&personalIdentityCode=${citizenA}`);
      assert.deepEqual(both.json().items, [], 'a code and the id of another person match nothing');
    });

    test('from is inclusive and to exclusive', async () => {
      const from = '2026-11-25T11:00:00.000Z';
      const to = '2026-11-25T12:00:00.000Z';
      assert.ok((await dbSeqs({ to: from })).length > 0, 'there are rows before the range');
      assert.ok((await dbSeqs({ from: to })).length > 0, 'there are rows at its end');
      const expected = await dbSeqs({ from, to });
      assert.equal(expected.length, 3, 'the three sign-ins at 11:00');
      const response = await list(`?from=${from}&to=${to}`);
      assert.equal(response.statusCode, 200);
      const items = response.json().items as Item[];
      assert.deepEqual(seqsOf(items), expected);
      assert.ok(items.every((item) => item.occurredAt === from));
      const expectedA = await dbSeqs({ personId: personA, from });
      const withOffset = await list(
        `?from=${encodeURIComponent('2026-11-25T13:00:00+02:00')}&personId=${personA}`,
      );
      assert.deepEqual(seqsOf(withOffset.json().items as Item[]), expectedA, 'an offset is understood');
    });

    test('paging with limit=2 walks every row once through nextCursor', async () => {
      const expected = await dbSeqs();
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await list(query);
        assert.equal(response.statusCode, 200, response.body);
        const page = response.json() as { items: Item[]; nextCursor: string | null };
        assert.ok(page.items.length <= 2);
        assert.ok(page.items.length > 0, 'no empty page');
        seen.push(...seqsOf(page.items));
        cursor = page.nextCursor;
        pages += 1;
        assert.ok(pages <= expected.length, 'paging does not end');
      } while (cursor);
      assert.equal(new Set(seen).size, seen.length, 'no duplicates');
      assert.deepEqual(seen, expected);
      assert.equal(pages, Math.ceil(expected.length / 2));
    });

    test('an invalid personal identity code is a 400 naming query.personalIdentityCode', async () => {
      const before = await countRows(t.database.db, 'audit_event');
      for (const bad of ['131052-308S', 'abc', '310299-123X']) {
        const response = await list(`?personalIdentityCode=${bad}`);
        assert.equal(response.statusCode, 400, bad);
        assert.equal(response.json().errors[0].path, 'query.personalIdentityCode');
      }
      assert.equal(await countRows(t.database.db, 'audit_event'), before, 'nothing listed, nothing written');
    });

    test('a garbage cursor is a 400', async () => {
      const wrongShape = Buffer.from(JSON.stringify({ seq: 'x' })).toString('base64url');
      for (const cursor of ['garbage!!', 'bm90IGpzb24', wrongShape]) {
        const response = await list(`?cursor=${cursor}`);
        assert.equal(response.statusCode, 400, cursor);
        assert.equal(response.json().errors[0].path, 'query.cursor');
      }
    });

    test('the listing itself is audited as audit.list with the subject person', async () => {
      const response = await list(
        `?personalIdentityCode=${citizenA}&from=2026-11-25T10:00:00Z`,
        auditorCookie,
        {
          'x-request-id': 'audit-list-1',
        },
      );
      assert.equal(response.statusCode, 200);
      const count = (response.json().items as Item[]).length;
      const row = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-list-1')
        .executeTakeFirstOrThrow();
      assert.equal(row.action, 'audit.list');
      assert.equal(row.actor_type, 'staff');
      assert.equal(row.actor_id, auditorId);
      assert.equal(row.subject_person_id, personA);
      assert.equal(row.ip, '127.0.0.1');
      assert.deepEqual(row.details, {
        from: '2026-11-25T10:00:00Z',
        to: null,
        byPersonalIdentityCode: true,
        actorUsername: null,
        actorId: null,
        count,
      });
      assert.ok(!JSON.stringify(row.details).includes(citizenA), 'the code is not stored');
      const next = await list(`?personId=${personA}&limit=1`);
      const [latest] = next.json().items as (Item & { actor: { username: string | null } })[];
      assert.equal(latest?.seq, Number(row.seq));
      assert.equal(latest?.action, 'audit.list');
      assert.equal(latest?.actor.username, 'auditor');
    });

    /** Sequence numbers of one actor's rows in the database, newest first. */
    const actorSeqs = async (actorType: 'person' | 'staff', actorId: string, personId?: string) => {
      let query = t.database.db
        .selectFrom('audit_event')
        .select('seq')
        .where('actor_type', '=', actorType)
        .where('actor_id', '=', actorId)
        .orderBy('seq', 'desc');
      if (personId) query = query.where('subject_person_id', '=', personId);
      return (await query.execute()).map((row) => Number(row.seq));
    };
    const staffIdOf = (username: string) => staffUserId(t, username);
    type ActorItem = Item & { actor: { type: string; id: string | null; username: string | null } };

    test('the filter by actorUsername returns every row of that staff user and no other', async () => {
      await devSignIn(t, { username: 'handler' });
      await devSignIn(t, { username: 'handler' });
      await devSignIn(t, { username: 'supervisor' });
      const handlerId = await staffIdOf('handler');
      const expected = await actorSeqs('staff', handlerId);
      assert.ok(expected.length >= 2, 'two sign-ins of the handler at least');
      const response = await list('?actorUsername=handler');
      assert.equal(response.statusCode, 200, response.body);
      const items = response.json().items as ActorItem[];
      assert.deepEqual(seqsOf(items), expected);
      assert.ok(
        items.every(
          (item) =>
            item.actor.type === 'staff' && item.actor.id === handlerId && item.actor.username === 'handler',
        ),
      );
      const paged = await list('?actorUsername=handler&limit=1');
      const next = paged.json().nextCursor as string;
      assert.ok(next, 'a cursor to the next page');
      const second = await list(`?actorUsername=handler&limit=1&cursor=${encodeURIComponent(next)}`);
      assert.deepEqual(
        seqsOf(second.json().items as Item[]),
        expected.slice(1, 2),
        'paging keeps the filter',
      );
    });

    test('the filter by actorId finds a staff user’s and a citizen’s own rows; with a code, both must match', async () => {
      const handlerId = await staffIdOf('handler');
      const byId = await list(`?actorId=${handlerId}`);
      assert.equal(byId.statusCode, 200, byId.body);
      assert.deepEqual(seqsOf(byId.json().items as Item[]), await actorSeqs('staff', handlerId));
      const ownRows = await list(`?actorId=${personA}&personalIdentityCode=${citizenA}`);
      const items = ownRows.json().items as ActorItem[];
      assert.ok(items.length >= 3, 'the sign-ins of A by A');
      assert.deepEqual(seqsOf(items), await actorSeqs('person', personA, personA));
      assert.ok(items.every((item) => item.actor.type === 'person' && item.subjectPersonId === personA));
      const handlerAboutA = await list(`?actorUsername=handler&personalIdentityCode=${citizenA}`);
      assert.deepEqual(handlerAboutA.json().items, [], 'the handler has not looked at A');
    });

    test('an unknown username, or a username and the id of someone else, lists nothing but is audited', async () => {
      const before = await countRows(t.database.db, 'audit_event');
      const unknown = await list('?actorUsername=nobody.here');
      assert.equal(unknown.statusCode, 200);
      assert.deepEqual(unknown.json(), { items: [], nextCursor: null });
      const mismatch = await list(`?actorUsername=handler&actorId=${auditorId}`);
      assert.deepEqual(mismatch.json(), { items: [], nextCursor: null });
      assert.equal(
        await countRows(t.database.db, 'audit_event'),
        before + 2,
        'both searches are in the trail',
      );
    });

    test('a malformed actorUsername or an empty actorId is a 400 naming the parameter (querystring.…)', async () => {
      for (const [query, path] of [
        ['?actorUsername=Handler', 'querystring.actorUsername'],
        ['?actorUsername=a%20b', 'querystring.actorUsername'],
        ['?actorUsername=', 'querystring.actorUsername'],
        ['?actorId=', 'querystring.actorId'],
      ] as const) {
        const response = await list(query);
        assert.equal(response.statusCode, 400, query);
        assert.equal(response.json().errors[0].path, path, query);
      }
    });

    test('a search by actor is audited with the actor asked for and the auditor as the actor', async () => {
      const response = await list('?actorUsername=handler&to=2030-01-01T00:00:00Z', auditorCookie, {
        'x-request-id': 'audit-list-actor',
      });
      assert.equal(response.statusCode, 200);
      const row = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-list-actor')
        .executeTakeFirstOrThrow();
      assert.equal(row.action, 'audit.list');
      assert.equal(row.actor_type, 'staff');
      assert.equal(row.actor_id, auditorId);
      assert.equal(row.subject_person_id, null);
      assert.deepEqual(row.details, {
        from: null,
        to: '2030-01-01T00:00:00Z',
        byPersonalIdentityCode: false,
        actorUsername: 'handler',
        actorId: null,
        count: (response.json().items as Item[]).length,
      });
    });

    test('an API client with audit:read may list and is audited as itself; without the scope: 403', async () => {
      const reader = await createApiClientAndToken(t, ['audit:read']);
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit-events?actorUsername=handler',
        headers: { authorization: reader.authorization, 'x-request-id': 'audit-list-client' },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.ok((response.json().items as ActorItem[]).every((item) => item.actor.username === 'handler'));
      const row = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('request_id', '=', 'audit-list-client')
        .executeTakeFirstOrThrow();
      assert.equal(row.action, 'audit.list');
      assert.equal(row.actor_type, 'api_client');
      assert.equal(row.actor_id, reader.clientId);
      const byClient = await list(`?actorId=${encodeURIComponent(reader.clientId)}`);
      assert.ok(
        (byClient.json().items as ActorItem[]).some((item) => item.seq === Number(row.seq)),
        'the client’s own read is found by its id',
      );
      const other = await createApiClientAndToken(t, ['statistics:read']);
      const refused = await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit-events?actorUsername=handler',
        headers: { authorization: other.authorization },
      });
      assert.equal(refused.statusCode, 403, refused.body);
    });

    test('the chain is intact after all this', async () => {
      assert.equal((await verifyAuditChain(t.database.db)).ok, true);
    });
  });
}
