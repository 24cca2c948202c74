// Faults, repeatable: the real server process (main.ts) is killed with SIGKILL twice during a burst of submissions
// from several citizens, while it delivers webhooks (a receiver in this process) and sends e-mail (a real SMTP
// server in this process, slow on purpose so that a message is being handed over when the kill comes). After each
// kill the server is started again on the same database; the clients retry what got no answer with the same
// Idempotency-Key. When everything is drained: every acknowledged submission exists once with the reference
// number it was acknowledged with, every event reached the receiver at least once, no e-mail went twice (by
// Message-ID), every e-mail is accounted for (sent, or left 'uncertain' for an operator), and the audit chain
// verifies. On PGlite (a data directory of its own) and on PostgreSQL (a fresh database). Prints the figures.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { findOrCreatePerson } from '../src/people/persons.repository.ts';
import { createSubscription } from '../src/webhooks/subscriptions.ts';
import { completeContent } from './helpers/applications.ts';
import { freePort } from './helpers/net.ts';
import { startSmtpServer } from './helpers/smtp-server.ts';
import { createTestDatabase, databaseBackends } from './helpers/test-database.ts';

const root = new URL('../../../', import.meta.url).pathname;
const CITIZENS = 6;
/** Kill when this many submissions have been acknowledged; stop the burst at the last number. */
const KILL_AT = [8, 20];
const STOP_AT = 32;
const SMTP_DELAY_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Figures {
  acknowledged: number;
  submittedInDatabase: number;
  kills: number;
  events: number;
  webhookRequests: number;
  duplicateDeliveries: number;
  emailsSent: number;
  emailsUncertain: number;
  emailsTwice: number;
  auditRows: number;
}

