// Test databases: embedded PGlite always, and a real PostgreSQL server when TEST_DATABASE_URL is set
// (a fresh database per test file, dropped afterwards). Tests loop over `databaseBackends`.
import { type DatabaseHandle, type Db, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { createScratchDatabase, dropWhenUnused } from '../../src/db/scratch-database.ts';

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

/** Opens an empty, migrated database on the given backend. */
export async function createTestDatabase(
  backend: Backend,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  let url: string | undefined;
  let name: string | undefined;
  if (backend === 'postgres') {
    if (!server) throw new Error('TEST_DATABASE_URL is not set');
    ({ name, url } = await createScratchDatabase(server, 'tuki_test'));
  }
  const handle = await openDatabase({ url, dataDir: 'memory://', poolMax: 5 });
  if (options.migrate !== false) await migrate(handle);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      if (server && name) await dropWhenUnused(server, name);
    },
  };
}
