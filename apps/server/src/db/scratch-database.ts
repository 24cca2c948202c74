// Throw-away databases on a PostgreSQL server (for the type generator and the tests): created under a random name
// next to the database that `serverUrl` names, and dropped once nothing is connected to them any more.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named `<prefix>_<random hex>` and returns its name and its URL. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return { name, url: parsed.href };
}

/**
 * Drops a scratch database once its users have really closed their connections. pg's Pool.end() resolves when it
 * has asked its clients to end, not when they have; `drop database … with (force)` terminating one still closing
 * would surface as an uncaught 'error' event in the process that owned the pool.
 */
export async function dropWhenUnused(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
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
