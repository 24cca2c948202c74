// Forward-only SQL migrations: apps/server/migrations/NNNN_name.sql, applied in order, each in its own
// transaction together with its row in schema_migration. An applied file must never change: its checksum
// is compared at every start. A session advisory lock lets many server processes start at once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { seedShippedParameterSets } from '../rules/parameter-set-seed.ts';
import type { DatabaseHandle } from './database.ts';

export const migrationsDir = new URL('../../migrations/', import.meta.url);
const LOCK_KEY = 746_975_301;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: URL = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(new URL(file, dir), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export class MigrationError extends Error {}

/** Applies the pending migrations and returns the names of those applied now. */
export async function migrate(handle: DatabaseHandle, migrations = readMigrations()): Promise<string[]> {
  return handle.withScriptConnection(async (exec) => {
    await exec(`select pg_advisory_lock(${LOCK_KEY})`);
    try {
      await exec(`create table if not exists schema_migration (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`);
      const rows = await exec('select version, name, checksum from schema_migration order by version');
      const applied = new Map(rows.map((row) => [Number(row.version), row]));
      const done: string[] = [];
      for (const migration of migrations) {
        const existing = applied.get(migration.version);
        if (existing) {
          if (existing.checksum !== migration.checksum) {
            throw new MigrationError(`migration ${migration.name} was changed after it was applied`);
          }
          continue;
        }
        const record = `insert into schema_migration (version, name, checksum) values (${migration.version}, '${migration.name}', '${migration.checksum}')`;
        try {
          await exec(`begin;\n${migration.sql}\n;\n${record};\ncommit;`);
        } catch (error) {
          await exec('rollback').catch(() => undefined);
          throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
        }
        done.push(migration.name);
      }
      await seedShippedParameterSets(exec); // reference data that production needs too
      return done;
    } finally {
      await exec(`select pg_advisory_unlock(${LOCK_KEY})`);
    }
  });
}
