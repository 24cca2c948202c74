// uploadApplicationAttachment (a citizen's file into their draft, or a file for an answer or a message once sent)
// and uploadCaseAttachment (a caseworker's file for a message). Order: check the application (before reading
// the body), stream the file into the storage, scan it, then one transaction that checks again under the
// application's row lock, inserts the row and writes the audit event. Whatever is refused after the file was
// stored is deleted from the storage again, so nothing is kept without its row.
import type { Multipart } from '@fastify/multipart';
import type { Language } from '@tuki/domain';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { findPersonIdOfApplication } from '../applications/index.ts';
import { type AuditContext, recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Unavailable, Unprocessable } from '../shared/errors.ts';
import { hasIdempotencyKey } from '../shared/idempotency.repository.ts';
import { runIdempotent } from '../shared/idempotency.ts';
import { type AttachmentView, presentAttachment } from './attachment.presenter.ts';
import { auditAttachment } from './attachment-audit.ts';
import { type AttachmentServices, MAX_ATTACHMENTS_PER_APPLICATION } from './attachment-services.ts';
import {
  type AttachmentRow,
  countAttachmentsOfApplication,
  insertAttachment,
  type ScanStatus,
  touchApplication,
} from './attachments.repository.ts';
import { contentRefusalTypes, type ReceivedFile, receiveFile } from './receive-file.ts';
import { ScannerUnavailable } from './scanning/clamd-client.ts';
import { lockUploadTarget, type Uploader, type UploadTarget } from './upload-target.ts';

const refusedContent: readonly string[] = Object.values(contentRefusalTypes);

const operationOf = (uploader: Uploader) =>
  uploader.kind === 'person' ? 'uploadApplicationAttachment' : 'uploadCaseAttachment';
const actorIdOf = (uploader: Uploader) =>
  uploader.kind === 'person' ? `person:${uploader.person.id}` : `staff:${uploader.staffUser.id}`;

export interface UploadRequest {
  uploader: Uploader;
  applicationId: string;
  language: Language;
  audit: AuditContext;
  idempotencyKey: string | undefined;
  parts: AsyncIterable<Multipart>;
}

export interface UploadResult {
  attachment: AttachmentView;
  replayed: boolean;
}

async function assertRoomFor(
  db: Db,
  target: UploadTarget,
  uploader: Uploader,
  language: Language,
): Promise<void> {
  const count =
    target.purpose === 'application'
      ? await countAttachmentsOfApplication(db, target.application.id, { purpose: 'application' })
      : await countAttachmentsOfApplication(db, target.application.id, {
          purpose: 'correspondence',
          staffId: uploader.kind === 'staff' ? uploader.staffUser.id : null,
        });
  const max =
    target.purpose === 'application' ? MAX_ATTACHMENTS_PER_APPLICATION : MAX_ATTACHMENTS_PER_MESSAGE;
  if (count >= max) {
    throw new Conflict(translate(language, 'upload.tooMany', { max }), {
      code: 'too-many-attachments',
    });
  }
}

/** Whether a request with this Idempotency-Key already succeeded (then its answer is replayed, not refused). */
async function answeredBefore(db: Db, uploader: Uploader, key: string | undefined): Promise<boolean> {
  if (key === undefined) return false;
  return hasIdempotencyKey(db, { actorId: actorIdOf(uploader), operation: operationOf(uploader), key });
}

async function scan(
  services: AttachmentServices,
  file: ReceivedFile,
): Promise<ScanStatus | { infected: string }> {
  const scanner = services.scanner;
  if (!scanner) return 'unscanned';
  try {
    const verdict = await scanner.scan(await services.storage.get(file.storageKey));
    return verdict.infected ? { infected: verdict.signature } : 'clean';
  } catch (error) {
    services.log.error({ err: error }, 'virus scanning failed; the upload is refused');
    if (error instanceof ScannerUnavailable) {
      throw new Unavailable(
        'The virus scanner is not available, so the file could not be accepted. Try again later.',
        {
          code: 'scanner-unavailable',
        },
      );
    }
    throw error;
  }
}

