// Where attachment bytes live: a local folder by default, or an S3-compatible object store. Keys are plain
// relative paths chosen by the server (never from user input), e.g. `applications/<uuid>/<uuid>`.
import type { Readable } from 'node:stream';

export interface FileStorage {
  /** Stores the whole stream under the key. The file appears complete or not at all: a failed or cut-off
   * stream leaves nothing behind. Rejects with the stream's error. */
  put(key: string, source: Readable): Promise<void>;
  /** The stored bytes; rejects with StoredFileNotFound when there is no such file. */
  get(key: string): Promise<Readable>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections (when the server stops). */
  close?(): void;
}

export class StoredFileNotFound extends Error {
  constructor(key: string) {
    super(`no stored file ${key}`);
    this.name = 'StoredFileNotFound';
  }
}

const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Refuses keys that could step out of the storage root ("..", absolute paths, odd characters). */
export function assertStorageKey(key: string): void {
  if (key.length > 300 || !KEY.test(key)) throw new Error(`not a valid storage key: ${key}`);
}
