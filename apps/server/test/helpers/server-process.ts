// Runs the server as a real process (main.ts) on an embedded data folder, as `npm start` does.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { repoRoot } from './cli.ts';
import { freePort } from './net.ts';

/** Every wait of these helpers ends by then at the latest, with a message that says what did not happen. */
const WAIT_MS = 60_000;

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** Everything written to standard output and error so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'AUTH_MODE', 'PUBLIC_URL', 'SEED_DEMO_DATA', 'LOG_LEVEL'])
    delete env[name];
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], { cwd: repoRoot, env });
  let text = '';
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => text, exited };
}

/** Waits for the process to exit, failing after WAIT_MS. */
export function waitForExit(server: ServerProcess) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the process did not exit within ${WAIT_MS / 1000} s:\n${server.output()}`)),
      WAIT_MS,
    );
    void server.exited.then((exit) => {
      clearTimeout(timer);
      resolve(exit);
    });
  });
}

export async function waitUntilHealthy(server: ServerProcess): Promise<void> {
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (exited) assert.fail(`the server exited before answering /healthz:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      assert.fail(`/healthz did not answer within ${WAIT_MS / 1000} s:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
