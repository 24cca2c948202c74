// The staff work queue on 1 000 000 sent applications (budget: p95 under 50 ms per case).
// Creates a PostgreSQL database of its own (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/tuki_bench),
// applies the real migrations, generates the data set (bench/queue-generate.ts) unless it is already there, and then
// times the real listQueue (apps/server/src/applications/queue.ts, what GET /api/v1/applications calls) per case:
// one call = its transaction, the page query, the counts query, the audit rows of the applications shown (one
// multi-row insert) and, for a search by identity code, the person lookup and its audit row. Not included: HTTP, the session lookup and the JSON serialisation.
// Prints p50/p95/max per case and EXPLAIN (ANALYZE, BUFFERS) of every statement of one call per case.
// Usage: npm run bench:queue [-- [--regenerate] [--runs 200] [--warmup 20] [--no-plans]]; exit code 1 when a budgeted
// case is over budget.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  type CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresQueryCompiler,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import {
  listQueue,
  positionAfter,
  type QueueFilters,
  type QueuePage,
  type QueuePosition,
} from '../apps/server/src/applications/queue.ts';
import type { StaffActor } from '../apps/server/src/applications/staff-actor.ts';
import { type Db, openDatabase } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import type { ApplicationStatusValue } from '../apps/server/src/db/schema.ts';
import { percentile } from './bench-database.ts';
import { generate, ME_INDEX, SENT_APPLICATIONS, staffIdSql } from './queue-generate.ts';

const BUDGET_MS = 50;
const PAGE_LIMIT = 50; // the route's default page size
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/tuki_bench';

const { values: args } = parseArgs({
  options: {
    regenerate: { type: 'boolean', default: false },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    'no-plans': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
const dbName = new URL(url).pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(dbName))
  throw new Error(`unexpected database name in BENCH_DATABASE_URL: ${dbName}`);

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The benchmark's "now" (when the data was generated), or undefined when the database is not populated. */
async function generatedAt(client: pg.Client): Promise<Date | undefined> {
  const { rows } = await client
    .query<{ now: Date; sent: number }>('select now_used as now, sent from bench_meta')
    .catch(() => ({ rows: [] as { now: Date; sent: number }[] }));
  const row = rows[0];
  return row && Number(row.sent) === SENT_APPLICATIONS ? row.now : undefined;
}

async function prepareDatabase(): Promise<Date> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const exists = await withClient(adminUrl.toString(), async (admin) => {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [dbName]);
    if (rowCount && !args.regenerate) return true;
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    return false;
  });

  // The real migrations, also on a reused database (so a new index migration is applied to the existing data).
  const handle = await openDatabase({ url, dataDir: 'unused', poolMax: 1 });
  try {
    const applied = await migrate(handle);
    if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
  } finally {
    await handle.close();
  }

  return withClient(url, async (client) => {
    const previous = exists ? await generatedAt(client) : undefined;
    if (previous) {
      console.log(`reusing ${dbName}, generated for ${previous.toISOString()} (--regenerate to start over)`);
      await client.query('analyze application');
      return previous;
    }
    if (exists) {
      // Present but not (completely) generated, e.g. an interrupted generation.
      throw new Error(`${dbName} exists but is not a complete benchmark database: run with --regenerate`);
    }
    const now = new Date();
    console.log(`generating ${dbName} (now = ${now.toISOString()}):`);
    const report = await generate(client, now);
    await client.query('create table bench_meta (now_used timestamptz not null, sent integer not null)');
    await client.query('insert into bench_meta values ($1, $2)', [now, SENT_APPLICATIONS]);
    console.log(`generation: ${(report.totalMs / 1000).toFixed(1)} s in all`);
    return now;
  });
}

