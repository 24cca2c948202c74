// The file storages (a local folder, and S3 against s3rver, a small S3-compatible server run here) and the
// pieces of the upload that need no server: file names and type sniffing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { sanitiseFileName } from '../src/attachments/file-name.ts';
import { sniffAllowedType } from '../src/attachments/file-types.ts';
import type { FileStorage } from '../src/attachments/storage/file-storage.ts';
import { StoredFileNotFound } from '../src/attachments/storage/file-storage.ts';
import { LocalFileStorage } from '../src/attachments/storage/local-file-storage.ts';
import { S3FileStorage } from '../src/attachments/storage/s3-file-storage.ts';
import { loadConfig } from '../src/config/config.ts';
import {
  heicFile,
  jpegFile,
  pdfFile,
  pngFile,
  sha256,
  storedFiles,
  webpFile,
} from './helpers/attachments.ts';

/** A stream that gives some bytes and then fails, as a request does when its connection drops. */
function failingStream(bytes: number): Readable {
  return Readable.from(
    (async function* () {
      yield randomBytes(bytes);
      throw new Error('connection dropped');
    })(),
  );
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The same behaviour from every storage. */
function storageContract(name: string, storage: () => FileStorage, listKeys: () => Promise<string[]>) {
  describe(`${name} storage`, () => {
    test('put, get and delete a file; deleting twice is fine', async () => {
      const content = randomBytes(100_000);
      await storage().put('applications/a1/f1', Readable.from([content]));
      assert.deepEqual(await collect(await storage().get('applications/a1/f1')), content);
      assert.deepEqual(await listKeys(), ['applications/a1/f1']);
      await storage().delete('applications/a1/f1');
      await storage().delete('applications/a1/f1');
      assert.deepEqual(await listKeys(), []);
    });

    test('a file larger than one upload part arrives whole', async () => {
      const content = randomBytes(12 * 1024 * 1024 + 17);
      await storage().put(
        'applications/a1/big',
        Readable.from([content.subarray(0, 7), content.subarray(7)]),
      );
      assert.equal(sha256(await collect(await storage().get('applications/a1/big'))), sha256(content));
      await storage().delete('applications/a1/big');
    });

    test('a stream that fails midway leaves nothing behind', async () => {
      await assert.rejects(
        storage().put('applications/a1/broken', failingStream(64 * 1024)),
        /connection dropped/,
      );
      await assert.rejects(
        storage().put('applications/a1/broken-big', failingStream(6 * 1024 * 1024)),
        /connection dropped/,
      );
      assert.deepEqual(await listKeys(), []);
    });

    test('a missing file is StoredFileNotFound; keys that could escape are refused', async () => {
      await assert.rejects(storage().get('applications/a1/none'), StoredFileNotFound);
      for (const key of ['../etc/passwd', '/etc/passwd', 'a//b', 'a/../b', 'A/B', '']) {
        await assert.rejects(
          storage().put(key, Readable.from([Buffer.from('x')])),
          /not a valid storage key/,
          key,
        );
      }
    });
  });
}

const localRoot = await mkdtemp(join(tmpdir(), 'tuki-local-storage-'));
after(() => rm(localRoot, { recursive: true, force: true }));
const local = new LocalFileStorage(localRoot);
storageContract(
  'local folder',
  () => local,
  () => storedFiles(localRoot),
);

describe('S3 storage against s3rver', () => {
  let server: S3rver;
  let s3: S3FileStorage;
  let client: S3Client;
  let directory: string;
  const bucket = 'tuki-attachments';
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tuki-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
    const { port } = await server.run();
    const config = loadConfig({
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    });
    const storageConfig = config.attachments.storage;
    assert.equal(storageConfig.kind, 's3');
    if (storageConfig.kind !== 's3') return;
    client = new S3Client({
      endpoint: storageConfig.endpoint,
      region: storageConfig.region,
      forcePathStyle: true,
      ...(storageConfig.credentials ? { credentials: storageConfig.credentials } : {}),
    });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    s3 = new S3FileStorage(storageConfig);
  });
  after(async () => {
    s3?.close();
    client?.destroy();
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });
  storageContract(
    's3',
    () => s3,
    async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
    },
  );
  test('no multipart upload is left open after a failed stream', async () => {
    await assert.rejects(s3.put('applications/a2/broken', failingStream(6 * 1024 * 1024)));
    // s3rver keeps unfinished multipart uploads as files in its folder; none may remain.
    const leftovers = (await readdir(directory, { recursive: true })).filter((path) =>
      path.includes('broken'),
    );
    assert.deepEqual(leftovers, []);
  });
});

