// The generated table types (src/db/schema.gen.ts) match the migrations: `npm run db:types` regenerates them into a
// temporary file, on the embedded PGlite and, with TEST_DATABASE_URL, on a throw-away PostgreSQL database, and the
// result must equal the committed file. The generator sees a schema change and refuses a column list that does not
// fit the database.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { ColumnTypeError, generateDatabaseTypes, generatedFile, narrowedColumns } from '../src/db/codegen.ts';
import { repoRoot } from './helpers/cli.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const run = promisify(execFile);

async function throwAwayDatabases(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'tuki_types_%'",
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

describe('npm run db:types', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tuki-db-types-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const backend of databaseBackends) {
    test(`regenerates the committed schema.gen.ts from the migrations (${backend})`, async () => {
      const out = join(dir, `${backend}.gen.ts`);
      const url = process.env.TEST_DATABASE_URL;
      const args = ['run', '--silent', 'db:types', '--', '--out', out];
      if (backend === 'postgres' && url) args.push('--postgres', url);
      const before = backend === 'postgres' && url ? await throwAwayDatabases(url) : [];
      await run('npm', args, { cwd: repoRoot, timeout: 120_000 });
      const [generated, committed] = await Promise.all([
        readFile(out, 'utf8'),
        readFile(generatedFile, 'utf8'),
      ]);
      assert.equal(
        generated,
        committed,
        'apps/server/src/db/schema.gen.ts is out of date with the migrations: run `npm run db:types` and commit it',
      );
      if (backend === 'postgres' && url) {
        assert.deepEqual(await throwAwayDatabases(url), before, 'the throw-away database is dropped');
      }
    });
  }
});

describe('the generator', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase('pglite');
  });
  after(() => database.close());

  test('follows a change of the schema, nullability and defaults included', async () => {
    const first = await generateDatabaseTypes(database.db);
    assert.match(first, /^ {2}preferred_language: Generated<Language>;$/m);
    assert.match(first, /^ {2}status: Generated<ApplicationStatus>;$/m);
    assert.match(first, /^import type \{[^}]*\bLanguage\b[^}]*\} from "@tuki\/domain";$/m);
    await sql`alter table person add column nickname text`.execute(database.db);
    await sql`alter table message add column priority integer not null default 0`.execute(database.db);
    const second = await generateDatabaseTypes(database.db);
    assert.notEqual(second, first);
    assert.match(second, /^ {2}nickname: string \| null;$/m);
    assert.match(second, /^ {2}priority: Generated<number>;$/m);
    await sql`alter table person drop column nickname`.execute(database.db);
    await sql`alter table message drop column priority`.execute(database.db);
    assert.equal(await generateDatabaseTypes(database.db), first);
  });

  test('refuses a type for a column that is not in the database', async () => {
    await assert.rejects(
      generateDatabaseTypes(database.db, { ...narrowedColumns, 'person.nickname': 'string' }),
      (error) => error instanceof ColumnTypeError && /person\.nickname/.test(error.message),
    );
  });

  test('refuses a type that allows null for a column that does not', async () => {
    await assert.rejects(
      generateDatabaseTypes(database.db, { ...narrowedColumns, 'decision.language': 'Language | null' }),
      (error) => error instanceof ColumnTypeError && /decision\.language/.test(error.message),
    );
  });
});
