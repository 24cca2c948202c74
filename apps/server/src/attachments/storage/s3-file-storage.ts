// Files in an S3-compatible object store (AWS S3, MinIO, Ceph, Garage, …). Uploads are streamed as a multipart
// upload: the object exists only once the upload completes, and a failed upload is aborted, so a dropped
// connection leaves no half object. At most partSize × queueSize bytes are held in memory per upload.
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStorageConfig } from '../../config/config.ts';
import { assertStorageKey, type FileStorage, StoredFileNotFound } from './file-storage.ts';

type S3Config = Extract<FileStorageConfig, { kind: 's3' }>;

const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

export class S3FileStorage implements FileStorage {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(config: S3Config) {
    this.#bucket = config.bucket;
    this.#client = new S3Client({
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
  }

  async put(key: string, source: Readable): Promise<void> {
    assertStorageKey(key);
    const upload = new Upload({
      client: this.#client,
      params: { Bucket: this.#bucket, Key: key, Body: source },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    // The SDK reads the stream as it goes; an error of the source must end the upload (which aborts it).
    const failed = new Promise<never>((_, reject) => {
      source.once('error', (error) => {
        upload.abort().catch(() => undefined);
        reject(error);
      });
    });
    failed.catch(() => undefined);
    try {
      await Promise.race([upload.done(), failed]);
    } catch (error) {
      source.destroy();
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const object = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }));
      const body = object.Body;
      if (body instanceof Readable) return body;
      throw new Error('the S3 client did not return a stream');
    } catch (error) {
      if (error instanceof NoSuchKey) throw new StoredFileNotFound(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }

  close(): void {
    this.#client.destroy();
  }
}
