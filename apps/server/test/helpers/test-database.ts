// Test databases: embedded PGlite always, and a real PostgreSQL server when TEST_DATABASE_URL is set
// (a fresh database per test file, dropped afterwards). Tests loop over `databaseBackends`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

export type Backend = 'pglite' | 'postgres';

export const databaseBackends: Backend[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** A URL for the server under test; undefined for the in-memory PGlite. */
  url: string | undefined;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
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
      if (name) await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
