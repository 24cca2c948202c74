// The database may go away: lost connections are not fatal, the answers while it is away are 503 with
// Retry-After, and the pool reconnects by itself. The whole outage (PostgreSQL stopped and started again) is in
// database-restart.test.ts, on a cluster of its own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../src/db/unavailable.ts';
import { registerErrorHandling } from '../src/http/errors.ts';
import { runHousekeeping } from '../src/jobs/housekeeping.ts';
import { PollingLoop } from '../src/jobs/polling-loop.ts';
import { ManualClock } from '../src/shared/clock.ts';
import { createTestApp, devSignIn, type TestApp } from './helpers/test-app.ts';

/** Every wait of this file ends by then at the latest, naming what did not happen. */
const WAIT_MS = 30_000;

async function waitFor(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${WAIT_MS / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('database unavailability', () => {
  test('connection errors are told apart from errors of the query', () => {
    for (const unavailable of [
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006', 'connection failure'),
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      new AggregateError([pgError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432')], ''),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('wrapped', { cause: pgError('ECONNRESET', 'read ECONNRESET') }),
      new DatabaseUnavailableError(),
    ]) {
      assert.equal(isDatabaseUnavailable(unavailable), true, String(unavailable));
    }
    for (const other of [
      pgError('23505', 'duplicate key value violates unique constraint'),
      pgError('22P02', 'invalid input syntax for type uuid'),
      pgError('57014', 'canceling statement due to statement timeout'),
      pgError('ENOENT', 'no such file or directory'),
      new Error('connection refused'),
      new TypeError('x is undefined'),
      'Connection terminated',
      null,
    ]) {
      assert.equal(isDatabaseUnavailable(other), false, String(other));
    }
  });

  test('an unavailable database is answered 503 problem+json with Retry-After, in the language asked for', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    let failure: unknown = pgError('57P01', 'terminating connection due to administrator command');
    app.get('/api/thing', async () => {
      if (failure) throw failure;
      return { ok: true };
    });
    await app.ready();
    try {
      for (const [language, text] of [
        ['fi', /Palvelu ei ole juuri nyt käytettävissä/],
        ['sv', /Tjänsten är inte tillgänglig just nu/],
        ['en', /The service is not available right now/],
      ] as const) {
        const response = await app.inject({
          method: 'GET',
          url: '/api/thing',
          headers: { 'accept-language': language },
        });
        assert.equal(response.statusCode, 503);
        assert.equal(response.headers['retry-after'], '5');
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
        const body = response.json();
        assert.equal(body.type, 'https://tuki.example/problems/database-unavailable');
        assert.equal(body.status, 503);
        assert.match(body.detail, text);
        // Nothing of the driver's error reaches the client.
        assert.doesNotMatch(response.body, /administrator|57P01/);
      }
      failure = new Error('Connection terminated unexpectedly');
      assert.equal((await app.inject({ method: 'GET', url: '/api/thing' })).statusCode, 503);
      // Any other error stays a 500 without Retry-After.
      failure = new TypeError('x is undefined');
      const other = await app.inject({ method: 'GET', url: '/api/thing' });
      assert.equal(other.statusCode, 500);
      assert.equal(other.headers['retry-after'], undefined);
      failure = undefined;
      assert.equal((await app.inject({ method: 'GET', url: '/api/thing' })).statusCode, 200);
    } finally {
      await app.close();
    }
  });
});

function captureLog() {
  const lines: { level: string; details: object; message: string }[] = [];
  const push = (level: string) => (details: object, message: string) =>
    lines.push({ level, details, message });
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

describe('workers while the database is unavailable', () => {
  test('a polling loop backs off exponentially up to a cap, logs the outage once, and resumes', async () => {
    let now = 1_000_000;
    let runs = 0;
    let failure: unknown = pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432');
    const log = captureLog();
    const loop = new PollingLoop(
      async () => {
        runs++;
        if (failure) throw failure;
      },
      (error) => log.error({ err: error }, 'run failed'),
      { name: 'test worker', log, maxBackoffMs: 1_000, now: () => now },
    );
    loop.start(10);
    try {
      const expected = [20, 40, 80, 160, 320, 640, 1_000, 1_000];
      for (const [index, backoff] of expected.entries()) {
        await waitFor(`run ${index + 1}`, () => runs === index + 1 && loop.backoffMs > 0);
        assert.equal(loop.backoffMs, backoff, `after ${index + 1} failed runs`);
        // The next run waits until the pause has passed (the clock stands still otherwise).
        now += backoff;
      }
      assert.equal(runs, expected.length);
      const warnings = log.lines.filter((line) => line.level === 'warn');
      assert.equal(warnings.length, 1, 'the outage is logged once');
      assert.match(warnings[0]?.message ?? '', /database unavailable: test worker backs off/);
      assert.equal(log.lines.filter((line) => line.level === 'error').length, 0);

      failure = undefined;
      await waitFor('a successful run', () => loop.backoffMs === 0);
      assert.equal(log.lines.filter((line) => line.level === 'info').length, 1);
      assert.match(log.lines.at(-1)?.message ?? '', /database available again: test worker resumes/);
      // Without the database's absence an error is only logged, and the loop goes on at its interval.
      failure = new TypeError('a bug');
      const before = runs;
      await waitFor('the failed run logged', () => log.lines.some((line) => line.level === 'error'));
      assert.equal(loop.backoffMs, 0);
      await waitFor('the next run at the interval', () => runs > before + 1);
    } finally {
      await loop.stop();
    }
  });

  test('housekeeping stops at the first task that finds the database unavailable, with one warning', async () => {
    const log = captureLog();
    const ran: string[] = [];
    const task = (name: string, error?: Error) => ({
      name,
      run: async () => {
        ran.push(name);
        if (error) throw error;
        return 0;
      },
    });
    await runHousekeeping({
      db: undefined as never,
      clock: new ManualClock('2026-12-01T00:00:00Z'),
      log,
      tasks: [
        task('first', new Error('a bug')),
        task('second', pgError('57P01', 'terminating connection due to administrator command')),
        task('third'),
      ],
    });
    assert.deepEqual(ran, ['first', 'second']);
    assert.deepEqual(
      log.lines.map((line) => line.level),
      ['error', 'warn'],
    );
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe('PostgreSQL ends every connection of the server (pg_terminate_backend)', {
  skip: adminUrl ? false : 'TEST_DATABASE_URL is not set',
}, () => {
  let t: TestApp;
  let admin: pg.Client;
  let databaseName: string;
  const lost: Error[] = [];

  /** Ends every backend of the server under test; returns how many there were. */
  async function terminateServerBackends(): Promise<number> {
    const { rows } = await admin.query<{ pid: number }>(
      // The test database is the server's own: every backend on it is one of the server's connections.
      'select pid from pg_stat_activity where datname = $1',
      [databaseName],
    );
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [
      rows.map((row) => row.pid),
    ]);
    return rows.length;
  }

  before(async () => {
    t = await createTestApp('postgres');
    t.database.onConnectionLost((error) => lost.push(error));
    databaseName = new URL(String(t.database.url)).pathname.slice(1);
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
  });
  after(async () => {
    await admin?.end();
    await t?.close();
  });

  test('idle connections: the process lives on and the next requests succeed on new connections', async () => {
    const { cookie } = await devSignIn(t, { username: 'handler' });
    const session = () => t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    // Several requests at once, so that the pool holds several connections.
    const first = await Promise.all(Array.from({ length: 5 }, session));
    assert.deepEqual(
      first.map((response) => response.statusCode),
      [200, 200, 200, 200, 200],
    );
    const before = lost.length;
    const terminated = await terminateServerBackends();
    assert.ok(terminated >= 1, `the pool held ${terminated} connections`);
    // Each lost connection is reported (and so handled: unhandled, it would have ended this process).
    await waitFor(`${terminated} lost connections reported`, () => lost.length - before >= terminated);
    assert.ok(lost.slice(before).every((error) => isDatabaseUnavailable(error)));

    const after = await session();
    assert.equal(after.statusCode, 200, after.body);
    assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [databaseName],
    );
    assert.ok((rows[0]?.n ?? 0) >= 1, 'the pool has connected again');
  });

  test('a connection held by a transaction: the transaction fails as unavailable, the process lives on', async () => {
    const before = lost.length;
    const failure = await t.database.db
      .transaction()
      .execute(async (trx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await admin.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
        // Between two statements the client has no query to fail: it reports on itself.
        await waitFor('the held connection reported lost', () => lost.length > before);
        await sql`select 1`.execute(trx);
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    assert.ok(isDatabaseUnavailable(failure), `expected an unavailable database, got ${String(failure)}`);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.database.db);
    assert.equal(rows[0]?.one, 1);
    assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
  });
});
