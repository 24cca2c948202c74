// The files being sent: progress, cancel, retry and the failures, per file. A finished file leaves this list and
// appears among the application's attachments (the caller refetches the application).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attachment } from '../api/applications.ts';
import {
  type AttachmentCategory,
  MAX_FILES,
  precheckFile,
  UploadError,
  type UploadFailure,
  type UploadHandle,
  uploadAttachment,
} from '../api/upload.ts';

export interface UploadItem {
  key: string;
  category: AttachmentCategory;
  file: File;
  /** 0–100 while sending. */
  percent: number;
  state: 'uploading' | 'failed';
  failure?: UploadFailure;
  /** The same key for every try of the same file: a retry after a lost answer stores it once. */
  idempotencyKey: string;
}

/** Failures worth another try (the file itself was fine). */
export function isRetryable(failure: UploadFailure | undefined): boolean {
  return (
    failure === 'interrupted' ||
    failure === 'aborted' ||
    failure === 'other' ||
    failure === 'sessionExpired' ||
    failure === 'scannerUnavailable'
  );
}

let sequence = 0;
const newKey = () => {
  sequence += 1;
  return `upload-${sequence}`;
};

export function useUploads({
  applicationId,
  attachmentCount,
  onUploaded,
}: {
  applicationId: string;
  /** Attachments the application has already, for the limit of 50. */
  attachmentCount: number;
  onUploaded: (attachment: Attachment, file: File) => void;
}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const handles = useRef(new Map<string, UploadHandle>());
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (item: UploadItem) => {
      const handle = uploadAttachment(
        applicationId,
        item.category,
        item.file,
        item.idempotencyKey,
        (loaded, total) =>
          patch(item.key, { percent: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0 }),
      );
      handles.current.set(item.key, handle);
      handle.promise.then(
        (attachment) => {
          handles.current.delete(item.key);
          setItems((current) => current.filter((candidate) => candidate.key !== item.key));
          onUploadedRef.current(attachment, item.file);
        },
        (error: unknown) => {
          handles.current.delete(item.key);
          const failure = error instanceof UploadError ? error.failure : 'other';
          patch(item.key, { state: 'failed', failure, percent: 0 });
        },
      );
    },
    [applicationId, patch],
  );

  const addFiles = useCallback(
    (category: AttachmentCategory, files: readonly File[]) => {
      const added: UploadItem[] = [];
      let room = MAX_FILES - attachmentCount - items.filter((item) => item.state === 'uploading').length;
      for (const file of files) {
        const item: UploadItem = {
          key: newKey(),
          category,
          file,
          percent: 0,
          state: 'uploading',
          idempotencyKey: crypto.randomUUID(),
        };
        const problem = room <= 0 ? 'tooMany' : precheckFile(file);
        if (problem) {
          added.push({ ...item, state: 'failed', failure: problem });
        } else {
          room -= 1;
          added.push(item);
        }
      }
      setItems((current) => [...current, ...added]);
      for (const item of added) if (item.state === 'uploading') start(item);
    },
    [attachmentCount, items, start],
  );

  const cancel = useCallback((key: string) => handles.current.get(key)?.abort(), []);

  const retry = useCallback(
    (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (!item) return;
      const again: UploadItem = {
        ...item,
        state: 'uploading',
        percent: 0,
        failure: undefined,
      };
      patch(key, again);
      start(again);
    },
    [items, patch, start],
  );

  const dismiss = useCallback((key: string) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  /** Forgets the failed files (after a send: what failed before it no longer concerns the next one). */
  const clearFailed = useCallback(() => {
    setItems((current) => current.filter((item) => item.state !== 'failed'));
  }, []);

  // Leaving the step stops what is still being sent: an unfinished file is never stored.
  useEffect(() => {
    const active = handles.current;
    return () => {
      for (const handle of active.values()) handle.abort();
    };
  }, []);

  return { items, addFiles, cancel, retry, dismiss, clearFailed };
}
