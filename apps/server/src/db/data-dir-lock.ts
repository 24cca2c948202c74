// One process per embedded data directory. The embedded database (PGlite) is a library inside the process, not
// a server: two processes on the same folder would each write their own view of it and lose each other's
// changes. So whoever opens it (the server, `npm run migrate`, `npm run audit:verify`) first takes an exclusive
// advisory lock on DATA_DIR/tuki.lock, held by the operating system (open file description locks on Linux,
// flock on macOS, LockFileEx on Windows). The system lets go of it when the process ends in any way, so a lock
// left by a crash, a kill -9 or a power loss never blocks a restart: no pid guessing, no stale timeouts. The
// file's content (pid, command, start time, host) is only there to name the running process in the refusal.
/// <reference path="./fs-native-extensions.d.ts" />
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, resolve } from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';

export const LOCK_FILE_NAME = 'tuki.lock';

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  host: string;
}

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly holder: LockHolder | undefined;
  constructor(dataDir: string, holder: LockHolder | undefined) {
    const who = holder
      ? `process ${holder.pid} (${holder.command}, started ${holder.startedAt}${holder.host === hostname() ? '' : ` on ${holder.host}`})`
      : 'another process';
    super(
      `the data directory ${dataDir} is in use by ${who}. Only one Tuki process may use an embedded database at ` +
        'a time: stop that process first and run this again. Nothing was changed. (On a running system, ' +
        'verify the audit trail through the API, POST /api/v1/audit-events/verify, or the staff app’s audit page.)',
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** The command line of this process, short enough for a message: `npm run migrate`, or node's arguments. */
function describeCommand(): string {
  const node = ['node', ...process.argv.slice(1).map((arg, i) => (i === 0 ? basename(arg) : arg))].join(' ');
  // npm passes its script's name to everything below it; it names this process only when the script runs this
  // very file (a server started by some other script, such as a test run, is named by its own command line).
  const script = process.env.npm_lifecycle_event;
  const entry = process.argv[1] ? basename(process.argv[1]) : '';
  if (script && entry && process.env.npm_lifecycle_script?.includes(entry)) {
    return script === 'start' ? 'npm start' : `npm run ${script}`;
  }
  return node;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof holder.pid !== 'number') return undefined;
    return {
      pid: holder.pid,
      command: String(holder.command ?? 'unknown command'),
      startedAt: String(holder.startedAt ?? 'at an unknown time'),
      host: String(holder.host ?? hostname()),
    };
  } catch {
    return undefined;
  }
}

/**
 * Takes the data directory's lock, or throws DataDirLockedError naming the holder. Creates the folder and the
 * (empty) lock file if they are missing; a refused caller changes nothing else.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const path = `${folder}/${LOCK_FILE_NAME}`;
  // 'a+' creates the file without truncating it: the holder's description stays readable to the refused.
  const fd = openSync(path, 'a+');
  let granted = false;
  try {
    granted = tryLock(fd);
  } finally {
    if (!granted) closeSync(fd);
  }
  if (!granted) throw new DataDirLockedError(folder, readHolder(path));
  const holder: LockHolder = {
    pid: process.pid,
    command: describeCommand(),
    startedAt: new Date().toISOString(),
    host: hostname(),
  };
  ftruncateSync(fd, 0);
  writeSync(fd, `${JSON.stringify(holder)}\n`);
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      try {
        ftruncateSync(fd, 0);
        unlock(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}
