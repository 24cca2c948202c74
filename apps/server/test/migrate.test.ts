import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { type Db, openDatabase } from '../src/db/database.ts';
import { type Migration, MigrationError, migrate, readMigrations } from '../src/db/migrate.ts';
import { runNpmScript } from './helpers/cli.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const LOCK_KEY = 746_975_301;

function migration(version: number, name: string, text: string): Migration {
  return { version, name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
}

async function appliedVersions(db: Db): Promise<{ version: number; name: string; checksum: string }[]> {
  const result = await sql<{
    version: number;
    name: string;
    checksum: string;
  }>`select version, name, checksum from schema_migration order by version`.execute(db);
  return result.rows.map((row) => ({ version: Number(row.version), name: row.name, checksum: row.checksum }));
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  const result = await sql<{ found: string | null }>`select to_regclass(${name})::text as found`.execute(db);
  return result.rows[0]?.found !== null && result.rows[0]?.found !== undefined;
}

test('the migration files are numbered without gaps and named as the runner expects', () => {
  const migrations = readMigrations();
  assert.ok(migrations.length >= 3);
  assert.deepEqual(
    migrations.map((m) => m.version),
    migrations.map((_, index) => index + 1),
  );
  for (const m of migrations) {
    assert.match(m.name, /^\d{4}_[a-z0-9_]+$/);
    assert.equal(m.checksum, createHash('sha256').update(m.sql).digest('hex'));
  }
});

/** `npm run migrate` with `env` applies every migration and says which; run again, it says there is nothing to do. */
async function assertMigratesThenUpToDate(env: Record<string, string>): Promise<void> {
  const first = await runNpmScript('migrate', env);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(
    first.stdout.trim(),
    `applied: ${readMigrations()
      .map((m) => m.name)
      .join(', ')}`,
  );
  const second = await runNpmScript('migrate', env);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout.trim(), 'the database is up to date');
}

