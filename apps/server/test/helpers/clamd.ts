// A real clamd (Debian's clamav-daemon) for the tests, on a free loopback port, with a signature database the test
// writes itself (the EICAR test signature), since signature updates cannot be downloaded here.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClamdClient } from '../../src/attachments/scanning/clamd-client.ts';
import { freePort } from './net.ts';

/** The EICAR anti-virus test file: harmless, and detected by every scanner as if it were malware. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const CANDIDATES = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'];
const START_TIMEOUT_MS = 60_000;

export interface RunningClamd {
  host: string;
  port: number;
  stop(): Promise<void>;
}

export async function startClamd(): Promise<RunningClamd> {
  const binary = CANDIDATES.find((path) => existsSync(path));
  if (!binary) {
    throw new Error(
      'clamd is not installed. The attachment tests need a real ClamAV daemon: .ci/run installs it ' +
        '(apt-get install clamav-daemon).',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'tuki-clamd-'));
  const port = await freePort();
  // An extended signature (.ndb): name, any file type, any offset, the bytes in hex.
  await writeFile(
    join(dir, 'tuki-test.ndb'),
    `Eicar-Test-Signature:0:*:${Buffer.from(EICAR).toString('hex')}\n`,
  );
  await writeFile(
    join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `DatabaseDirectory ${dir}`,
      `PidFile ${join(dir, 'clamd.pid')}`,
      'LogFile /dev/null',
      'StreamMaxLength 30M',
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const output: string[] = [];
  const child: ChildProcess = spawn(binary, ['-c', join(dir, 'clamd.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });

  const stop = async () => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const client = new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 5_000 });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`clamd exited (code ${exitCode}) before answering:\n${output.join('')}`);
    }
    if (await client.ping().catch(() => false)) return { host: '127.0.0.1', port, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `clamd did not answer PING within ${START_TIMEOUT_MS / 1000} s on port ${port}:\n${output.join('')}`,
      );
    }
    await sleep(200);
  }
}
