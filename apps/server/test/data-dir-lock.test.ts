// One process per embedded data folder: a second server, `npm run migrate` or `npm run audit:verify` on a folder
// in use is refused with a message naming the folder and the process holding it, and changes nothing; a lock
// left by a killed process never blocks a restart.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from '../src/db/data-dir-lock.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { runNpmScript } from './helpers/cli.ts';
import {
  type ServerProcess,
  startServerProcess,
  waitForExit,
  waitUntilHealthy,
} from './helpers/server-process.ts';

/** Every file under the folder with its size, modification time and content hash. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    const hash = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    files[relative(folder, path)] = `${info.size} ${info.mtimeMs} ${hash}`;
  }
  return files;
}

async function devLogin(server: ServerProcess, username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/session/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `lock-${username}` },
    body: JSON.stringify({ username }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('the data folder lock within one process', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-lock-unit-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('a second lock is refused naming the holder; after release it is granted again', () => {
    const first = lockDataDir(dataDir);
    try {
      assert.throws(
        () => lockDataDir(dataDir),
        (error: unknown) =>
          error instanceof DataDirLockedError &&
          error.holder?.pid === process.pid &&
          error.message.includes(dataDir) &&
          error.message.includes(`process ${process.pid}`),
      );
    } finally {
      first.release();
    }
    const second = lockDataDir(dataDir);
    second.release();
  });

  test('a second openDatabase on the same folder is refused while the first is open', async () => {
    const database = await openDatabase({ url: undefined, dataDir });
    try {
      await assert.rejects(openDatabase({ url: undefined, dataDir }), DataDirLockedError);
    } finally {
      await database.close();
    }
    const again = await openDatabase({ url: undefined, dataDir });
    await again.close();
  });
});

describe('a data folder in use by another process', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-lock-held-'));
    const database = await openDatabase({ url: undefined, dataDir });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('npm start, npm run migrate and npm run audit:verify are refused and change nothing', async () => {
    // This test process holds the folder, as a running server would.
    const lock = lockDataDir(dataDir);
    try {
      const before = await snapshot(dataDir);
      const server = await startServerProcess(dataDir);
      const exit = await waitForExit(server);
      assert.equal(exit.code, 3, server.output());
      assert.match(server.output(), /Tuki did not start: the data directory .* is in use by process/);
      for (const script of ['migrate', 'audit:verify']) {
        const result = await runNpmScript(script, { DATA_DIR: dataDir });
        assert.notEqual(result.code, 0, `${script}: ${result.stdout}`);
        assert.ok(result.stderr.includes(dataDir), `${script} names the folder: ${result.stderr}`);
        assert.ok(result.stderr.includes(`process ${process.pid}`), `${script} names the process`);
        assert.match(result.stderr, /refused/);
      }
      assert.deepEqual(await snapshot(dataDir), before, 'no file of the folder was touched');
    } finally {
      lock.release();
    }
  });
});

describe('two servers on one data folder', () => {
  let dataDir: string;
  const started: ServerProcess[] = [];
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tuki-lock-servers-'));
  });
  after(async () => {
    for (const server of started) {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the second is refused; after kill -9 of the first a restart succeeds at once', async () => {
    const first = await startServerProcess(dataDir);
    started.push(first);
    await waitUntilHealthy(first);
    await devLogin(first, 'auditor');
    const holder = JSON.parse(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8')) as { pid: number };
    assert.equal(holder.pid, first.child.pid, 'the lock file names the running server');

    const second = await startServerProcess(dataDir);
    started.push(second);
    const refused = await waitForExit(second);
    assert.equal(refused.code, 3, second.output());
    assert.ok(second.output().includes(dataDir), second.output());
    assert.ok(second.output().includes(`process ${first.child.pid} (node main.ts`), second.output());

    for (const script of ['migrate', 'audit:verify']) {
      const result = await runNpmScript(script, { DATA_DIR: dataDir });
      assert.notEqual(result.code, 0, `${script} ran beside a server: ${result.stdout}`);
      assert.ok(result.stderr.includes(`process ${first.child.pid}`), `${script}: ${result.stderr}`);
    }
    // The first server goes on undisturbed.
    assert.equal((await fetch(`${first.url}/readyz`)).status, 200);
    await devLogin(first, 'handler');

    // A crash leaves the lock file behind with the dead process in it; the system has released the lock.
    first.child.kill('SIGKILL');
    await waitForExit(first);
    const restarted = await startServerProcess(dataDir);
    started.push(restarted);
    await waitUntilHealthy(restarted);
    const cookie = await devLogin(restarted, 'auditor');
    const trail = await fetch(`${restarted.url}/api/v1/audit-events?limit=500`, { headers: { cookie } });
    assert.equal(trail.status, 200);
    const requestIds = ((await trail.json()) as { items: { requestId: string | null }[] }).items.map(
      (item) => item.requestId,
    );
    assert.ok(requestIds.includes('lock-handler'), 'what the first server wrote before the kill is kept');

    // A clean stop releases the lock: the command-line verification may run now.
    restarted.child.kill('SIGTERM');
    assert.deepEqual(await waitForExit(restarted), { code: 0, signal: null }, restarted.output());
    assert.equal(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8'), '', 'a clean stop empties the file');
    const verified = await runNpmScript('audit:verify', { DATA_DIR: dataDir });
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(verified.stdout, /audit trail intact/);
  });
});
