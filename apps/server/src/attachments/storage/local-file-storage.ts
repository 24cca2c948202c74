// Files in a local folder. A file is written under a temporary name in the same file system and renamed into
// place only when the whole stream has arrived, so a dropped connection never leaves half a file.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage, StoredFileNotFound } from './file-storage.ts';

/** Files being written are here, under the root, until they are complete. */
export const INCOMING_DIR = '.incoming';

export class LocalFileStorage implements FileStorage {
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  #path(key: string): string {
    assertStorageKey(key);
    return join(this.#root, key);
  }

  async put(key: string, source: Readable): Promise<void> {
    const target = this.#path(key);
    const incoming = join(this.#root, INCOMING_DIR);
    await mkdir(incoming, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    const temporary = join(incoming, randomUUID());
    try {
      await pipeline(source, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      await rename(temporary, target);
    } catch (error) {
      source.destroy();
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const handle = await open(this.#path(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileNotFound(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}
