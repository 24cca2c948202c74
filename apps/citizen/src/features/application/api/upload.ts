// uploadApplicationAttachment over XMLHttpRequest, which (unlike fetch) reports upload progress and can be
// aborted mid-way. The same headers as the API client: CSRF token, language, and an Idempotency-Key so that a
// retry after a lost answer does not store the file twice.

import { getAcceptLanguage, getCsrfToken } from '@tuki/api-client';
import type { AttachmentCategory } from '@tuki/domain';
import type { Attachment } from './applications.ts';

export { type AttachmentCategory, attachmentCategories, isAttachmentCategory } from '@tuki/domain';

/** Per file (the server's default; it refuses a larger one with 413 in any case). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** The server's default limits of an image's pixels and of a PDF's inflated content (for the refusal texts). */
export const MAX_IMAGE_MEGAPIXELS = 50;
export const MAX_INFLATED_MEGABYTES = 256;
export const MAX_FILES = 50;

/** The file types the server accepts; the input's `accept` (types and extensions, for phones that know only one). */
export const acceptedTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'image/webp',
] as const;
const acceptedExtensions = ['.pdf', '.jpg', '.jpeg', '.png', '.heic', '.heif', '.webp'];
export const acceptAttribute = [...acceptedTypes, ...acceptedExtensions].join(',');

export type UploadFailure =
  | 'tooLarge'
  | 'unsupportedType'
  | 'empty'
  | 'infected'
  | 'tooManyPixels'
  | 'inflatesTooMuch'
  | 'tooMany'
  | 'interrupted'
  | 'aborted'
  | 'sessionExpired'
  | 'notDraft'
  | 'scannerUnavailable'
  | 'other';

/** A refused or failed upload; the UI explains `failure` in its own texts, never with the server's `detail`. */
export class UploadError extends Error {
  readonly failure: UploadFailure;
  constructor(failure: UploadFailure) {
    super(`upload failed: ${failure}`);
    this.name = 'UploadError';
    this.failure = failure;
  }
}

/** Checks what can be checked before sending: size and type. */
export function precheckFile(file: File): UploadFailure | undefined {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'tooLarge';
  const name = file.name.toLowerCase();
  const typeOk = (acceptedTypes as readonly string[]).includes(file.type);
  const extensionOk = acceptedExtensions.some((extension) => name.endsWith(extension));
  // The server sniffs the real type from the content; here the name or the browser's guess is enough.
  if (!typeOk && !extensionOk) return 'unsupportedType';
  return undefined;
}

interface ProblemLike {
  type?: unknown;
}

export function failureOf(status: number, problem: ProblemLike | undefined): UploadFailure {
  const type = typeof problem?.type === 'string' ? problem.type : '';
  if (type.endsWith('image-too-large')) return 'tooManyPixels';
  if (type.endsWith('inflates-too-much')) return 'inflatesTooMuch';
  if (type.endsWith('infected') || status === 422) return 'infected';
  if (/too-?many/i.test(type)) return 'tooMany';
  if (/empty/i.test(type)) return 'empty';
  if (/interrupted/i.test(type)) return 'interrupted';
  if (status === 413) return 'tooLarge';
  if (status === 415) return 'unsupportedType';
  if (status === 401) return 'sessionExpired';
  // 409 without "too many": the application is not a draft any more.
  if (status === 409) return 'notDraft';
  if (status === 503) return 'scannerUnavailable';
  return 'other';
}

export interface UploadHandle {
  promise: Promise<Attachment>;
  abort: () => void;
}

export function uploadAttachment(
  applicationId: string,
  category: AttachmentCategory,
  file: File,
  idempotencyKey: string,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<Attachment>((resolve, reject) => {
    xhr.open('POST', `/api/v1/my/applications/${encodeURIComponent(applicationId)}/attachments`);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    const language = getAcceptLanguage();
    if (language) xhr.setRequestHeader('Accept-Language', language);
    xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body as Attachment);
        return;
      }
      const problem = typeof body === 'object' && body !== null ? (body as ProblemLike) : undefined;
      reject(new UploadError(failureOf(xhr.status, problem)));
    };
    xhr.onerror = () => reject(new UploadError('interrupted'));
    xhr.ontimeout = () => reject(new UploadError('interrupted'));
    xhr.onabort = () => reject(new UploadError('aborted'));
    const form = new FormData();
    // The category first: the server reads it before it streams the file.
    form.append('category', category);
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
