// Runs the server as a real process (main.ts) on an embedded data folder, as `npm start` does.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { repoRoot } from './cli.ts';
import { freePort } from './net.ts';

/** Every wait of these helpers ends by then at the latest, with a message that says what did not happen. */
const WAIT_MS = 60_000;

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** Resolves with what `start` gives, or fails after WAIT_MS naming what was awaited. */
export function within<T>(
  what: string,
  start: (resolve: (value: T) => void, reject: (error: Error) => void) => void,
) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out after ${WAIT_MS / 1000} s waiting for ${what}`)),
      WAIT_MS,
    );
    start(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** Everything written to standard output and error so far. */
  output(): string;
  /** Resolves once the output matches `pattern`; fails if the server exits first or after WAIT_MS. */
  waitForOutput(pattern: RegExp, what: string): Promise<void>;
  exited: Promise<Exit>;
}

/** Starts main.ts on `dataDir` on a free port; it logs at `logLevel` (warn unless told). */
export async function startServerProcess(
  dataDir: string,
  { logLevel = 'warn' }: { logLevel?: string } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'AUTH_MODE', 'PUBLIC_URL', 'SEED_DEMO_DATA', 'LOG_LEVEL'])
    delete env[name];
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: logLevel });
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], { cwd: repoRoot, env });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => text,
    exited,
    waitForOutput: (pattern, what) =>
      within<void>(`${what}; output so far:\n${text}`, (resolve, reject) => {
        const check = () => {
          if (pattern.test(text)) {
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        void exited.then(({ code }) => {
          if (!pattern.test(text)) reject(new Error(`the server exited (${code}) before ${what}:\n${text}`));
        });
        check();
      }),
  };
}

/** Waits for the process to exit, failing after WAIT_MS. */
export function waitForExit(server: ServerProcess) {
  return new Promise<Exit>((resolve, reject) => {
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
