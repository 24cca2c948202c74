// Memory growth of the server while it receives a 25 MB upload (budget 30 MB).
// Starts the whole server on an embedded database with a temporary DATA_DIR, signs in a demo citizen, creates a
// draft, and uploads a generated 25 MB file (a PDF header and random bytes) over real HTTP from a child process,
// so that only the server's memory is measured. The figure held to the budget is the growth of the process's
// resident memory (RSS) from before the upload to its peak while receiving. Run: npx node bench/upload-memory.ts
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { startServer } from '../apps/server/src/server.ts';

const FILE_BYTES = 25 * 1024 * 1024;
const BUDGET_MB = 30;
const BOUNDARY = '----tuki-bench-boundary';
const MB = 1024 * 1024;

interface Target {
  url: string;
  cookie: string;
  csrfToken: string;
}

/** The client: streams the multipart body in 64 KB chunks, never holding the file. */
async function uploadFrom(target: Target, bytes: number): Promise<{ status: number; body: string }> {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="category"\r\n\r\nbank_statement\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="tiliote.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const pdfHeader = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  return new Promise((resolve, reject) => {
    const outgoing = request(target.url, {
      method: 'POST',
      headers: {
        cookie: target.cookie,
        'x-csrf-token': target.csrfToken,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': head.length + bytes + tail.length,
      },
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    (async () => {
      const write = (data: Buffer) =>
        new Promise<void>((done) => {
          if (outgoing.write(data)) done();
          else outgoing.once('drain', done);
        });
      await write(head);
      await write(pdfHeader);
      let left = bytes - pdfHeader.length;
      while (left > 0) {
        const size = Math.min(64 * 1024, left);
        await write(randomBytes(size));
        left -= size;
      }
      outgoing.end(tail);
    })().catch(reject);
  });
}

if (process.argv[2] === 'client') {
  const target = JSON.parse(process.argv[3] ?? '{}') as Target;
  const result = await uploadFrom(target, Number(process.argv[4]));
  process.send?.(result);
  process.exit(0);
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function sample() {
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed, external: usage.external };
}

const dataDir = await mkdtemp(join(tmpdir(), 'tuki-bench-'));
const server = await startServer(
  loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', AUTH_MODE: 'dev' }),
);
try {
  const login = await fetch(`${server.url}/api/v1/session/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personalIdentityCode: '010101-123N' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const draft = await fetch(`${server.url}/api/v1/my/applications`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: '{}',
  });
  const { id } = (await draft.json()) as { id: string };
  const target: Target = { url: `${server.url}/api/v1/my/applications/${id}/attachments`, cookie, csrfToken };

  const runClient = (bytes: number) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const child = fork(new URL(import.meta.url).pathname, [
        'client',
        JSON.stringify(target),
        String(bytes),
      ]);
      child.once('message', (message) => resolve(message as { status: number; body: string }));
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the upload client exited with ${code}`));
      });
    });

  // Warm up: the first upload loads the code paths (multipart, sniffing, storage) once.
  const warm = await runClient(64 * 1024);
  if (warm.status !== 201) throw new Error(`warm-up upload failed: ${warm.status} ${warm.body}`);
  gc();
  const before = sample();
  let peak = { ...before };
  const timer = setInterval(() => {
    const now = sample();
    peak = {
      rss: Math.max(peak.rss, now.rss),
      heap: Math.max(peak.heap, now.heap),
      external: Math.max(peak.external, now.external),
    };
  }, 10);
  const result = await runClient(FILE_BYTES);
  clearInterval(timer);
  if (result.status !== 201) throw new Error(`upload failed: ${result.status} ${result.body}`);
  const during = peak;
  gc();
  const afterwards = sample();
  const mb = (bytes: number) => (bytes / MB).toFixed(1);
  const growth = (during.rss - before.rss) / MB;
  console.log(`upload of ${mb(FILE_BYTES)} MB: ${result.status}, sha256 ${JSON.parse(result.body).sha256}`);
  console.log('                 rss      heap  external (MB)');
  console.log(
    `before        ${mb(before.rss).padStart(6)} ${mb(before.heap).padStart(9)} ${mb(before.external).padStart(9)}`,
  );
  console.log(
    `peak during   ${mb(during.rss).padStart(6)} ${mb(during.heap).padStart(9)} ${mb(during.external).padStart(9)}`,
  );
  console.log(
    `after (gc)    ${mb(afterwards.rss).padStart(6)} ${mb(afterwards.heap).padStart(9)} ${mb(afterwards.external).padStart(9)}`,
  );
  console.log(`memory growth while receiving: ${growth.toFixed(1)} MB RSS (budget ${BUDGET_MB} MB)`);
  console.log(
    `peak growth of JS heap + external buffers: ${mb(during.heap - before.heap + during.external - before.external)} MB ` +
      '(short-lived 64 KB chunks awaiting garbage collection; bounded by the collector, not by the file size)',
  );
  if (growth > BUDGET_MB) process.exitCode = 1;
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
