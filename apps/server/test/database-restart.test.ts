// A database restart under a running server (main.ts as a process of its own), on a PostgreSQL cluster of the
// test's own: while PostgreSQL is stopped /readyz says so, requests get 503 problem+json with Retry-After, the
// workers back off and the process lives on; when it starts again everything works again without a restart.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { freePort } from './helpers/net.ts';
import {
  clusterUnavailableReason,
  createPostgresCluster,
  type PostgresCluster,
} from './helpers/postgres-cluster.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Every wait of this file ends by then at the latest, naming what did not happen. */
const WAIT_MS = 90_000;
const skip = await clusterUnavailableReason();

interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  base: string;
  output(): string;
  exited(): boolean;
}

function startServerProcess(databaseUrl: string, dataDir: string, port: number): ServerProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_ENV', 'PUBLIC_URL', 'TEST_DATABASE_URL']) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    AUTH_MODE: 'dev',
    SEED_DEMO_DATA: 'true',
    OUTBOX_POLL_INTERVAL_MS: '100',
    WEBHOOK_POLL_INTERVAL_MS: '100',
  });
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], { cwd: repoRoot, env });
  let text = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.on('exit', () => {
    exited = true;
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => text, exited: () => exited };
}

describe('PostgreSQL stopped and started again under a running server', { skip }, () => {
  let cluster: PostgresCluster;
  let server: ServerProcess;
  let dataDir: string;

  /** Polls until `check` holds; fails after WAIT_MS naming `what`, or at once if the server has exited. */
  async function waitFor(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (server.exited()) assert.fail(`the server exited while waiting for ${what}:\n${server.output()}`);
      if (
        await Promise.resolve()
          .then(check)
          .catch(() => false)
      )
        return;
      if (Date.now() > deadline) {
        assert.fail(`timed out waiting for ${what}; server output:\n${server.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.base}${path}`, { headers });
  const count = (pattern: RegExp) => server.output().match(new RegExp(pattern, 'g'))?.length ?? 0;

  before(async () => {
    cluster = await createPostgresCluster();
    await cluster.start();
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-restart-'));
    server = startServerProcess(cluster.url, dataDir, await freePort());
    await waitFor('/readyz to answer 200', async () => (await get('/readyz')).status === 200);
  });
  after(async () => {
    if (server && !server.exited()) {
      const exit = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exit;
    }
    await cluster?.destroy();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('503 with Retry-After while it is away, workers back off, and all recovers by itself', async () => {
    // Signed in before the outage; the session is in the database and outlives it.
    const signIn = await fetch(`${server.base}/api/v1/session/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personalIdentityCode: demoCitizens[0]?.personalIdentityCode }),
    });
    assert.equal(signIn.status, 200);
    const cookie = String(signIn.headers.get('set-cookie')).split(';')[0] ?? '';
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const createDraft = () =>
      fetch(`${server.base}/api/v1/my/applications`, {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          'content-type': 'application/json',
          'accept-language': 'sv',
        },
        body: '{}',
      });
    assert.equal((await get('/api/v1/session', { cookie })).status, 200);
    assert.equal((await createDraft()).status, 201);

    await cluster.stop();

    await waitFor('/readyz to answer 503', async () => (await get('/readyz')).status === 503);
    const ready = await get('/readyz');
    assert.equal(ready.status, 503);
    assert.equal(ready.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(ready.headers.get('retry-after'), '5');
    const readyBody = (await ready.json()) as { type: string; detail: string };
    assert.equal(readyBody.type, 'https://tuki.example/problems/database-unavailable');
    assert.equal(readyBody.detail, 'The database is not reachable.');

    for (const response of [
      await get('/api/v1/session', { cookie, 'accept-language': 'sv' }),
      await createDraft(),
    ]) {
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(response.headers.get('retry-after'), '5');
      const body = (await response.json()) as { type: string; status: number; detail: string };
      assert.equal(body.type, 'https://tuki.example/problems/database-unavailable');
      assert.equal(body.status, 503);
      assert.equal(body.detail, 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.');
    }
    // The process is alive, and both workers have noticed and back off.
    assert.equal((await get('/healthz')).status, 200);
    await waitFor('the workers to back off', () =>
      [/outbox worker backs off/, /webhook worker backs off/].every((pattern) =>
        pattern.test(server.output()),
      ),
    );

    await cluster.start();

    await waitFor('/readyz to answer 200 again', async () => (await get('/readyz')).status === 200);
    const session = await get('/api/v1/session', { cookie });
    assert.equal(session.status, 200);
    assert.equal(((await session.json()) as { kind: string }).kind, 'citizen');
    assert.equal((await createDraft()).status, 201);
    await waitFor('the workers to resume', () =>
      [/outbox worker resumes/, /webhook worker resumes/].every((pattern) => pattern.test(server.output())),
    );

    // One warning per outage and worker, not one per failed run or request; nothing crashed.
    assert.equal(count(/outbox worker backs off/), 1);
    assert.equal(count(/webhook worker backs off/), 1);
    assert.equal(count(/database unavailable: answering 503/), 1);
    assert.doesNotMatch(server.output(), /Unhandled|uncaught|BoundPool/i);
    assert.equal(server.exited(), false);
  });
});

describe('a server started before its PostgreSQL waits for it', { skip }, () => {
  let cluster: PostgresCluster;
  let server: ServerProcess | undefined;
  let dataDir: string;

  before(async () => {
    cluster = await createPostgresCluster();
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-start-wait-'));
  });
  after(async () => {
    if (server && !server.exited()) {
      const exit = new Promise((resolve) => server?.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exit;
    }
    await cluster?.destroy();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('the start waits while PostgreSQL is down, then migrates and serves when it comes up', async () => {
    const started = startServerProcess(cluster.url, dataDir, await freePort());
    server = started;
    const until = async (what: string, check: () => Promise<boolean> | boolean) => {
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        if (started.exited())
          assert.fail(`the server exited while waiting for ${what}:\n${started.output()}`);
        if (
          await Promise.resolve()
            .then(check)
            .catch(() => false)
        )
          return;
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}:\n${started.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await until('the start to say it waits', () => /does not answer yet/.test(started.output()));
    assert.doesNotMatch(started.output(), /Tuki is running/);

    await cluster.start();

    await until('/readyz to answer 200', async () => (await fetch(`${started.base}/readyz`)).status === 200);
    assert.match(started.output(), /the database answers: starting/);
    assert.match(started.output(), /Tuki is running/);
    const signIn = await fetch(`${started.base}/api/v1/session/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'handler' }),
    });
    assert.equal(signIn.status, 200, 'migrated and seeded');
  });

  test('a start that waited its time out exits with the reason', async () => {
    await cluster.stop();
    const port = await freePort();
    const env = { DATABASE_START_WAIT_SECONDS: '1' };
    const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: cluster.url, DATA_DIR: dataDir, PORT: String(port), ...env },
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 4, text);
    assert.match(text, /does not answer yet/);
    assert.match(
      text,
      /Tuki did not start: the database did not answer within DATABASE_START_WAIT_SECONDS \(ECONNREFUSED\)/,
    );
    assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');
  });
});
