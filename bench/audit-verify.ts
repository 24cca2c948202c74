// Memory and time of verifying the audit chain (verifyAuditChain, as verifyAuditTrail and npm run audit:verify run
// it) as the chain grows: 1,000 rows, then 100,000, then 1,000,000 by default. The rows are appended with
// generate_series through the real chaining trigger into a fresh PostgreSQL database (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/tuki_audit_verify_bench, dropped and created again), or into the embedded
// PGlite in memory with --pglite. For each size: the time, rows a second, and the peak of the live JS heap (and of
// the external buffers) above the level before the run, read after a full garbage collection at every batch.
// Usage: npm run bench:audit-verify [-- [--sizes 1000,100000,1000000] [--pglite]]
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { verifyAuditChain } from '../apps/server/src/audit/audit-verify.ts';
import { type DatabaseHandle, openDatabase } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { benchDatabase, dropDatabase, recreateDatabase } from './bench-database.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,100000,1000000' },
    pglite: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:audit-verify does)');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function append(handle: DatabaseHandle, from: number, to: number): Promise<void> {
  // In statements of 1,000 rows (the chain head is updated twice a row: a long transaction would slow down), each
  // row chained by the trigger as the application's are.
  for (let start = from; start <= to; start += 1000) {
    const end = Math.min(to, start + 999);
    await sql`
      insert into audit_event (actor_type, actor_id, action, object_type, object_id, request_id, outcome, details)
      select 'staff', gen_random_uuid()::text, 'application.read', 'application', gen_random_uuid()::text,
        'bench-' || g, 'success', jsonb_build_object('i', g, 'reason', 'benchmark row')
      from generate_series(${start}::int, ${end}::int) as g`.execute(handle.db);
  }
}

/**
 * Time: one run as the API runs it. Memory: a second run that, at the end of every batch (while the batch is still
 * held), collects all garbage and reads the JS heap and the external buffers (the driver's socket buffers); the peak
 * above the level before the run is what the verification keeps alive.
 */
async function measure(handle: DatabaseHandle, rows: number): Promise<string> {
  const started = performance.now();
  const report = await verifyAuditChain(handle.db);
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok || report.rowsChecked !== rows)
    throw new Error(`unexpected report ${JSON.stringify(report)}`);
  gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakExternal = base.external + base.arrayBuffers;
  let batches = 0;
  await verifyAuditChain(handle.db, undefined, () => {
    gc?.();
    const now = process.memoryUsage();
    batches += 1;
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakExternal = Math.max(peakExternal, now.external + now.arrayBuffers);
  });
  return (
    `${rows.toLocaleString('en')} rows: ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} a second); ` +
    `live JS heap peak +${mb(peakHeap - base.heapUsed)}, external buffers +${mb(peakExternal - base.external - base.arrayBuffers)} ` +
    `above the start (${batches} batches read)`
  );
}

const database = benchDatabase('tuki_audit_verify_bench');
let handle: DatabaseHandle;
if (args.pglite) {
  handle = await openDatabase({ url: undefined, dataDir: 'memory://' });
} else {
  await recreateDatabase(database);
  handle = await openDatabase({ url: database.url, dataDir: 'memory://', poolMax: 2 });
}
try {
  await migrate(handle);
  console.log(`verifyAuditChain on ${args.pglite ? 'PGlite (in memory)' : 'PostgreSQL'}:`);
  let have = 0;
  for (const size of sizes) {
    const started = performance.now();
    await append(handle, have + 1, size);
    have = size;
    // Fresh statistics, as autovacuum would gather after such growth.
    await sql`analyze audit_event`.execute(handle.db);
    const appended = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`  ${await measure(handle, size)} (appended in ${appended} s)`);
  }
} finally {
  await handle.close();
  if (!args.pglite) await dropDatabase(database);
}
