// The processing-time statistics (getProcessingTimeStatistics) on 100 000 decided applications in one year.
// Generates the data with generate_series into a fresh database — a PostgreSQL server (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/tuki_statistics_bench, dropped and created again) and the embedded PGlite in
// memory — applies the real migrations, then times the real function (the grouped query and the calendar in TS;
// no HTTP) for the whole year and for a half-year: p50/p95/max of the runs after warm-up calls, and the number of
// groups the query returns. Usage: npm run bench:statistics [-- [--decisions 100000] [--runs 20] [--no-pglite]]
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { seedDemoData } from '../apps/server/src/seed/demo-data.ts';
import {
  getProcessingTimeStatistics,
  loadDecisionGroups,
} from '../apps/server/src/statistics/processing-times.ts';
import { benchDatabase, percentile, recreateDatabase } from './bench-database.ts';

const { values: args } = parseArgs({
  options: {
    decisions: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const DECISIONS = Number(args.decisions);
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const database = benchDatabase('tuki_statistics_bench');

/**
 * Decisions spread over 2026 (Helsinki), each 0–20 days after its arrival; 24 % with an information request
 * (half answered), 3 % urgent, 1 % requests for rectification.
 */
async function generate(handle: DatabaseHandle): Promise<void> {
  await migrate(handle);
  await seedDemoData(handle.db, new Date('2026-01-01T00:00:00Z'));
  const db = handle.db;
  await sql`
    insert into application (id, person_id, kind, status, reference_number, urgent, submitted_at, due_date)
    select md5('app' || g)::uuid,
           (select id from person order by personal_identity_code limit 1),
           case when g % 100 = 0 then 'rectification' else 'basic' end,
           'decided', 'TT-B-' || g, g % 33 = 0,
           timestamptz '2026-01-01 08:00+02' + (g % 365) * interval '1 day' + (g % 600) * interval '1 minute'
             - ((g * 7919) % 21) * interval '1 day',
           date '2026-01-01'
    from generate_series(1, ${DECISIONS}) g`.execute(db);
  await sql`
    insert into information_request (application_id, requested_by, message, due_date, created_at, answer_message,
                                     answered_at)
    select md5('app' || g)::uuid, (select id from staff_user where username = 'handler'), 'x',
           (a.submitted_at + interval '8 days')::date, a.submitted_at + interval '1 day',
           case when g % 2 = 0 then 'y' end, case when g % 2 = 0 then a.submitted_at + interval '5 days' end
    from generate_series(1, ${DECISIONS}) g
    join application a on a.id = md5('app' || g)::uuid
    where g % 25 < 6`.execute(db);
  await sql`
    insert into decision (application_id, outcome, month, amount_cents, reasoning, legal_provisions, decided_by,
                          decided_at, language, delivery)
    select md5('app' || g)::uuid, 'approved', '2026-01', 10000, '', '{}',
           (select id from staff_user where username = 'handler'),
           timestamptz '2026-01-01 09:00+02' + (g % 365) * interval '1 day' + (g % 480) * interval '1 minute',
           'fi', 'electronic'
    from generate_series(1, ${DECISIONS}) g`.execute(db);
  await sql`analyze`.execute(db);
}

async function time(handle: DatabaseHandle, from: string, to: string): Promise<string> {
  for (let i = 0; i < WARMUP; i += 1) await getProcessingTimeStatistics(handle.db, from, to);
  const times: number[] = [];
  let decided = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = await getProcessingTimeStatistics(handle.db, from, to);
    times.push(performance.now() - start);
    decided = result.total.decided + result.total.rectificationsDecided;
  }
  const groups = (await loadDecisionGroups(handle.db, from, to)).length;
  times.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${from}…${to}: ${decided} decisions in ${groups} groups — p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1) ?? 0)}`;
}

async function run(name: string, handle: DatabaseHandle): Promise<void> {
  const started = performance.now();
  await generate(handle);
  console.log(
    `${name}: generated ${DECISIONS} decisions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`  ${await time(handle, '2026-01', '2026-12')}`);
  console.log(`  ${await time(handle, '2026-01', '2026-06')}`);
  await handle.close();
}

await recreateDatabase(database);
await run('PostgreSQL', await openDatabase({ url: database.url, dataDir: 'memory://', poolMax: 2 }));
if (!args['no-pglite'])
  await run('PGlite', await openDatabase({ url: undefined, dataDir: 'memory://', poolMax: 1 }));
