// downloadAttachment: a citizen gets their own files; staff with a handling role get the files of applications
// that have been sent (never of drafts). Every download is audited with the person whose file it is. Only files
// scanned clean, or kept unscanned where no scanner is configured, are ever served.
import type { Readable } from 'node:stream';
import type { StaffRole } from '@tuki/domain';
import { handlingStaffRoles } from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import { conflict, Failed, forbidden, notFound } from '../shared/errors.ts';
import type { Principal } from '../shared/principal.ts';
import { auditAttachment } from './attachment-audit.ts';
import type { AttachmentServices } from './attachment-services.ts';
import {
  type AttachmentRow,
  findAttachmentOfPerson,
  findAttachmentWithApplicationStatus,
  servableScanStatuses,
} from './attachments.repository.ts';
import { StoredFileNotFound } from './storage/file-storage.ts';

/** The staff roles that handle cases and so may open their attachments. */
export const attachmentReaderRoles: readonly StaffRole[] = handlingStaffRoles;

export interface Download {
  attachment: AttachmentRow;
  stream: Readable;
}

async function findReadable(services: AttachmentServices, principal: Principal, attachmentId: string) {
  if (principal.kind === 'citizen') {
    return findAttachmentOfPerson(services.db, attachmentId, principal.person.id);
  }
  if (principal.kind === 'client') throw forbidden('Attachments are not open to API clients.');
  const roles = principal.staffUser.roles;
  if (!attachmentReaderRoles.some((role) => roles.includes(role))) {
    throw forbidden(`This needs one of the roles: ${attachmentReaderRoles.join(', ')}.`);
  }
  const found = await findAttachmentWithApplicationStatus(services.db, attachmentId);
  if (!found || found.application_status === 'draft') return undefined;
  const { application_status: _status, ...attachment } = found;
  return attachment;
}

export async function openAttachmentDownload(
  services: AttachmentServices,
  request: { principal: Principal; attachmentId: string; audit: AuditContext },
): Promise<Download> {
  const attachment = await findReadable(services, request.principal, request.attachmentId);
  if (!attachment) throw notFound('There is no such attachment.');
  if (!servableScanStatuses.includes(attachment.scan_status)) {
    throw conflict('This file has not passed the virus scan and cannot be downloaded.');
  }
  let stream: Readable;
  try {
    stream = await services.storage.get(attachment.storage_key);
  } catch (error) {
    if (!(error instanceof StoredFileNotFound)) throw error;
    services.log.error({ attachmentId: attachment.id }, 'the stored file of an attachment is missing');
    throw new Failed('The file could not be read. Try again later.');
  }
  try {
    const details = { sha256: attachment.sha256 };
    await auditAttachment(
      services.db,
      request.audit,
      'attachment.download',
      attachment,
      details,
      services.clock.now(),
    );
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { attachment, stream };
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 8187), safe for any stored name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
