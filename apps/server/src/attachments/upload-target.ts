// Where an upload goes. A citizen adds files to their own draft (the application's files) or, once it has been
// sent, files to send with an answer or a message (correspondence). Staff add correspondence files to sent
// applications. Another person's application is not found (404); a withdrawn one takes no more files (409).
import { requirePermission } from '@tuki/domain';
import {
  caseForActions,
  lockEditableApplicationOfPerson,
  lockNonDraftApplication,
  lockOwnApplication,
  requireCasePermission,
} from '../applications/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, PersonRow, StaffUserRow } from '../db/schema.ts';
import { notFound } from '../shared/errors.ts';
import type { AttachmentPurpose } from './attachments.repository.ts';

export type Uploader = { kind: 'person'; person: PersonRow } | { kind: 'staff'; staffUser: StaffUserRow };

export interface UploadTarget {
  application: ApplicationRow;
  purpose: AttachmentPurpose;
}

/** Locks the application for the upload (call inside a transaction) and tells what the file will be. */
export async function lockUploadTarget(
  db: Db,
  applicationId: string,
  uploader: Uploader,
): Promise<UploadTarget> {
  let application: ApplicationRow;
  if (uploader.kind === 'person') {
    application = await lockOwnApplication(db, applicationId, uploader.person.id);
    if (application.status === 'draft') {
      return {
        application: await lockEditableApplicationOfPerson(db, applicationId, uploader.person.id),
        purpose: 'application',
      };
    }
  } else {
    const row = await lockNonDraftApplication(db, applicationId);
    if (!row) throw notFound('There is no such application.');
    application = row;
  }
  if (uploader.kind === 'person') {
    requirePermission('uploadAttachment', caseForActions(application), {
      kind: 'citizen',
      personId: uploader.person.id,
    });
  } else requireCasePermission('uploadCaseAttachment', application, uploader);
  return { application, purpose: 'correspondence' };
}
