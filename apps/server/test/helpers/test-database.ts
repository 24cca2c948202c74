// Test databases: embedded PGlite always, and a real PostgreSQL server when TEST_DATABASE_URL is set
// (a fresh database per test file, dropped afterwards). Tests loop over `databaseBackends`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, type Db, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';

export type Backend = 'pglite' | 'postgres';

export const databaseBackends: Backend[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** A URL for the server under test; undefined for the in-memory PGlite. */
  url: string | undefined;
}

/** How many rows `table` holds now. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const adminQuery = (text: string) => withAdminClient((client) => client.query(text));

/**
 * Drops a test database once the server has really closed its connections. pg's Pool.end() resolves when it has
 * asked its clients to end, not when they have; `drop database … with (force)` terminating one still closing
 * would surface as an uncaught 'error' event in the test.
 */
async function dropWhenUnused(name: string): Promise<void> {
  await withAdminClient(async (client) => {
    for (let i = 0; i < 500; i += 1) {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (Number(rows[0]?.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  });
}

/** Opens an empty, migrated database on the given backend. */
export async function createTestDatabase(
  backend: Backend,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let url: string | undefined;
  let name: string | undefined;
  if (backend === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('TEST_DATABASE_URL is not set');
    name = `tuki_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const parsed = new URL(base);
    parsed.pathname = `/${name}`;
    url = parsed.href;
  }
  const handle = await openDatabase({ url, dataDir: 'memory://', poolMax: 5 });
  if (options.migrate !== false) await migrate(handle);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      if (name) await dropWhenUnused(name);
    },
  };
}
