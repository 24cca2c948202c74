// What the attachment use cases need, made once from the configuration.
import type { FastifyBaseLogger } from 'fastify';
import type { AttachmentsConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';
import type { InspectionLimits } from './inspection/content-inspection.ts';
import { ClamdClient } from './scanning/clamd-client.ts';
import { createFileStorage } from './storage/create-file-storage.ts';
import type { FileStorage } from './storage/file-storage.ts';

/** At most this many attachments per application. */
export const MAX_ATTACHMENTS_PER_APPLICATION = 50;

export interface AttachmentServices {
  db: Db;
  clock: Clock;
  storage: FileStorage;
  /** Undefined when no clamd is configured: files are then kept as `unscanned`. */
  scanner: ClamdClient | undefined;
  maxBytes: number;
  /** The content checks' limits: an image's pixels, a PDF's inflated bytes. */
  limits: InspectionLimits;
  log: FastifyBaseLogger;
}

export function createAttachmentServices(
  config: AttachmentsConfig,
  db: Db,
  clock: Clock,
  log: FastifyBaseLogger,
): AttachmentServices {
  return {
    db,
    clock,
    storage: createFileStorage(config.storage),
    scanner: config.clamav ? new ClamdClient(config.clamav) : undefined,
    maxBytes: config.maxBytes,
    limits: { maxPixels: config.maxPixels, maxInflatedBytes: config.maxInflatedBytes },
    log,
  };
}