export async function uploadAttachment(
  services: AttachmentServices,
  request: UploadRequest,
): Promise<UploadResult> {
  const { db, storage } = services;
  const { uploader, applicationId, language } = request;
  // A retry of a request that succeeded gets the first answer even if the state has moved on since.
  let subjectPersonId: string | undefined;
  if (!(await answeredBefore(db, uploader, request.idempotencyKey))) {
    subjectPersonId = await inTransaction(db, async (trx) => {
      const target = await lockUploadTarget(trx, applicationId, uploader);
      await assertRoomFor(trx, target, uploader, language);
      return target.application.person_id;
    });
  }
  subjectPersonId ??=
    uploader.kind === 'person' ? uploader.person.id : await findPersonIdOfApplication(db, applicationId);
  let file: ReceivedFile;
  /** A refused upload (hostile or infected content) is a security event; nothing of it was kept. */
  const recordRefused = (details: Record<string, unknown>) =>
    recordAudit(
      db,
      request.audit,
      {
        action: 'attachment.upload',
        outcome: 'denied',
        subjectPersonId,
        objectType: 'application',
        objectId: applicationId,
        details,
      },
      services.clock.now(),
    );
  try {
    file = await receiveFile(request.parts, {
      applicationId,
      storage,
      maxBytes: services.maxBytes,
      limits: services.limits,
      language,
    });
  } catch (error) {
    if (error instanceof Unprocessable && error.code !== undefined && refusedContent.includes(error.code)) {
      // Hostile content is a security event, recorded like an infected file (nothing was kept).
      await recordRefused({ reason: error.code });
    }
    throw error;
  }
  let kept = false;
  try {
    const scanStatus = await scan(services, file);
    if (typeof scanStatus === 'object') {
      await recordRefused({
        reason: 'infected',
        signature: scanStatus.infected,
        sha256: file.sha256,
        sizeBytes: file.sizeBytes,
      });
      throw new Unprocessable(translate(language, 'upload.infected'), { code: 'infected' });
    }
    const now = services.clock.now();
    const fileRow = (target: UploadTarget): AttachmentRow => ({
      id: file.id,
      application_id: applicationId,
      person_id: target.application.person_id,
      category: file.category,
      file_name: file.fileName,
      media_type: file.mediaType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      storage_key: file.storageKey,
      scan_status: scanStatus,
      uploaded_at: now,
      purpose: target.purpose,
      uploaded_by_staff_id: uploader.kind === 'staff' ? uploader.staffUser.id : null,
      information_request_id: null,
      message_id: null,
      active_content: file.activeContent,
    });
    const result = await runIdempotent<AttachmentView>(
      db,
      {
        actorId: actorIdOf(uploader),
        operation: operationOf(uploader),
        key: request.idempotencyKey,
        request: { applicationId, category: file.category, fileName: file.fileName, sha256: file.sha256 },
      },
      now,
      async (trx) => {
        const target = await lockUploadTarget(trx, applicationId, uploader);
        await assertRoomFor(trx, target, uploader, language);
        const row = fileRow(target);
        await insertAttachment(trx, row);
        if (target.purpose === 'application') await touchApplication(trx, applicationId, now);
        const details = {
          purpose: row.purpose,
          category: row.category,
          mediaType: row.media_type,
          sizeBytes: row.size_bytes,
          sha256: row.sha256,
          scanStatus: row.scan_status,
          ...(row.active_content.length > 0 ? { activeContent: row.active_content } : {}),
        };
        await auditAttachment(trx, request.audit, 'attachment.upload', row, details, now);
        return { statusCode: 201, body: presentAttachment(row) };
      },
    );
    kept = !result.replayed;
    return { attachment: result.body, replayed: result.replayed };
  } finally {
    if (!kept) {
      await storage.delete(file.storageKey).catch((error: unknown) => {
        services.log.error({ err: error, storageKey: file.storageKey }, 'could not delete a refused upload');
      });
    }
  }
}
