// Decision letters rendered and sent through Suomi.fi Messages per second (issue 13). A fresh database — a
// PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/tuki_letters_sent_bench,
// dropped and created again) and the embedded PGlite in memory — with the real migrations and the demo data; LETTERS
// decided applications are inserted as a decision leaves them with Suomi.fi in use: the decision, its pending letter
// (the sample letter's data, each with its own name, reference number and amount) and its pending delivery. The
// local fake of the service (src/fakes/suomifi-messages-fake.ts) listens on a loopback port; half the recipients
// have a mailbox (an electronic message), the other half get Suomi.fi's paper mail (the city's printing service).
//
// Each letter goes as in the server, one after another: the pending-letter job renders it with Typst and stores it
// (which enqueues its delivery job), then the outbox worker runs the job: the mailbox check, the upload of the PDF
// and the message, over HTTP, and the outcome with its decision_delivered event. Prints letters per second, the
// time per letter (render + store + send; p50, p95, max), the share of it spent rendering, and the resident memory
// before and after the run.
// Usage: npm run bench:letters-sent [-- [--letters 300] [--no-pglite]]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { makePersonalIdentityCode } from '@tuki/domain';
import { sql } from 'kysely';
import type { SuomifiMessagesConfig } from '../apps/server/src/config/config.ts';
import { type DatabaseHandle, openDatabase } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { renderPendingLetters } from '../apps/server/src/decisions/pending-letters.ts';
import { startSuomifiMessagesFake } from '../apps/server/src/fakes/suomifi-messages-fake.ts';
import { letterDeliveryHandler } from '../apps/server/src/letter-delivery/index.ts';
import { type LetterRendering, typstLetterRenderer } from '../apps/server/src/letters/index.ts';
import { sampleDecisionLetter } from '../apps/server/src/letters/sample.ts';
import { topics } from '../apps/server/src/outbox/outbox.ts';
import { OutboxWorker } from '../apps/server/src/outbox/worker.ts';
import { seedDemoData } from '../apps/server/src/seed/demo-data.ts';
import { systemClock } from '../apps/server/src/shared/clock.ts';
import { SuomifiMessagesClient } from '../apps/server/src/suomifi/index.ts';
import { benchDatabase, dropDatabase, percentile, recreateDatabase } from './bench-database.ts';

