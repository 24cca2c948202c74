// Shared by the attachment tests: small files of each type made here, multipart bodies, and the files in storage.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { APPLICATIONS, type Caller } from './applications.ts';
import { greyPng } from './png.ts';
import { closedAfter, createTestApp, madeBefore, type TestApp } from './test-app.ts';
import type { Backend } from './test-database.ts';

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A small valid PDF (a page with no content). */
export function pdfFile(extra = ''): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n${extra}trailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A valid 1×1 grey PNG. */
export function pngFile(): Buffer {
  return greyPng(1, 1, Buffer.from([0, 0x80]));
}

/** The start of a JPEG (JFIF): enough to be recognised. */
export function jpegFile(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A WebP container header with an empty lossy frame. */
export function webpFile(): Buffer {
  const frame = Buffer.concat([Buffer.from('VP8 ', 'latin1'), Buffer.from([0, 0, 0, 0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + frame.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, Buffer.from('WEBP', 'latin1'), frame]);
}

/** The start of a HEIC photo: its `ftyp` box. */
export function heicFile(): Buffer {
  const box = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypheic', 'latin1'),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('mif1heic', 'latin1'),
  ]);
  return Buffer.concat([box, Buffer.alloc(64)]);
}

export interface FilePart {
  name?: string;
  content: Buffer;
  /** What the client claims; the server ignores it. */
  type?: string;
  field?: string;
}

export const BOUNDARY = '----tuki-test-boundary-7MA4YWxkTrZu0gW';

/** A multipart/form-data body: the fields in order, then the file (when given). */
export function multipartBody(fields: [string, string][], file?: FilePart): Buffer {
  const pieces: Buffer[] = [];
  for (const [name, value] of fields) {
    pieces.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) pieces.push(fileHead(file), file.content, Buffer.from('\r\n'));
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

/** The part headers that come before a file's bytes. */
export function fileHead(file: Omit<FilePart, 'content'>): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; ` +
      `filename="${file.name ?? 'file.pdf'}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
  );
}

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export const attachmentsUrl = (applicationId: string) => `${APPLICATIONS}/${applicationId}/attachments`;
export const contentUrl = (attachmentId: string) => `/api/v1/attachments/${attachmentId}/content`;

export function upload(
  t: TestApp,
  caller: Caller,
  applicationId: string,
  file: FilePart | undefined,
  options: { category?: string; headers?: Record<string, string>; fields?: [string, string][] } = {},
): Promise<LightMyRequestResponse> {
  const fields = options.fields ?? [['category', options.category ?? 'bank_statement']];
  return t.app.inject({
    method: 'POST',
    url: attachmentsUrl(applicationId),
    headers: {
      cookie: caller.cookie,
      'x-csrf-token': caller.csrfToken,
      'content-type': MULTIPART_TYPE,
      ...options.headers,
    },
    payload: multipartBody(fields, file),
  });
}

/** Every file under the storage folder (including unfinished ones), as relative paths. */
export async function storedFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export interface TestAppWithFiles extends TestApp {
  /** The folder the app stores attachments in. */
  filesDir: string;
}

/** A test app (createTestApp with `env`) storing attachments in a fresh temporary folder, which close() removes. */
export async function createTestAppWithFiles(
  backend: Backend,
  env: Record<string, string> = {},
): Promise<TestAppWithFiles> {
  const filesDir = await mkdtemp(join(tmpdir(), 'tuki-files-'));
  const t = await createTestApp(backend, { FILES_DIR: filesDir, ...env });
  return {
    ...t,
    filesDir,
    close: async () => {
      await t.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/** The suite's application with its own files directory (see createTestAppWithFiles): built before its tests, closed after. */
export function useTestAppWithFiles(backend: Backend, env: Record<string, string> = {}): TestAppWithFiles {
  return closedAfter(madeBefore(() => createTestAppWithFiles(backend, env)));
}