for (const backend of databaseBackends) {
  describe(`SIGKILL during a burst of submissions, webhooks and e-mail (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    /** Set when the test ends however it ends: the clients stop retrying. */
    let finished = false;
    after(async () => {
      finished = true;
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    test('nothing acknowledged is lost or doubled, every event arrives, no e-mail goes twice, the audit chain holds', {
      timeout: 300_000,
    }, async () => {
      // --- The world around the server: SMTP and a webhook receiver in this process.
      const mails: { messageId: string; to: string }[] = [];
      let lastActivity = Date.now();
      const smtp = await startSmtpServer(({ to, raw }, accept) => {
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? `(none ${randomUUID()})`;
        // Accepted on arrival of the whole message, answered a little later: the window of a hand-over.
        mails.push({ messageId, to: to[0] ?? '' });
        lastActivity = Date.now();
        setTimeout(accept, SMTP_DELAY_MS);
      });
      // A connection of a killed server ends with a reset: not a failure of the test.
      smtp.server.on('error', () => undefined);
      cleanups.push(smtp.close);
      // The webhook receiver: counts each event by its webhook-id (the event id) and answers 200.
      const deliveries = new Map<string, number>();
      let webhookRequests = 0;
      const receiver = createServer((request, response) => {
        request.on('error', () => undefined);
        request.resume();
        request.on('end', () => {
          const id = String(request.headers['webhook-id'] ?? '');
          webhookRequests += 1;
          deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
          lastActivity = Date.now();
          response.writeHead(200).end('ok');
        });
      });
      receiver.on('clientError', (_error, socket) => socket.destroy());
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      cleanups.push(async () => {
        receiver.closeAllConnections();
        await new Promise<void>((resolve) => receiver.close(() => resolve()));
      });

      // --- The database: citizens with e-mail addresses and a subscription to every event, before the server.
      let dataDir: string | undefined;
      let databaseUrl: string | undefined;
      let open: () => Promise<DatabaseHandle>;
      let closeOpened: (handle: DatabaseHandle) => Promise<void> = async () => undefined;
      if (backend === 'postgres') {
        const database = await createTestDatabase('postgres');
        cleanups.push(() => database.close());
        databaseUrl = database.url;
        open = async () => database;
      } else {
        dataDir = await mkdtemp(join(tmpdir(), 'tuki-faults-'));
        const dir = dataDir;
        cleanups.push(() => rm(dir, { recursive: true, force: true }));
        open = async () => {
          const handle = await openDatabase({ url: undefined, dataDir: dir });
          await migrate(handle);
          return handle;
        };
        closeOpened = (handle) => handle.close();
      }
      const codes = Array.from({ length: CITIZENS }, (_, i) =>
        makePersonalIdentityCode(`198${i}-0${(i % 9) + 1}-1${i}`, 200 + i),
      );
      {
        const handle = await open();
        const now = new Date();
        for (const [i, code] of codes.entries()) {
          const { person } = await findOrCreatePerson(handle.db, {
            personal_identity_code: code,
            first_name: `Testi${i}`,
            last_name: 'Kaatuja',
            created_at: now,
            updated_at: now,
          });
          await handle.db
            .updateTable('person')
            .set({
              email: `citizen${i}@example.test`,
              email_notifications: true,
              street_address: `Testikatu ${i + 1}`,
              postal_code: '00100',
              city: 'Helsinki',
            })
            .where('id', '=', person.id)
            .execute();
        }
        const clientId = randomUUID();
        await createSubscription(
          handle.db,
          { clientId, audit: { actor: { type: 'api_client', id: clientId }, requestId: null, ip: null } },
          { url: receiverUrl, eventTypes: [] },
          { allowPrivate: true },
          now,
        );
        await closeOpened(handle);
      }

      // --- The server process, started again after every kill on the same database and port.
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        AUTH_MODE: 'dev',
        SEED_DEMO_DATA: 'false',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        WEBHOOK_ALLOW_PRIVATE: 'true',
        OUTBOX_POLL_INTERVAL_MS: '100',
        OUTBOX_LEASE_MS: '1000',
        WEBHOOK_POLL_INTERVAL_MS: '50',
        WEBHOOK_LEASE_MS: '1500',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '' }),
      };
      let server: ChildProcess | undefined;
      let serverLog = '';
      let up: Promise<void> = Promise.resolve();
      let startedAt = 0;
      const start = () => {
        const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
          cwd: root,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout?.on('data', (chunk: Buffer) => {
          serverLog += chunk.toString();
        });
        child.stderr?.on('data', (chunk: Buffer) => {
          serverLog += chunk.toString();
        });
        server = child;
        startedAt = Date.now();
        up = (async () => {
          for (;;) {
            if (child.exitCode !== null || child.signalCode !== null || finished) {
              throw new Error(`the server exited: ${serverLog.slice(-2000)}`);
            }
            try {
              if ((await fetch(`${baseUrl}/readyz`)).ok) return;
            } catch {
              // not listening yet
            }
            await sleep(100);
          }
        })();
        return up;
      };
      const exited = (child: ChildProcess) =>
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const kill = async (signal: 'SIGKILL' | 'SIGTERM') => {
        const child = server;
        if (!child) return;
        child.kill(signal);
        await exited(child);
      };
      cleanups.push(() => kill('SIGKILL'));
      await start();

      // --- The clients: each citizen sends applications one after another; what gets no answer is sent again.
      /** A request that is repeated (as it was) after a connection failure or a 503, once the server is up. */
      const send = async (make: () => Promise<Response>): Promise<Response> => {
        for (;;) {
          if (finished) throw new Error('the test has ended');
          try {
            const response = await make();
            if (response.status !== 503) return response;
          } catch {
            // the server died under the request
          }
          await sleep(50);
          await up.catch(() => undefined);
        }
      };
      const acknowledged: { id: string; referenceNumber: string }[] = [];
      let stopping = false;
      const month = new Date().toISOString().slice(0, 7);
      const citizen = async (code: string) => {
        const login = await send(() =>
          fetch(`${baseUrl}/api/v1/session/dev-login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ personalIdentityCode: code }),
          }),
        );
        assert.equal(login.status, 200, await login.clone().text());
        const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
        const { csrfToken } = (await login.json()) as { csrfToken: string };
        const headers = (extra: Record<string, string> = {}) => ({
          cookie,
          'x-csrf-token': csrfToken,
          ...extra,
        });
        const json = { 'content-type': 'application/json' };
        while (!stopping) {
          const createKey = randomUUID();
          const created = await send(() =>
            fetch(`${baseUrl}/api/v1/my/applications`, {
              method: 'POST',
              headers: headers({ ...json, 'idempotency-key': createKey }),
              body: '{}',
            }),
          );
          assert.equal(created.status, 201, await created.clone().text());
          const draft = (await created.json()) as {
            id: string;
            content: Parameters<typeof completeContent>[0];
          };
          const url = `${baseUrl}/api/v1/my/applications/${draft.id}`;
          const content = JSON.stringify({ content: completeContent(draft.content, month) });
          const filled = await send(async () => {
            // The ETag of now: a first PUT may have been applied before the kill.
            const current = await fetch(url, { headers: headers() });
            if (!current.ok) return current;
            return fetch(url, {
              method: 'PUT',
              headers: headers({ ...json, 'if-match': current.headers.get('etag') ?? '' }),
              body: content,
            });
          });
          assert.equal(filled.status, 200, await filled.clone().text());
          const etag = filled.headers.get('etag') ?? '';
          const submitKey = randomUUID();
          const submitted = await send(() =>
            fetch(`${url}/submit`, {
              method: 'POST',
              headers: headers({ 'idempotency-key': submitKey, 'if-match': etag }),
            }),
          );
          assert.equal(submitted.status, 200, await submitted.clone().text());
          const { referenceNumber } = (await submitted.json()) as { referenceNumber: string };
          acknowledged.push({ id: draft.id, referenceNumber });
        }
      };
      const burst = Promise.all(codes.map((code) => citizen(code)));
      // A client that fails ends the burst at once (its assertion is the test's failure).
      burst.catch(() => {
        stopping = true;
        finished = true;
      });
      const waitFor = async (count: number) => {
        while (acknowledged.length < count) {
          if (finished) await burst;
          await sleep(20);
        }
      };
      let kills = 0;
      for (const threshold of KILL_AT) {
        await waitFor(threshold);
        await kill('SIGKILL');
        kills += 1;
        await start();
      }
      await waitFor(STOP_AT);
      stopping = true;
      await burst;

      // --- Drain: wait until nothing has happened for a while, stop the server, look; again if work is left.
      let handle: DatabaseHandle | undefined;
      for (let round = 0; ; round++) {
        assert.ok(round < 6, `the outbox and the deliveries did not drain: ${serverLog.slice(-2000)}`);
        while (Date.now() - Math.max(lastActivity, startedAt) < 3_000) await sleep(200);
        await kill('SIGTERM');
        handle = await open();
        const pendingOutbox = await handle.db
          .selectFrom('outbox')
          .select('id')
          .where('processed_at', 'is', null)
          .where('failed_at', 'is', null)
          .execute();
        const pendingDeliveries = await handle.db
          .selectFrom('webhook_delivery')
          .select('id')
          .where('status', '!=', 'delivered')
          .execute();
        if (pendingOutbox.length === 0 && pendingDeliveries.length === 0) break;
        await closeOpened(handle);
        handle = undefined;
        await start();
      }
      const db = handle.db;

      // --- Every acknowledged submission exists once, as it was acknowledged.
      const ids = acknowledged.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length, 'each acknowledgement is of its own application');
      const rows = await db
        .selectFrom('application')
        .select(['id', 'reference_number', 'status'])
        .where('id', 'in', ids)
        .execute();
      assert.equal(rows.length, acknowledged.length, 'every acknowledged submission exists');
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const a of acknowledged) {
        assert.equal(byId.get(a.id)?.reference_number, a.referenceNumber);
        assert.equal(byId.get(a.id)?.status, 'submitted');
      }
      const submitted = await db
        .selectFrom('application')
        .select(['id', 'reference_number'])
        .where('status', '!=', 'draft')
        .execute();
      const references = submitted.map((row) => row.reference_number);
      assert.equal(new Set(references).size, references.length, 'no reference number twice');
      assert.equal(
        submitted.length,
        acknowledged.length,
        'every client retried until acknowledged: none extra',
      );

      // --- Every event reached the receiver at least once.
      const events = await db.selectFrom('event').select('id').execute();
      assert.ok(events.length >= acknowledged.length, 'an event per submission at least');
      for (const event of events) assert.ok(deliveries.has(event.id), `event ${event.id} was delivered`);
      const duplicateDeliveries = [...deliveries.values()].reduce((sum, n) => sum + n - 1, 0);

      // --- No e-mail twice; every e-mail is sent or left uncertain for an operator.
      const perMessageId = new Map<string, number>();
      for (const mail of mails) perMessageId.set(mail.messageId, (perMessageId.get(mail.messageId) ?? 0) + 1);
      const twice = [...perMessageId.entries()].filter(([, n]) => n > 1);
      assert.deepEqual(twice, [], 'no e-mail went twice');
      const notifications = await db
        .selectFrom('outbox')
        .leftJoin('notification_sent', 'notification_sent.outbox_id', 'outbox.id')
        .select([
          'outbox.id',
          'outbox.processed_at',
          'outbox.failed_at',
          'outbox.last_error',
          'notification_sent.state',
          'notification_sent.channel',
        ])
        .execute();
      assert.ok(notifications.length >= acknowledged.length, 'an e-mail event per submission');
      const host = new URL(baseUrl).hostname;
      let uncertain = 0;
      for (const n of notifications) {
        const messageId = `<tuki-outbox-${n.id}@${host}>`;
        if (n.state === 'sent') {
          assert.ok(n.processed_at);
          assert.equal(perMessageId.get(messageId), 1, `${messageId} arrived once`);
        } else {
          assert.equal(n.state, 'uncertain', `outbox ${n.id}: ${n.last_error}`);
          assert.ok(n.failed_at, 'left for an operator');
          assert.match(String(n.last_error), /not sent again/);
          assert.ok((perMessageId.get(messageId) ?? 0) <= 1);
          uncertain += 1;
        }
      }

      // --- The audit chain verifies.
      const chain = await verifyAuditChain(db);
      assert.equal(chain.ok, true, JSON.stringify(chain.firstBroken));
      await closeOpened(handle);

      const figures: Figures = {
        acknowledged: acknowledged.length,
        submittedInDatabase: submitted.length,
        kills,
        events: events.length,
        webhookRequests,
        duplicateDeliveries,
        emailsSent: mails.length,
        emailsUncertain: uncertain,
        emailsTwice: twice.length,
        auditRows: chain.rowsChecked,
      };
      console.log(`fault test (${backend}): ${JSON.stringify(figures)}`);
      assert.equal(kills, KILL_AT.length);
    });
  });
}
