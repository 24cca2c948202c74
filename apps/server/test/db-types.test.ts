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
import {
  allEventTypes,
  apiScopes,
  applicationStatuses,
  attachmentCategories,
  attentionReasons,
  attentionResolutions,
  caseKinds,
  informationItemCodes,
  languages,
  publicityClasses,
  recordTypes,
  staffRoles,
} from '@tuki/domain';
import { sql } from 'kysely';
import pg from 'pg';
import { ColumnTypeError, generateDatabaseTypes, generatedFile, narrowedColumns } from '../src/db/codegen.ts';
import * as columnTypes from '../src/db/column-types.ts';
import { repoRoot } from './helpers/cli.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const run = promisify(execFile);

/** The values of each type that codegen.ts gives a column holding a closed set of strings. */
const vocabularies: Readonly<Record<string, readonly string[]>> = {
  Language: languages,
  ApplicationStatus: applicationStatuses,
  CaseKind: caseKinds,
  InformationItemCode: informationItemCodes,
  AttachmentCategory: attachmentCategories,
  StaffRole: staffRoles,
  ApiScope: apiScopes,
  EventType: allEventTypes,
  SessionKind: columnTypes.sessionKinds,
  AuthMethod: columnTypes.authMethods,
  AuditActorType: columnTypes.auditActorTypes,
  StatusChangeActorType: columnTypes.statusChangeActorTypes,
  AuditOutcome: columnTypes.auditOutcomes,
  ApiClientApproval: columnTypes.apiClientApprovals,
  RoleGrantState: columnTypes.roleGrantStates,
  SigningAlgorithm: columnTypes.signingAlgorithms,
  NotificationChannel: columnTypes.notificationChannels,
  NotificationState: columnTypes.notificationStates,
  MessageSenderType: columnTypes.messageSenderTypes,
  ParameterSetOrigin: columnTypes.parameterSetOrigins,
  DecisionOutcomeValue: columnTypes.decisionOutcomes,
  DecisionDelivery: columnTypes.decisionDeliveries,
  WebhookDeliveryStatus: columnTypes.webhookDeliveryStatuses,
  PaymentPayeeKind: columnTypes.paymentPayeeKinds,
  PaymentStatus: columnTypes.paymentStatuses,
  PaymentBatchStatus: columnTypes.paymentBatchStatuses,
  PaymentCommitmentKind: columnTypes.paymentCommitmentKinds,
  RecordType: recordTypes,
  PublicityClass: publicityClasses,
  DestructionListStatus: columnTypes.destructionListStatuses,
  DestructionOutcome: columnTypes.destructionOutcomes,
  AttentionReason: attentionReasons,
  AttentionResolution: attentionResolutions,
  SuomifiNoticeKind: columnTypes.suomifiNoticeKinds,
  SuomifiNoticeOutcome: columnTypes.suomifiNoticeOutcomes,
};

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

  test("each column typed with a set of values allows exactly those values in the database's check", async () => {
    // `Type`: the column holds one of the values (`column = ANY (ARRAY[…])`); `Type[]`: an array of them
    // (`column <@ ARRAY[…]`, possibly beside other conditions in the same check).
    const checked = Object.entries(narrowedColumns).filter(([, type]) => /^[A-Za-z]+(\[\])?$/.test(type));
    assert.ok(checked.length >= 19);
    const unchecked: string[] = [];
    for (const [path, columnType] of checked) {
      const isArray = columnType.endsWith('[]');
      const type = columnType.replace('[]', '');
      const values = vocabularies[type];
      assert.ok(values, `${path}: the values of ${type} are listed in this test`);
      const [table, column] = path.split('.') as [string, string];
      const { rows } = await sql<{ definition: string }>`
        select pg_get_constraintdef(oid) as definition from pg_constraint
        where conrelid = ${table}::regclass and contype = 'c'`.execute(database.db);
      const pattern = isArray
        ? new RegExp(`\\(${column} <@ ARRAY\\[(.*?)\\]\\)`)
        : new RegExp(`^CHECK \\(\\(${column} = ANY \\(ARRAY\\[(.*)\\]\\)\\)\\)$`);
      const lists = rows.flatMap(({ definition }) => pattern.exec(definition)?.[1] ?? []);
      assert.ok(lists.length <= 1, `${path} has at most one check listing its values`);
      if (lists.length === 0) {
        unchecked.push(path);
        continue;
      }
      const allowed = [...(lists[0] ?? '').matchAll(/'([^']*)'::text/g)].map((match) => match[1]);
      assert.deepEqual([...allowed].sort(), [...values].sort(), `${path} allows the values of ${type}`);
    }
    // The status history has no check of its own: it records the statuses of application.status, which has one.
    assert.deepEqual(unchecked, [
      'application_status_history.status',
      'application_status_history.previous_status',
    ]);
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