describe('file names', () => {
  test('paths, control and formatting characters go; Finnish letters stay; the extension fits the type', () => {
    assert.equal(sanitiseFileName('Tiliote äöå ÄÖÅ.pdf', ['pdf']), 'Tiliote äöå ÄÖÅ.pdf');
    assert.equal(sanitiseFileName('A\u0308iti.pdf', ['pdf']), 'Äiti.pdf', 'composed to NFC');
    assert.equal(sanitiseFileName('/tmp/../x/<kuva>?.JPG', ['jpg', 'jpeg']), '_kuva__.JPG');
    assert.equal(sanitiseFileName('kuva.jpeg', ['jpg', 'jpeg']), 'kuva.jpeg');
    assert.equal(sanitiseFileName('scan', ['pdf']), 'scan.pdf');
    assert.equal(sanitiseFileName(undefined, ['png']), 'liite.png');
    assert.equal(sanitiseFileName('  . hidden . ', ['pdf']), 'hidden.pdf');
    assert.equal(sanitiseFileName('a\u200Bb\u2066c\u0000d\nå.pdf', ['pdf']), 'abcdå.pdf');
    const long = sanitiseFileName(`${'😀'.repeat(300)}.pdf`, ['pdf']);
    assert.equal([...long].length, 200, '200 characters (code points), as the database counts them');
    assert.ok(long.endsWith('.pdf'));
    assert.doesNotMatch(long, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no half surrogate pair');
  });
});

describe('type sniffing', () => {
  test('recognises the allowed types by content and nothing else', async () => {
    assert.equal(await sniffAllowedType(pdfFile()), 'application/pdf');
    assert.equal(await sniffAllowedType(pngFile()), 'image/png');
    assert.equal(await sniffAllowedType(jpegFile()), 'image/jpeg');
    assert.equal(await sniffAllowedType(webpFile()), 'image/webp');
    assert.equal(await sniffAllowedType(heicFile()), 'image/heic');
    assert.equal(await sniffAllowedType(Buffer.from('hello, this is text')), undefined);
    assert.equal(
      await sniffAllowedType(Buffer.from('GIF89a\x01\x00\x01\x00')),
      undefined,
      'GIF is not allowed',
    );
    assert.equal(await sniffAllowedType(Buffer.from('PK\x03\x04\x14\x00\x00\x00')), undefined, 'nor a zip');
  });
});

describe('attachment configuration', () => {
  test('defaults: 25 MB, 50 megapixels, 256 MB inflated, a folder under DATA_DIR, no scanner', () => {
    const config = loadConfig({ DATA_DIR: '/srv/tuki/' });
    assert.deepEqual(config.attachments, {
      maxBytes: 25 * 1024 * 1024,
      maxPixels: 50_000_000,
      maxInflatedBytes: 256 * 1024 * 1024,
      storage: { kind: 'local', dir: '/srv/tuki/files' },
      clamav: undefined,
    });
    const inMemory = loadConfig({ DATA_DIR: 'memory://' }).attachments.storage;
    assert.ok(inMemory.kind === 'local' && inMemory.dir.startsWith(tmpdir()), 'never a folder named memory:');
    const lowered = loadConfig({
      ATTACHMENT_MAX_PIXELS: '1000',
      ATTACHMENT_MAX_INFLATED_BYTES: '2048',
    }).attachments;
    assert.deepEqual([lowered.maxPixels, lowered.maxInflatedBytes], [1000, 2048]);
    assert.throws(() => loadConfig({ ATTACHMENT_MAX_PIXELS: '0' }), /ATTACHMENT_MAX_PIXELS:/);
  });

  test('clamd over TCP or a unix socket, not both; S3 settings need a bucket and both keys', () => {
    assert.deepEqual(loadConfig({ CLAMAV_HOST: 'clamd' }).attachments.clamav, {
      host: 'clamd',
      port: 3310,
      timeoutMs: 60_000,
    });
    assert.deepEqual(loadConfig({ CLAMAV_SOCKET: '/run/clamav/clamd.ctl' }).attachments.clamav, {
      socketPath: '/run/clamav/clamd.ctl',
      timeoutMs: 60_000,
    });
    const refused = (env: Record<string, string>, variable: string) =>
      assert.throws(() => loadConfig(env), new RegExp(`${variable}:`), JSON.stringify(env));
    refused({ CLAMAV_HOST: 'clamd', CLAMAV_SOCKET: '/run/clamd.ctl' }, 'CLAMAV_SOCKET');
    refused({ S3_ENDPOINT: 'http://minio:9000' }, 'S3_BUCKET');
    refused({ S3_BUCKET: 'tuki', S3_ACCESS_KEY_ID: 'key' }, 'S3_SECRET_ACCESS_KEY');
    refused({ UPLOAD_MAX_BYTES: '0' }, 'UPLOAD_MAX_BYTES');
  });
});