const { values: args } = parseArgs({
  options: {
    letters: { type: 'string', default: '300' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const LETTERS = Number(args.letters);
const WARMUP = 5;
const database = benchDatabase('tuki_letters_sent_bench');
const silentLog = { info() {}, warn() {}, error() {} };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const languages = ['fi', 'sv', 'en'] as const;

/** Fictitious recipients (individual numbers 900–999): even ones have a mailbox, odd ones get paper mail. */
const recipientCode = (index: number) =>
  makePersonalIdentityCode(`19${String(50 + (index % 40)).padStart(2, '0')}-03-14`, 900 + (index % 100));
const hasMailbox = (code: string) => Number(code.slice(7, 10)) % 2 === 0;

/** LETTERS decided applications with their pending letters and deliveries, as a decision with Suomi.fi leaves them. */
async function insertDecided(handle: DatabaseHandle, count: number): Promise<void> {
  const db = handle.db;
  const now = systemClock.now();
  const handler = await db
    .selectFrom('staff_user')
    .select('id')
    .where('username', '=', 'handler')
    .executeTakeFirstOrThrow();
  for (let index = 0; index < count; index++) {
    const code = recipientCode(index);
    const language = languages[index % languages.length] ?? 'fi';
    const person = await db
      .insertInto('person')
      .values({
        personal_identity_code: code,
        first_name: 'Testi',
        last_name: `Vastaanottaja ${index}`,
        street_address: 'Mannerheimintie 1 A 2',
        postal_code: '00100',
        city: 'HELSINKI',
        created_at: now,
      })
      .onConflict((oc) => oc.column('personal_identity_code').doUpdateSet({ updated_at: now }))
      .returning('id')
      .executeTakeFirstOrThrow();
    const application = await db
      .insertInto('application')
      .values({
        person_id: person.id,
        kind: 'basic',
        status: 'decided',
        reference_number: `TT-B-${String(index).padStart(6, '0')}`,
        urgent: false,
        submitted_at: now,
        due_date: '2026-12-31',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const decision = await db
      .insertInto('decision')
      .values({
        application_id: application.id,
        outcome: 'approved',
        month: '2026-11',
        amount_cents: 10_000 + index,
        reasoning: '',
        legal_provisions: [],
        decided_by: handler.id,
        decided_at: now,
        language,
        delivery: 'paper',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const letter = sampleDecisionLetter(language);
    letter.recipient.name = `Testi Vastaanottaja ${index}`;
    letter.applicant.name = letter.recipient.name;
    letter.referenceNumber = `TT-B-${String(index).padStart(6, '0')}`;
    letter.amountCents += index;
    await db
      .insertInto('pending_decision_letter')
      .values({ decision_id: decision.id, letter_data: JSON.stringify(letter), created_at: now })
      .execute();
    await db.insertInto('letter_delivery').values({ decision_id: decision.id, created_at: now }).execute();
  }
}

async function run(name: string, handle: DatabaseHandle): Promise<void> {
  await migrate(handle);
  await seedDemoData(handle.db, systemClock.now());
  await insertDecided(handle, LETTERS + WARMUP);
  const fake = await startSuomifiMessagesFake({
    username: 'tuki-bench',
    password: 'bench-password',
    mailbox: hasMailbox,
  });
  try {
    const config: SuomifiMessagesConfig = {
      url: fake.url,
      username: fake.username,
      initialPassword: 'bench-password',
      serviceId: fake.serviceId,
      passwordRotationDays: 90,
      timeoutMs: 10_000,
      printingService: { email: 'print@example.fi', username: 'posti-user', password: 'posti-password' },
      senderAddress: {
        name: 'Helsingin kaupunki',
        streetAddress: 'PL 6100',
        zipCode: '00099',
        city: 'HELSINGIN KAUPUNKI',
        countryCode: 'FI',
      },
    };
    const client = new SuomifiMessagesClient({ db: handle.db, config, clock: systemClock });
    const worker = new OutboxWorker({
      db: handle.db,
      clock: systemClock,
      log: silentLog,
      batchSize: 1,
      handlers: { [topics.letterDelivery]: letterDeliveryHandler({ client, printingService: true }) },
    });
    let renderMs = 0;
    const rendering: LetterRendering = {
      publicUrl: 'https://tuki.example.fi',
      render: async (letter, options) => {
        const started = performance.now();
        const pdf = await typstLetterRenderer(letter, options);
        renderMs += performance.now() - started;
        return pdf;
      },
    };
    /** One letter: rendered and stored by the pending-letter job, then sent by the outbox worker. */
    let sendMs = 0;
    let serviceMs = 0;
    for (const method of ['activeMailboxes', 'uploadAttachment', 'sendMessage'] as const) {
      const original = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>;
      Object.assign(client, {
        [method]: async (...args: unknown[]) => {
          const started = performance.now();
          try {
            return await original(...args);
          } finally {
            serviceMs += performance.now() - started;
          }
        },
      });
    }
    const oneLetter = async () => {
      const rendered = await renderPendingLetters(handle.db, rendering, systemClock.now(), { limit: 1 });
      const sendStarted = performance.now();
      const sent = await worker.runOnce();
      sendMs += performance.now() - sendStarted;
      if (rendered.rendered !== 1 || sent.processed !== 1) {
        throw new Error(`a letter did not go: ${JSON.stringify({ rendered, sent })}`);
      }
    };
    for (let i = 0; i < WARMUP; i++) await oneLetter();
    renderMs = 0;
    sendMs = 0;
    serviceMs = 0;
    const rssBefore = process.memoryUsage().rss;
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < LETTERS; i++) {
      const letterStarted = performance.now();
      await oneLetter();
      times.push(performance.now() - letterStarted);
    }
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = process.memoryUsage().rss;
    const outcomes = await handle.db
      .selectFrom('letter_delivery')
      .select(['channel', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('channel')
      .execute();
    const delivered = await sql<{ n: string }>`
      select count(*) as n from event where type = 'fi.tuki.application.decision_delivered'`.execute(
      handle.db,
    );
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `${name}: ${LETTERS} letters rendered and sent in ${seconds.toFixed(2)} s = ` +
        `${(LETTERS / seconds).toFixed(1)} letters/s`,
    );
    console.log(
      `  per letter: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ` +
        `${ms(times.at(-1) ?? 0)}`,
    );
    const share = (part: number) => `${((part / (seconds * 1000)) * 100).toFixed(0)} %`;
    console.log(
      `  of the time: rendering ${share(renderMs)}, the delivery job ${share(sendMs)} (of which the calls to ` +
        `the service ${share(serviceMs)}), the rest storing the letters`,
    );
    console.log(
      `  outcomes: ${outcomes.map((row) => `${row.channel ?? 'pending'} ${row.n}`).join(', ')}; ` +
        `decision_delivered events ${delivered.rows[0]?.n}; the fake holds ${fake.messages.length} messages`,
    );
    console.log(`  resident memory: ${mb(rssBefore)} MB before, ${mb(rssAfter)} MB after`);
  } finally {
    await fake.close();
    await handle.close();
  }
}

await recreateDatabase(database);
try {
  await run('PostgreSQL', await openDatabase({ url: database.url, dataDir: 'memory://', poolMax: 4 }));
} finally {
  await dropDatabase(database);
}
if (!args['no-pglite'])
  await run('PGlite', await openDatabase({ url: undefined, dataDir: 'memory://', poolMax: 1 }));
