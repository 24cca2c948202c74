// Every query of the server lives in a repository (`*.repository.ts`) or in the database plumbing (src/db/):
// commands, routes, presenters and jobs call named repository functions and never build SQL themselves.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const src = new URL('../src/', import.meta.url).pathname;

const queryPattern = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql(`|<)/;

/** Files still allowed to hold SQL outside a repository, each with the reason. Keep it empty. */
const allowed = new Map<string, string>([]);

function isRepositoryOrPlumbing(file: string): boolean {
  return file.startsWith('db/') || file.endsWith('.repository.ts');
}

function filesWithSql(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of globSync('**/*.ts', { cwd: src }).sort()) {
    if (isRepositoryOrPlumbing(file)) continue;
    const lines = readFileSync(src + file, 'utf8').split('\n');
    const hits = lines.flatMap((line, index) =>
      queryPattern.test(line) ? [`${index + 1}: ${line.trim()}`] : [],
    );
    if (hits.length > 0) found.set(file, hits);
  }
  return found;
}

test('no SQL outside the repositories and the database plumbing', () => {
  const offenders = [...filesWithSql()].filter(([file]) => !allowed.has(file));
  assert.deepEqual(
    offenders.map(([file, hits]) => `${file}\n  ${hits.join('\n  ')}`),
    [],
    'move these queries into the aggregate’s *.repository.ts',
  );
});

test('the allowlist names only files that still hold SQL', () => {
  const withSql = filesWithSql();
  assert.deepEqual(
    [...allowed.keys()].filter((file) => !withSql.has(file)),
    [],
  );
});

test('the scan finds a query when there is one', () => {
  assert.ok(queryPattern.test("await db.selectFrom('application').selectAll().execute();"));
  assert.ok(queryPattern.test('const r = await sql<{ n: number }>`select 1 as n`.execute(db);'));
  assert.ok(queryPattern.test('await trx.deleteFrom("session").execute();'));
  assert.ok(!queryPattern.test('const results = await findApplications(db, id);'));
});
