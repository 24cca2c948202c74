// Uploads over a real socket: a file over the limit is answered 413 before the client has sent the rest (the
// server does not read the body to its end), and a connection dropped in the middle of a file leaves nothing.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { listAttachmentRows } from '../src/attachments/attachments.repository.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { type Caller, createDraft, signIn } from './helpers/applications.ts';
import {
  attachmentsUrl,
  BOUNDARY,
  fileHead,
  MULTIPART_TYPE,
  pdfFile,
  storedFiles,
  useTestAppWithFiles,
} from './helpers/attachments.ts';
import { databaseBackends } from './helpers/test-database.ts';

const LIMIT = 256 * 1024;
const code = demoCitizens[2]?.personalIdentityCode ?? '';

interface RawUpload {
  socket: Socket;
  /** Bytes the request says it has (Content-Length). */
  announced: number;
  /** Bytes written so far. */
  written: number;
  /** Resolves with the status code when the response's head has arrived. */
  status: Promise<number>;
  closed: Promise<void>;
  write(data: Buffer): Promise<void>;
}

/** Starts a multipart upload by hand: headers, the category field and the file's part head; the file follows. */
async function startUpload(port: number, caller: Caller, applicationId: string, fileBytes: number) {
  const preamble = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="category"\r\n\r\nother\r\n`),
    fileHead({ name: 'iso.pdf', type: 'application/pdf' }),
  ]);
  const ending = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const announced = preamble.length + fileBytes + ending.length;
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => undefined);
  let received = '';
  const status = new Promise<number>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match && received.includes('\r\n\r\n')) resolve(Number(match[1]));
    });
    socket.on('close', () => reject(new Error(`closed without a response: ${received}`)));
  });
  status.catch(() => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const upload: RawUpload = {
    socket,
    announced,
    written: 0,
    status,
    closed,
    write: (data: Buffer) =>
      new Promise<void>((resolve, reject) => {
        upload.written += data.length;
        socket.write(data, (error) => (error ? reject(error) : resolve()));
      }),
  };
  await upload.write(
    Buffer.from(
      `POST ${attachmentsUrl(applicationId)} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${caller.cookie}\r\n` +
        `X-CSRF-Token: ${caller.csrfToken}\r\nContent-Type: ${MULTIPART_TYPE}\r\nContent-Length: ${announced}\r\n\r\n`,
    ),
  );
  upload.written = 0;
  await upload.write(preamble);
  return upload;
}

for (const backend of databaseBackends) {
  describe(`attachment uploads over a socket (${backend})`, () => {
    const t = useTestAppWithFiles(backend, { UPLOAD_MAX_BYTES: String(LIMIT) });
    let port: number;
    let citizen: Caller;

    before(async () => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const address = t.app.server.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      port = address.port;
      citizen = await signIn(t, { personalIdentityCode: code });
    });

    test('a file over the limit is refused with 413 before the rest of the body is sent', async () => {
      const applicationId = (await createDraft(t, citizen)).json().id as string;
      const tenMegabytes = 10 * 1024 * 1024;
      const upload = await startUpload(port, citizen, applicationId, tenMegabytes);
      // Just past the limit, then nothing more: a server that read bodies to their end would never answer.
      const first = Buffer.concat([pdfFile(), Buffer.alloc(LIMIT + 64 * 1024, 0x20)]);
      await upload.write(first);
      assert.equal(await upload.status, 413);
      assert.ok(
        upload.written < upload.announced / 10,
        `answered after ${upload.written} of ${upload.announced} bytes`,
      );
      await upload.closed;
      assert.deepEqual(await listAttachmentRows(t.database.db, applicationId), []);
      assert.deepEqual(await storedFiles(t.filesDir), [], 'no file, not even a partial one');
    });

    test('a connection dropped in the middle of a file leaves no file and no row', async () => {
      const applicationId = (await createDraft(t, citizen)).json().id as string;
      const upload = await startUpload(port, citizen, applicationId, LIMIT - 1024);
      await upload.write(Buffer.concat([pdfFile(), Buffer.alloc(32 * 1024, 0x20)]));
      // Wait until the server is writing the file, then drop the connection.
      for (
        let attempt = 0;
        !(await storedFiles(t.filesDir)).some((path) => path.startsWith('.incoming/'));
        attempt += 1
      ) {
        if (attempt > 1000) assert.fail('the server never started writing the file');
        await sleep(10);
      }
      upload.socket.destroy();
      for (let attempt = 0; (await storedFiles(t.filesDir)).length > 0; attempt += 1) {
        if (attempt > 1000) assert.fail(`files left behind: ${(await storedFiles(t.filesDir)).join(', ')}`);
        await sleep(10);
      }
      assert.deepEqual(await listAttachmentRows(t.database.db, applicationId), []);
      // The server is still well: the next upload works.
      const next = await fetch(`http://127.0.0.1:${port}${attachmentsUrl(applicationId)}`, {
        method: 'POST',
        headers: { cookie: citizen.cookie, 'x-csrf-token': citizen.csrfToken },
        body: (() => {
          const form = new FormData();
          form.append('category', 'receipt');
          form.append('file', new Blob([pdfFile()], { type: 'application/pdf' }), 'kuitti.pdf');
          return form;
        })(),
      });
      const body = (await next.json()) as { fileName: string };
      assert.equal(next.status, 201, JSON.stringify(body));
      assert.equal(body.fileName, 'kuitti.pdf');
    });
  });
}