/** Captures the compiled SQL of every query run through the db it is attached to. */
class CapturePlugin implements KyselyPlugin {
  readonly compiler = new PostgresQueryCompiler();
  captured: CompiledQuery[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.captured.push(this.compiler.compileQuery(args.node, args.queryId));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

interface Case {
  name: string;
  budgeted: boolean;
  /** Fewer runs for a slow case that is not held to the budget. */
  runs?: number;
  filters: (run: number) => QueueFilters;
  after?: QueuePosition;
}

const now = await prepareDatabase();
const handle = await openDatabase({ url, dataDir: 'unused', poolMax: 10 });
const db: Db = handle.db;
try {
  const me = await db
    .selectFrom('staff_user')
    .selectAll()
    .where('username', '=', `kasittelija${String(ME_INDEX).padStart(2, '0')}`)
    .executeTakeFirstOrThrow();
  const actor: StaffActor = {
    staffUser: me,
    audit: { actor: { type: 'staff', id: me.id }, requestId: randomUUID(), ip: '127.0.0.1' },
  };
  // Codes to search for: 200 persons with applications, spread over the table, rotated per run.
  const codes = await withClient(url, async (client) => {
    const openSql = `status in ('submitted', 'in_processing', 'waiting_for_information')`;
    const mine = `assignee_id = ${staffIdSql(String(ME_INDEX))}`;
    const today = `(timezone('Europe/Helsinki', '${now.toISOString()}'::timestamptz))::date`;
    const spread: [string, string][] = [
      ['applications in the table', 'true'],
      ['  drafts (never in the queue)', `status = 'draft'`],
      ['  sent (in the queue)', `submitted_at is not null and status <> 'draft'`],
      ['    decided', `status = 'decided'`],
      ['    withdrawn', `status = 'withdrawn'`],
      ['    submitted', `status = 'submitted'`],
      ['    in_processing', `status = 'in_processing'`],
      ['    waiting_for_information', `status = 'waiting_for_information'`],
      ['  open and overdue', `${openSql} and due_date < ${today}`],
      ['  open and due today', `${openSql} and due_date = ${today}`],
      ['  open and urgent', `${openSql} and urgent`],
      ['  assigned to "me", all statuses', mine],
      ['  assigned to "me", open', `${mine} and ${openSql}`],
    ];
    console.log(`data (generated for ${now.toISOString()}):`);
    for (const [what, where] of spread) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*) as n from application where ${where}`,
      );
      console.log(`  ${what.padEnd(34)} ${Number(rows[0]?.n).toLocaleString('en')}`);
    }
    for (const table of ['person', 'staff_user']) {
      const { rows } = await client.query<{ n: number }>(`select count(*) as n from ${table}`);
      console.log(`  ${table.padEnd(34)} ${Number(rows[0]?.n).toLocaleString('en')}`);
    }
    const { rows } = await client.query<{ code: string }>(
      `select p.personal_identity_code as code from person p
       where exists (select 1 from application a where a.person_id = p.id)
       order by md5(p.id::text) limit 200`,
    );
    return rows.map((row) => row.code);
  });

  const open: ApplicationStatusValue[] = ['submitted', 'in_processing', 'waiting_for_information'];
  const cursorAfter = async (filters: QueueFilters): Promise<QueuePosition> => {
    const last = (await listQueue(db, actor, filters, { limit: PAGE_LIMIT }, now)).rows.at(-1);
    if (!last) throw new Error('the queue is empty');
    return positionAfter(last);
  };
  const cursor = await cursorAfter({});

  // Keyset paging check (not timed): walking the open cases page by page gives the same rows as one large page.
  {
    const whole = (await listQueue(db, actor, { statuses: open }, { limit: 100_000 }, now)).rows.map(
      (r) => r.id,
    );
    const walked: string[] = [];
    let after: QueuePosition | undefined;
    for (;;) {
      const page = await listQueue(
        db,
        actor,
        { statuses: open },
        { limit: PAGE_LIMIT, ...(after ? { after } : {}) },
        now,
      );
      walked.push(...page.rows.map((r) => r.id));
      const last = page.rows.at(-1);
      if (!page.hasMore || !last) break;
      after = positionAfter(last);
    }
    const same = walked.length === whole.length && walked.every((id, i) => id === whole[i]);
    if (!same) throw new Error(`paging the open cases gave ${walked.length} rows, one page ${whole.length}`);
    console.log(
      `keyset paging check: ${walked.length} open cases in ${Math.ceil(walked.length / PAGE_LIMIT)} pages = one large page`,
    );
  }

  const cases: Case[] = [
    { name: 'default view (the open cases, as the route defaults)', budgeted: true, filters: () => ({}) },
    {
      name: 'search by identity code, every status (incl. audit row)',
      budgeted: true,
      filters: (run) => ({ q: codes[run % codes.length] ?? '' }),
    },
    { name: 'assignee=me', budgeted: true, filters: () => ({ assignee: { kind: 'me' } }) },
    { name: 'overdue=true', budgeted: true, filters: () => ({ overdue: true }) },
    { name: 'second page of the default view (cursor)', budgeted: true, filters: () => ({}), after: cursor },
    {
      name: 'status=decided (counts over every decided case)',
      budgeted: false,
      runs: 50,
      filters: () => ({ statuses: ['decided'] }),
    },
    {
      name: 'search by name (q=Virtanen), every status',
      budgeted: false,
      runs: 20,
      filters: () => ({ q: 'Virtanen' }),
    },
  ];

  const call = (target: Db, c: Case, run: number): Promise<QueuePage> =>
    listQueue(
      target,
      actor,
      c.filters(run),
      { limit: PAGE_LIMIT, ...(c.after ? { after: c.after } : {}) },
      now,
    );

  const results: {
    name: string;
    runs: number;
    budgeted: boolean;
    p50: number;
    p95: number;
    max: number;
    page: QueuePage;
  }[] = [];
  for (const c of cases) {
    let page: QueuePage | undefined;
    const runs = Math.min(RUNS, c.runs ?? RUNS);
    for (let run = 0; run < Math.min(WARMUP, runs); run++) page = await call(db, c, run);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      page = await call(db, c, run);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    if (!page) throw new Error('no runs');
    const result = {
      name: c.name,
      runs,
      budgeted: c.budgeted,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? Number.NaN,
      page,
    };
    results.push(result);
    console.log(
      `${c.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`,
    );
  }

  if (!args['no-plans']) {
    const capture = new CapturePlugin();
    const capturing = db.withPlugin(capture);
    await withClient(url, async (client) => {
      for (const c of cases) {
        capture.captured = [];
        await call(capturing, c, 0);
        console.log(`\n=== plans: ${c.name} ===`);
        for (const query of capture.captured) {
          if (!/^\s*select/i.test(query.sql)) {
            console.log(`(not explained: ${query.sql.slice(0, 60)}…)`);
            continue;
          }
          console.log(`-- ${query.sql}\n-- parameters: ${JSON.stringify(query.parameters)}`);
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers) ${query.sql}`,
            query.parameters as unknown[],
          );
          for (const row of rows) console.log(row['QUERY PLAN']);
        }
      }
    });
  }

  console.log(
    `\nwork queue on ${SENT_APPLICATIONS.toLocaleString('en')} sent applications, listQueue timed ${RUNS} times per case after ${WARMUP} warm-up calls, page size ${PAGE_LIMIT}; budget p95 < ${BUDGET_MS} ms`,
  );
  console.log(
    'case'.padEnd(52),
    'runs'.padStart(5),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'max ms'.padStart(8),
    ' rows  counts',
  );
  for (const r of results) {
    const verdict = r.budgeted ? (r.p95 < BUDGET_MS ? '' : '  OVER BUDGET') : '  (not budgeted)';
    console.log(
      r.name.padEnd(52),
      String(r.runs).padStart(5),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.max.toFixed(1).padStart(8),
      String(r.page.rows.length).padStart(5),
      ` ${JSON.stringify(r.page.counts)}${verdict}`,
    );
  }
  if (results.some((r) => r.budgeted && !(r.p95 < BUDGET_MS))) process.exitCode = 1;
} finally {
  await handle.close();
}
