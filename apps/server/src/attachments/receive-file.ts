// Receives the multipart body of an upload and streams the file into the storage: the category field first, then
// the file, whose first bytes decide its type. The SHA-256 and the size are computed on the way, and the content is
// inspected (an image's pixels, a PDF's active content and inflated size); the file is never held whole in memory,
// and a file over a limit is cut off there, not read to its end.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import {
  DomainError,
  InvalidInput,
  invalidInput,
  TooLarge,
  Unprocessable,
  UnsupportedContent,
} from '../shared/errors.ts';
import { type AttachmentCategory, attachmentCategories } from './attachments.repository.ts';
import { sanitiseFileName } from './file-name.ts';
import { allowedTypes, SNIFF_BYTES, sniffAllowedType } from './file-types.ts';
import {
  ContentInspection,
  type ContentRefusal,
  ContentRefused,
  type InspectionLimits,
} from './inspection/content-inspection.ts';
import type { ActiveContentKind } from './inspection/pdf-inspector.ts';
import type { FileStorage } from './storage/file-storage.ts';

export interface ReceivedFile {
  id: string;
  storageKey: string;
  category: AttachmentCategory;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** The active content found in a PDF: such a file is never shown inline. */
  activeContent: ActiveContentKind[];
}

interface ReceiveOptions {
  applicationId: string;
  storage: FileStorage;
  maxBytes: number;
  limits: InspectionLimits;
  language: Language;
}

/** The problem types of content refused by the inspection. */
export const contentRefusalTypes = {
  'too-many-pixels': 'image-too-large',
  'inflates-too-much': 'inflates-too-much',
} as const;

/** 422 with the reason in the user's language. */
export function contentRefusedProblem(language: Language, refusal: ContentRefusal): Unprocessable {
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  const detail =
    refusal.reason === 'too-many-pixels'
      ? translate(language, 'upload.tooManyPixels', { maxMegapixels: number(refusal.maxPixels / 1_000_000) })
      : translate(language, 'upload.inflatesTooMuch', {
          maxMegabytes: megabytes(language, refusal.maxInflatedBytes),
        });
  return new Unprocessable(detail, { code: contentRefusalTypes[refusal.reason] });
}

class FileTooLarge extends Error {}

const isCategory = (value: unknown): value is AttachmentCategory =>
  typeof value === 'string' && (attachmentCategories as readonly string[]).includes(value);

function megabytes(language: Language, bytes: number): string {
  return new Intl.NumberFormat(language, { maximumSignificantDigits: 3 }).format(bytes / (1024 * 1024));
}

/** Errors of a body that ended or broke before the file did. */
function isInterrupted(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 'FST_REQ_PREMATURE_CLOSE' ||
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (typeof message === 'string' && /terminated early|Unexpected end|aborted/i.test(message))
  );
}

/** Multipart errors of a body that breaks the rules of this operation or of the format. */
function malformed(error: unknown): InvalidInput | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === 'FST_FILES_LIMIT') {
    return invalidInput('Send one file per request.', [
      { path: 'file', message: 'only one file is accepted' },
    ]);
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalidInput('The request has more parts than this operation takes (category and file).');
  }
  if (typeof message === 'string' && /^(Multipart:|Malformed)/.test(message)) {
    return invalidInput('The body is not valid multipart/form-data.');
  }
  return undefined;
}

export async function receiveFile(
  parts: AsyncIterable<Multipart>,
  options: ReceiveOptions,
): Promise<ReceivedFile> {
  let category: AttachmentCategory | undefined;
  let received: ReceivedFile | undefined;
  try {
    // The whole body is read (up to the end of the file, then its closing boundary) before the file counts.
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname !== 'category') continue;
        if (!isCategory(part.value)) {
          throw invalidInput('The category is not valid.', [
            { path: 'category', message: `must be one of: ${attachmentCategories.join(', ')}` },
          ]);
        }
        category ??= part.value;
        continue;
      }
      if (part.fieldname !== 'file') {
        throw invalidInput('Send the file in the field named file.', [
          { path: part.fieldname, message: 'is not a field of this operation' },
        ]);
      }
      if (!category) {
        throw invalidInput('Send the category field before the file.', [
          { path: 'category', message: 'is required, before the file' },
        ]);
      }
      received = await storeFile(part, category, options);
    }
  } catch (error) {
    if (received) await options.storage.delete(received.storageKey).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    const problem = malformed(error);
    if (problem) throw problem;
    if (isInterrupted(error)) {
      throw new InvalidInput(translate(options.language, 'upload.interrupted'), {
        code: 'upload-interrupted',
      });
    }
    throw error;
  }
  if (!received) throw invalidInput('No file was sent.', [{ path: 'file', message: 'is required' }]);
  return received;
}

async function storeFile(
  part: MultipartFile,
  category: AttachmentCategory,
  options: ReceiveOptions,
): Promise<ReceivedFile> {
  const { language } = options;
  const file = part.file;
  // At the limit the parser stops passing data on but would go on reading the body to its end: end it now.
  file.once('limit', () => file.destroy(new FileTooLarge()));
  const tooLarge = () =>
    new TooLarge(
      translate(language, 'upload.tooLarge', { maxMegabytes: megabytes(language, options.maxBytes) }),
      { code: 'file-too-large' },
    );
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    const head: Buffer[] = [];
    let headSize = 0;
    while (headSize < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
      headSize += next.value.length;
    }
    const first = Buffer.concat(head);
    if (first.length === 0) {
      throw new InvalidInput(translate(language, 'upload.empty'), { code: 'empty-file' });
    }
    const mediaType = await sniffAllowedType(first);
    if (!mediaType) {
      throw new UnsupportedContent(translate(language, 'upload.unsupportedType'), {
        code: 'unsupported-file-type',
      });
    }
    const id = randomUUID();
    const storageKey = `applications/${options.applicationId}/${id}`;
    const hash = createHash('sha256');
    const inspection = new ContentInspection(mediaType, options.limits);
    let sizeBytes = 0;
    async function* content(): AsyncGenerator<Buffer> {
      hash.update(first);
      sizeBytes += first.length;
      await inspection.push(first);
      yield first;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        hash.update(next.value);
        sizeBytes += next.value.length;
        // A refusal here fails the storage's write, which then keeps nothing.
        await inspection.push(next.value);
        yield next.value;
      }
    }
    await options.storage.put(storageKey, Readable.from(content(), { objectMode: false }));
    if (file.truncated) {
      await options.storage.delete(storageKey);
      throw tooLarge();
    }
    let activeContent: ActiveContentKind[];
    try {
      ({ activeContent } = await inspection.end());
    } catch (error) {
      await options.storage.delete(storageKey);
      throw error;
    }
    return {
      id,
      storageKey,
      category,
      fileName: sanitiseFileName(part.filename, allowedTypes[mediaType] ?? []),
      mediaType,
      sizeBytes,
      sha256: hash.digest('hex'),
      activeContent,
    };
  } catch (error) {
    if (error instanceof FileTooLarge || file.truncated) throw tooLarge();
    if (error instanceof ContentRefused) throw contentRefusedProblem(language, error.refusal);
    throw error;
  } finally {
    // Stops reading the part (and so the body) when we leave early; a finished stream is left as it is.
    if (!file.readableEnded) file.destroy();
  }
}
