// What the database benchmarks share: their own PostgreSQL database (BENCH_DATABASE_URL, else a default name),
// dropped and created again before a run and dropped after, and percentiles of the measured times.
import pg from 'pg';

/** The benchmark's database URL and name; the name is checked before it goes into a statement. */
export function benchDatabase(defaultName: string): { url: string; name: string } {
  const url = process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${defaultName}`;
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  return { url, name };
}

async function onServer(database: { url: string }, statements: string[]): Promise<void> {
  const admin = new URL(database.url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export const recreateDatabase = (database: { url: string; name: string }) =>
  onServer(database, [
    `drop database if exists ${database.name} with (force)`,
    `create database ${database.name}`,
  ]);

export const dropDatabase = (database: { url: string; name: string }) =>
  onServer(database, [`drop database if exists ${database.name} with (force)`]);

/** The nearest-rank percentile of ascending `sorted` values (NaN when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}
