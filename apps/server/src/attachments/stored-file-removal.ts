// Deleting stored bytes after their rows are gone. The rows' transaction records the keys (stored_file_removal);
// the bytes are deleted after it commits, and a key is forgotten only once its file is deleted, so a failed
// deletion is retried by the next sweep.
import type { FileStorageConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { HousekeepingTask } from '../jobs/housekeeping-task.ts';
import { forgetStoredFileRemoval, listStoredFileRemovals } from './attachments.repository.ts';
import { createFileStorage } from './storage/create-file-storage.ts';
import type { FileStorage } from './storage/file-storage.ts';

export async function removeStoredFiles(
  db: Db,
  storage: FileStorage,
  keys: readonly string[],
): Promise<void> {
  for (const key of keys) {
    await storage.delete(key);
    await forgetStoredFileRemoval(db, key);
  }
}

/** Deletes the files of removed attachments that are still stored (for housekeeping); returns how many. */
export async function removePendingStoredFiles(db: Db, storage: FileStorage, limit = 500): Promise<number> {
  const keys = await listStoredFileRemovals(db, limit);
  await removeStoredFiles(db, storage, keys);
  return keys.length;
}

/** The housekeeping task that deletes the files of removed attachments (e.g. of expired drafts). */
export function removedAttachmentFilesTask(config: FileStorageConfig): HousekeepingTask {
  const storage = createFileStorage(config);
  return { name: 'removed_attachment_files', run: (db) => removePendingStoredFiles(db, storage) };
}
