import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  type ServerProcess,
  startServerProcess,
  waitForExit,
  waitUntilHealthy,
  within,
} from './helpers/server-process.ts';

// The state in PostgreSQL's control file (global/pg_control: a 64-bit system identifier, two 32-bit
// version numbers, then the 32-bit DBState), which the embedded database keeps as a server does.
const DB_SHUTDOWNED = 1;
const DB_IN_PRODUCTION = 6;

async function databaseState(dataDir: string): Promise<number> {
  return (await readFile(join(dataDir, 'pgdata', 'global', 'pg_control'))).readInt32LE(16);
}

/** Sends SIGTERM and waits for the process to exit. */
function stopAndWait(server: ServerProcess) {
  server.child.kill('SIGTERM');
  return waitForExit(server);
}

describe('graceful stop of the server process (main.ts)', () => {
  let dataDir: string;
  const started: ServerProcess[] = [];
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-shutdown-'));
  });
  after(async () => {
    for (const server of started) {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a request in flight at SIGTERM completes, the process exits 0, and it starts again on the same data', async () => {
    const server = await startServerProcess(dataDir, { logLevel: 'info' });
    started.push(server);
    await waitUntilHealthy(server);

    // A sign-in whose body arrives in two parts, with SIGTERM in between.
    const body = JSON.stringify({ username: 'auditor' });
    const half = Math.floor(body.length / 2);
    const request = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/v1/session/dev-login',
      headers: {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        'x-request-id': 'shutdown-slow-1',
      },
    });
    const response = within<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      'the response to the request in flight',
      (resolve, reject) => {
        request.on('error', reject);
        request.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          res.on('error', reject);
        });
      },
    );
    request.write(body.slice(0, half));
    // The server has the request (its headers and routing) when it logs it.
    await server.waitForOutput(
      /"reqId":"shutdown-slow-1".*"msg":"incoming request"/,
      'the request to arrive',
    );

    server.child.kill('SIGTERM');
    await server.waitForOutput(/SIGTERM received/, 'the server to begin stopping');

    // A new request is not taken any more.
    const late = await fetch(`${server.url}/healthz`).then(
      (res) => res.status,
      () => 'refused' as const,
    );
    assert.ok(late === 503 || late === 'refused', `a request after SIGTERM was answered ${late}`);

    request.end(body.slice(half));
    const answered = await response;
    assert.equal(answered.status, 200, answered.body);
    assert.equal(answered.headers['x-request-id'], 'shutdown-slow-1');
    const session = JSON.parse(answered.body) as { kind: string; staffUser: { username: string } };
    assert.equal(session.kind, 'staff');
    assert.equal(session.staffUser.username, 'auditor');

    const exit = await waitForExit(server);
    assert.deepEqual(exit, { code: 0, signal: null }, server.output());
    assert.equal(await databaseState(dataDir), DB_SHUTDOWNED, 'the embedded database was shut down cleanly');

    // The same data folder opens again, with what was written before the stop.
    const again = await startServerProcess(dataDir, { logLevel: 'info' });
    started.push(again);
    await waitUntilHealthy(again);
    const login = await fetch(`${again.url}/api/v1/session/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'auditor' }),
    });
    assert.equal(login.status, 200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const trail = await fetch(`${again.url}/api/v1/audit-events?limit=500`, {
      headers: { cookie },
    });
    assert.equal(trail.status, 200);
    const items = ((await trail.json()) as { items: { action: string; requestId: string | null }[] }).items;
    assert.ok(
      items.some((item) => item.action === 'session.sign_in' && item.requestId === 'shutdown-slow-1'),
      'the sign-in completed during the stop was kept',
    );
    assert.equal(await databaseState(dataDir), DB_IN_PRODUCTION, 'open while the server runs');
    assert.deepEqual(await stopAndWait(again), { code: 0, signal: null }, again.output());
    assert.equal(await databaseState(dataDir), DB_SHUTDOWNED);
  });
});
