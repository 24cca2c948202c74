// Webhook delivery: events delivered per second to a local receiver, and the latency from the commit of a change to
// the receiver's answer (p50/p95). A fresh database — a PostgreSQL server (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/tuki_events_bench, dropped and created again) and the embedded PGlite in
// memory — with the real migrations; events are made as the application does (a status change and its case event
// in one transaction: the event, its delivery and the audit rows); the real WebhookWorker POSTs them, signed, to a
// node:http receiver on loopback.
// - throughput: EVENTS events committed first, then the worker drains them (16 deliveries per claim, concurrently);
// - latency: the worker polling as in the server (WEBHOOK_POLL_INTERVAL_MS, default 1000 ms, and 100 ms), while
//   events are committed at a steady rate; commit → the receiver has the event.
// Usage: npm run bench:events [-- [--events 3000] [--rate 50] [--seconds 10] [--no-pglite]]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { systemAuditContext } from '../apps/server/src/audit/audit-log.ts';
import { type DatabaseHandle, openDatabase } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { recordEvent } from '../apps/server/src/events/record-event.ts';
import { demoCitizens, seedDemoData } from '../apps/server/src/seed/demo-data.ts';
import { systemClock } from '../apps/server/src/shared/clock.ts';
import { createSubscription } from '../apps/server/src/webhooks/subscriptions.ts';
import { WebhookWorker } from '../apps/server/src/webhooks/worker.ts';
import { benchDatabase, dropDatabase, percentile, recreateDatabase } from './bench-database.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '3000' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const EVENTS = Number(args.events);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const benchDb = benchDatabase('tuki_events_bench');
const silentLog = { info() {}, warn() {}, error() {} };

interface Receiver {
  url: string;
  /** Arrival time (performance.now) by the event's subject. */
  arrivals: Map<string, number>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const arrivals = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { subject: string };
      if (!request.headers['webhook-signature']) throw new Error('unsigned');
      arrivals.set(event.subject, performance.now());
      response.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    arrivals,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sent applications to move on: one event each. */
async function makeApplications(database: DatabaseHandle, count: number, offset: number): Promise<string[]> {
  const person = await database.db
    .selectFrom('person')
    .select('id')
    .where('personal_identity_code', '=', demoCitizens[0]?.personalIdentityCode ?? '')
    .executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 500) {
    const rows = await database.db
      .insertInto('application')
      .values(
        Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
          person_id: person.id,
          kind: 'basic' as const,
          status: 'submitted' as const,
          reference_number: `TT-2026-B${String(offset + i + j).padStart(7, '0')}`,
          submitted_at: new Date(),
          due_date: '2026-12-31',
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/** The change of one application, in its own transaction with its case event (the event and the delivery). */
async function commitChange(database: DatabaseHandle, applicationId: string): Promise<number> {
  await database.db.transaction().execute(async (trx) => {
    const now = new Date();
    await trx
      .updateTable('application')
      .set({ status: 'in_processing' })
      .where('id', '=', applicationId)
      .execute();
    await trx
      .insertInto('application_status_history')
      .values({
        application_id: applicationId,
        status: 'in_processing',
        previous_status: 'submitted',
        changed_at: now,
        actor_type: 'system',
        actor_id: null,
      })
      .execute();
    const application = await trx
      .selectFrom('application')
      .select(['id', 'person_id', 'status', 'reference_number', 'due_date', 'urgent'])
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    await recordEvent(
      trx,
      {
        kind: 'application.assigned',
        application,
        actor: systemAuditContext,
        statusChanges: [{ from: 'submitted', to: 'in_processing' }],
        payload: { previousAssigneeId: null, assigneeId: null },
      },
      now,
    );
  });
  return performance.now();
}

async function bench(kind: 'postgres' | 'pglite'): Promise<void> {
  if (kind === 'postgres') await recreateDatabase(benchDb);
  const database = await openDatabase({
    url: kind === 'postgres' ? benchDb.url : undefined,
    dataDir: 'memory://',
    poolMax: 20,
  });
  await migrate(database);
  await seedDemoData(database.db, new Date());
  const receiver = await startReceiver();
  const clientId = '00000000-0000-4000-8000-00000000b0b0';
  await createSubscription(
    database.db,
    { clientId, audit: { actor: { type: 'system', id: null }, requestId: null, ip: null } },
    { url: receiver.url, eventTypes: [] },
    { allowPrivate: true },
    new Date(),
  );
  const worker = (pollMs?: number) => {
    const w = new WebhookWorker({
      db: database.db,
      clock: systemClock,
      log: silentLog,
      publicUrl: 'http://localhost:3000',
      allowPrivate: true,
    });
    return pollMs ? w.start(pollMs) : w;
  };

  // Throughput: a backlog of events, drained.
  const backlog = await makeApplications(database, EVENTS, 0);
  for (const id of backlog) await commitChange(database, id);
  const drainer = worker();
  const started = performance.now();
  const result = await drainer.drain();
  const seconds = (performance.now() - started) / 1000;
  if (result.delivered !== EVENTS || receiver.arrivals.size !== EVENTS) {
    throw new Error(`delivered ${result.delivered} of ${EVENTS} (${JSON.stringify(result)})`);
  }
  console.log(
    `${kind}: throughput ${Math.round(EVENTS / seconds)} events a second (${EVENTS} events in ${seconds.toFixed(2)} s)`,
  );

  // Latency: events committed at a steady rate while the worker polls.
  for (const pollMs of [1000, 100]) {
    const count = RATE * SECONDS;
    const ids = await makeApplications(database, count, EVENTS + (pollMs === 1000 ? 0 : count));
    const polling = worker(pollMs);
    const committed = new Map<string, number>();
    const interval = 1000 / RATE;
    const begin = performance.now();
    for (const [index, id] of ids.entries()) {
      const due = begin + index * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      committed.set(id, await commitChange(database, id));
    }
    const deadline = performance.now() + pollMs * 5 + 10_000;
    while (ids.some((id) => !receiver.arrivals.has(id)) && performance.now() < deadline) await sleep(20);
    await polling.stop();
    const latencies = ids
      .map((id) => (receiver.arrivals.get(id) ?? Number.NaN) - (committed.get(id) ?? Number.NaN))
      .filter((value) => Number.isFinite(value))
      .sort((a, b) => a - b);
    if (latencies.length !== ids.length) throw new Error(`only ${latencies.length} of ${ids.length} arrived`);
    console.log(
      `${kind}: commit → delivery with ${pollMs} ms polling, ${RATE} events a second for ${SECONDS} s: ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
        `max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
    );
  }
  await receiver.close();
  await database.close();
  if (kind === 'postgres') await dropDatabase(benchDb);
}

await bench('postgres');
if (!args['no-pglite']) await bench('pglite');