for (const backend of databaseBackends) {
  describe(`migrations (${backend})`, () => {
    let database: TestDatabase;
    const migrations = readMigrations();
    before(async () => {
      database = await createTestDatabase(backend, { migrate: false });
    });
    after(() => database.close());

    test('a fresh database gets every migration, in order', async () => {
      assert.equal(await tableExists(database.db, 'person'), false, 'the database starts empty');
      const applied = await migrate(database);
      assert.deepEqual(
        applied,
        migrations.map((m) => m.name),
      );
      assert.deepEqual(
        await appliedVersions(database.db),
        migrations.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })),
      );
      for (const table of [
        'person',
        'staff_user',
        'session',
        'oidc_login',
        'audit_event',
        'audit_chain_head',
      ]) {
        assert.ok(await tableExists(database.db, table), table);
      }
    });

    test('running again applies nothing and changes nothing', async () => {
      const before = await appliedVersions(database.db);
      assert.deepEqual(await migrate(database), []);
      assert.deepEqual(await appliedVersions(database.db), before);
    });

    test('an applied migration that was changed is refused', async () => {
      const changed = migrations.map((m, index) =>
        index === 0 ? migration(m.version, m.name, `${m.sql}\n-- edited afterwards\n`) : m,
      );
      const first = migrations[0]?.name ?? '';
      await assert.rejects(
        migrate(database, changed),
        (error: unknown) =>
          error instanceof MigrationError &&
          error.message.includes(first) &&
          /changed after it was applied/.test(error.message),
      );
      assert.deepEqual(await migrate(database), [], 'the lock was released: migrating works again');
    });

    test('a failing migration leaves no partial change, and the next one is not run', async () => {
      const before = await appliedVersions(database.db);
      const failing = migration(
        9001,
        '9001_half_done',
        'create table half_done (id integer primary key);\ninsert into half_done values (1);\nselect 1 / 0;',
      );
      const later = migration(9002, '9002_later', 'create table later_table (id integer);');
      await assert.rejects(
        migrate(database, [...migrations, failing, later]),
        (error: unknown) =>
          error instanceof MigrationError &&
          error.message.includes('9001_half_done') &&
          /division by zero/.test(error.message),
      );
      assert.equal(await tableExists(database.db, 'half_done'), false, 'the table of the failed migration');
      assert.equal(await tableExists(database.db, 'later_table'), false, 'the migration after it');
      assert.deepEqual(await appliedVersions(database.db), before, 'schema_migration lists neither');
      // The connection is usable and the lock was released: a good migration goes in.
      const good = migration(9003, '9003_good', 'create table good_table (id integer);');
      assert.deepEqual(await migrate(database, [...migrations, good]), ['9003_good']);
      assert.ok(await tableExists(database.db, 'good_table'));
    });

    test('a migration with a syntax error is refused and leaves nothing', async () => {
      const before = await appliedVersions(database.db);
      const broken = migration(
        9004,
        '9004_syntax',
        'create table syntax_table (id integer);\ncreat table x ();',
      );
      await assert.rejects(migrate(database, [...migrations, broken]), MigrationError);
      assert.equal(await tableExists(database.db, 'syntax_table'), false);
      assert.deepEqual(await appliedVersions(database.db), before);
    });

    if (backend === 'postgres') {
      test('the advisory lock is free after a failure (seen from another connection)', async () => {
        await assert.rejects(
          migrate(database, [migration(9005, '9005_fails', 'select 1 / 0;')]),
          MigrationError,
        );
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const result = await client.query<{ locked: boolean }>(
            'select pg_try_advisory_lock($1) as locked',
            [LOCK_KEY],
          );
          assert.equal(result.rows[0]?.locked, true);
          await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]);
        } finally {
          await client.end();
        }
      });
    }
  });

  if (backend === 'postgres') {
    describe('migrations started by several processes at once (postgres)', () => {
      test('each migration is applied once', async () => {
        const first = await createTestDatabase('postgres', { migrate: false });
        const others = await Promise.all(
          [1, 2, 3].map(() => openDatabase({ url: first.url, dataDir: 'memory://' })),
        );
        try {
          const results = await Promise.all([first, ...others].map((handle) => migrate(handle)));
          const all = results.flat().sort();
          assert.deepEqual(
            all,
            readMigrations().map((m) => m.name),
          );
          assert.equal((await appliedVersions(first.db)).length, readMigrations().length);
        } finally {
          await Promise.all(others.map((handle) => handle.close()));
          await first.close();
        }
      });
    });

    describe('closing a PostgreSQL handle used only by migrate', () => {
      test('ends its connection pool', async () => {
        const database = await createTestDatabase('postgres', { migrate: false });
        // Keeps the pool that openDatabase creates, to look at it (and end it) afterwards.
        const pools: pg.Pool[] = [];
        const OriginalPool = pg.Pool;
        Reflect.set(
          pg,
          'Pool',
          class extends OriginalPool {
            constructor(config?: pg.PoolConfig) {
              super(config);
              pools.push(this);
            }
          },
        );
        let handle: Awaited<ReturnType<typeof openDatabase>>;
        try {
          handle = await openDatabase({ url: database.url, dataDir: 'memory://' });
        } finally {
          Reflect.set(pg, 'Pool', OriginalPool);
        }
        const [pool] = pools;
        try {
          assert.deepEqual(
            await migrate(handle),
            readMigrations().map((m) => m.name),
          );
          await handle.close();
          assert.ok(pool);
          assert.deepEqual({ ended: pool.ended, clients: pool.totalCount }, { ended: true, clients: 0 });
        } finally {
          if (pool && !pool.ended) await pool.end();
          await database.close();
        }
      });
    });

    describe('npm run migrate against PostgreSQL', () => {
      test('applies, then says up to date', async () => {
        const database = await createTestDatabase('postgres', { migrate: false });
        try {
          const url = String(database.url);
          await assertMigratesThenUpToDate({ DATABASE_URL: url });
        } finally {
          await database.close();
        }
      });
    });
  }
}

describe('npm run migrate against an embedded database folder', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-migrate-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('the first run prints what it applied, the second says up to date', async () => {
    await assertMigratesThenUpToDate({ DATA_DIR: dataDir });
  });

  test('a bad configuration is refused with exit code 1 naming the variable', async () => {
    const result = await runNpmScript('migrate', { DATA_DIR: dataDir, DATABASE_URL: 'mysql://x' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /DATABASE_URL/);
  });
});
