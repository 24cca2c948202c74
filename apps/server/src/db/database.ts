// Opens the database: a real PostgreSQL server when a URL is given, otherwise embedded PGlite in a folder.
// Both speak the same SQL, so the migrations, repositories and tests are shared.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

// Bigints (audit sequence numbers, counts) are read as numbers, as PGlite does: none of ours nears 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
const DATE_OID = 1082;
// Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the time zone.
pg.types.setTypeParser(DATE_OID, (value) => value);

export type Db = Kysely<Database>;

/** Runs SQL scripts (several statements, no parameters) on one connection held for the callback. */
export type ScriptRunner = <T>(
  work: (exec: (script: string) => Promise<Record<string, unknown>[]>) => Promise<T>,
) => Promise<T>;

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  withScriptConnection: ScriptRunner;
  /**
   * Called when PostgreSQL drops one of the pool's connections (a restart, a failover, pg_terminate_backend, an
   * idle timeout). The connection is already out of the pool; the next query opens a new one. Never for PGlite.
   */
  onConnectionLost(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string | undefined;
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  poolMax?: number;
}

/** How long taking a new connection may wait before the request is answered 503 (an unreachable host). */
export const CONNECT_TIMEOUT_MS = 10_000;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      // Names the server's connections in pg_stat_activity (a URL's own application_name wins).
      application_name: 'tuki',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    const listeners: ((error: Error) => void)[] = [];
    const reported = new WeakSet<object>();
    const lost = (error: Error, client: object) => {
      if (reported.has(client)) return;
      reported.add(client);
      for (const listener of listeners) listener(error);
    };
    // Without these handlers a dropped connection is an unhandled 'error' event that ends the process. The pool
    // reports its idle clients; a client held by a transaction between two queries reports on itself (the pool
    // removes it when it is released, as it is no longer queryable).
    pool.on('error', (error, client) => lost(error, client));
    pool.on('connect', (client) => {
      client.on('error', (error) => lost(error, client));
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const withScriptConnection: ScriptRunner = async (work) => {
      const client = await pool.connect();
      try {
        return await work(async (script) => {
          const result = await client.query(script);
          const last = Array.isArray(result) ? result.at(-1) : result;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        client.release();
      }
    };
    // Kysely ends the pool only if it used it; the migration runner may have been its only user.
    const close = async () => {
      await db.destroy();
      if (!pool.ended && !pool.ending) await pool.end();
    };
    return {
      db,
      kind: 'postgres',
      withScriptConnection,
      onConnectionLost: (listener) => listeners.push(listener),
      close,
    };
  }
  const location =
    options.dataDir === 'memory://' ? undefined : `${options.dataDir.replace(/\/$/, '')}/pgdata`;
  // One process per data directory (db/data-dir-lock.ts): taken before anything in the folder is touched.
  const lock = location ? lockDataDir(options.dataDir) : undefined;
  let pglite: PGlite;
  try {
    if (location) mkdirSync(location, { recursive: true });
    pglite = await PGlite.create(location, {
      // pg_trgm and unaccent: the work queue's search by name (migrations 0012 and 0020).
      extensions: { pg_trgm, unaccent },
      parsers: { [DATE_OID]: (value: string) => value },
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  const withScriptConnection: ScriptRunner = (work) =>
    work(async (script) => {
      const results = await pglite.exec(script);
      return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
    });
  return {
    db,
    kind: 'pglite',
    withScriptConnection,
    onConnectionLost: () => {},
    close: async () => {
      try {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
