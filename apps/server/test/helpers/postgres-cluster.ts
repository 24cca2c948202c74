// A PostgreSQL cluster of the test's own (initdb on a temporary directory, pg_ctl to start and stop it), for tests
// that stop and restart the database under a running server. Run as root, the binaries run as the postgres user
// (initdb refuses root), who then owns the directory.
import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './net.ts';

const run = promisify(execFile);

function hasBinaries(dir: string): boolean {
  try {
    for (const name of ['initdb', 'pg_ctl', 'postgres']) accessSync(join(dir, name), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder with initdb and pg_ctl: POSTGRES_BIN_DIR, the newest /usr/lib/postgresql/<n>/bin, or the PATH. */
export function findPostgresBinaries(): string | undefined {
  const candidates: string[] = [];
  if (process.env.POSTGRES_BIN_DIR) candidates.push(process.env.POSTGRES_BIN_DIR);
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  } catch {
    // not Debian's layout
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  return candidates.find(hasBinaries);
}

const isRoot = () => process.getuid?.() === 0;

async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** Why the cluster cannot be made here, or undefined when it can. */
export async function clusterUnavailableReason(): Promise<string | undefined> {
  if (!findPostgresBinaries()) {
    return 'PostgreSQL binaries (initdb, pg_ctl) not found: install PostgreSQL or set POSTGRES_BIN_DIR';
  }
  if (isRoot() && !(await postgresUser()))
    return 'running as root and there is no postgres user to run initdb';
  return undefined;
}

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  start(): Promise<void>;
  /** A fast stop: open connections are ended (57P01), new ones refused. */
  stop(): Promise<void>;
  /** The server's log so far. */
  log(): Promise<string>;
  /** Stops the server if it runs and removes the directory. */
  destroy(): Promise<void>;
}

/** initdb on a new temporary directory (not started yet). */
export async function createPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = await mkdtemp(join(tmpdir(), 'tuki-pg-'));
  const owner = isRoot() ? await postgresUser() : undefined;
  if (isRoot() && !owner) throw new Error('no postgres user');
  if (owner) await chown(dir, owner.uid, owner.gid);
  const pg = (program: string, args: string[]) =>
    owner
      ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { timeout: 120_000 })
      : run(join(bin, program), args, { timeout: 120_000 });
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  await pg('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const options = [
    `-c port=${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c max_connections=40',
  ].join(' ');
  let running = false;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await pg('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
      running = true;
    },
    async stop() {
      await pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    async log() {
      return readFile(logFile, 'utf8').catch(() => '');
    },
    async destroy() {
      if (running)
        await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
