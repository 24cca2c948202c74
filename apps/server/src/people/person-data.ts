// Everything Tuki holds about one person, as the person may see it (the right of access, GDPR art. 15): the person
// record and preferences, every application (drafts too) with its content, status history, attachments,
// information requests and answers, messages, decisions with their calculations, and the audit events about the
// person (who read or changed their data, and when). With each decision: its payments (another payee's account
// masked, as the client sees it with the case), its payment commitments and its letter's delivery through Suomi.fi
// Messages with the events the service reported; with each application: the notices sent about it through Suomi.fi
// Messages and how the office cleared a returned letter or a rejected payment. Staff-only material is left out:
// internal notes (also the free-text note of such a clearing), and files staff have uploaded but not sent to the
// client. The same snapshot feeds the citizen's zip (exportMyData) and the GDPR API's tree (gdpr-api GET).
import { helsinkiDate } from '@tuki/domain';
import { presentAttachment, servableScanStatuses } from '../attachments/index.ts';
import {
  type InformationRequestView,
  listInformationRequests,
  listMessageRecords,
  type MessageView,
  presentInformationRequest,
  presentMessage,
} from '../correspondence/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, ApplicationStatusValue, PersonRow } from '../db/schema.ts';
import {
  type DecisionView,
  findRectificationOfCase,
  listDecisionIdsWithLetter,
  listDecisionsOfApplication,
  presentDecision,
  presentRectification,
} from '../decisions/index.ts';
import { listPaymentsOfDecisions, presentDecisionPayment } from '../payments/index.ts';
import { listStaffNames } from '../staff-users/index.ts';
import {
  listAllApplicationsOfPerson,
  listAttachmentsOfPerson,
  listAttentionResolutionsOfApplication,
  listAuditEventsAboutPerson,
  listDeliveryEventsOfDecisions,
  listStatusChangesOfApplication,
  listSuomifiNoticesOfApplication,
} from './persons.repository.ts';

export interface ExportedAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  category: string;
  scanStatus: string;
  uploadedAt: string;
  /** application: part of the application; correspondence: sent (or to be sent) with an answer or a message. */
  purpose: 'application' | 'correspondence';
  uploadedBy: 'you' | 'office';
  /** The file's path in the zip; null when the file is not included (its virus scan has not passed). */
  file: string | null;
}

export interface ExportedDecision extends DecisionView {
  /** The letter's path in the zip, when the letter is stored. */
  letterFile: string | null;
  /** The payments of the money granted: the client's own account whole, another payee's (a landlord's) masked. */
  payments: DecisionPaymentView[];
  /** What Suomi.fi Messages reported of the letter's delivery (`deliveries`), in time order. */
  deliveryEvents: { kind: string; occurredAt: string }[];
}

type DecisionPaymentView = ReturnType<typeof presentDecisionPayment>;

/** How the office cleared a returned decision letter or a payment the bank rejected. */
export interface ExportedAttentionResolution {
  /** address_needed: the letter came back to the sender; payment_rejected: the bank rejected a payment. */
  reason: 'address_needed' | 'payment_rejected';
  /** resent (to a new address), corrected (the account number, paid again) or handled otherwise. */
  resolution: 'resent' | 'corrected' | 'handled';
  decisionId: string | null;
  /** The rejected payment's end-to-end id. */
  paymentEndToEndId: string | null;
  resolvedAt: string;
  resolvedBy: string;
}

/** A notice other than a decision sent about the application through Suomi.fi Messages. */
export interface ExportedSuomifiNotice {
  kind: 'information_requested' | 'application_merged';
  /** sent: to the Suomi.fi mailbox; no_mailbox: nothing was sent, there was no mailbox. */
  outcome: 'sent' | 'no_mailbox';
  createdAt: string;
}

export interface ExportedApplication {
  id: string;
  kind: ApplicationRow['kind'];
  status: ApplicationStatusValue;
  referenceNumber: string | null;
  urgent: boolean;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  dueDate: string | null;
  content: Record<string, unknown>;
  statusHistory: {
    status: ApplicationStatusValue;
    previousStatus: ApplicationStatusValue | null;
    changedAt: string;
  }[];
  attachments: ExportedAttachment[];
  informationRequests: InformationRequestView[];
  messages: MessageView[];
  decisions: ExportedDecision[];
  attentionResolutions: ExportedAttentionResolution[];
  suomifiNotices: ExportedSuomifiNotice[];
  rectification: ReturnType<typeof presentRectification>;
  /** The folder of this application's files in the zip. */
  folder: string;
}

export interface ExportedAuditEvent {
  occurredAt: string;
  action: string;
  actor: { type: string; id: string | null; name: string | null };
  objectType: string | null;
  objectId: string | null;
  outcome: string;
}

export interface PersonDataSnapshot {
  format: 'tuki-export/1';
  exportedAt: string;
  person: {
    id: string;
    personalIdentityCode: string;
    firstName: string;
    lastName: string;
    streetAddress: string | null;
    postalCode: string | null;
    city: string | null;
    phone: string | null;
    createdAt: string;
    updatedAt: string;
  };
  preferences: {
    email: string | null;
    emailNotifications: boolean;
    language: PersonRow['preferred_language'];
    electronicDelivery: boolean;
  };
  applications: ExportedApplication[];
  auditEvents: ExportedAuditEvent[];
}

/** A file to put into the zip: an attachment from the file storage, or a stored decision letter. */
export type ExportFile =
  | { kind: 'attachment'; path: string; storageKey: string; sizeBytes: number; modifiedAt: Date }
  | { kind: 'letter'; path: string; decisionId: string; modifiedAt: Date };

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file or folder name that is safe in a zip on every system: no path, controls or reserved characters. */
export function safeName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const cut = [...cleaned].slice(0, 120).join('');
  return cut === '' ? fallback : cut;
}

/** Keeps the names within a folder unique: "a.pdf", "a (2).pdf", … */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function folderOf(row: ApplicationRow, taken: Set<string>): string {
  const base = row.reference_number
    ? safeName(row.reference_number, row.id)
    : `${row.status === 'draft' ? 'draft' : 'application'}-${row.id.slice(0, 8)}`;
  return `applications/${uniqueName(taken, base)}`;
}

async function allMessages(db: Db, applicationId: string): Promise<MessageView[]> {
  const messages: MessageView[] = [];
  let after: { sentAt: Date; id: string } | undefined;
  for (;;) {
    const page = await listMessageRecords(db, applicationId, { limit: 500, ...(after ? { after } : {}) });
    messages.push(...page.map(presentMessage));
    const last = page.at(-1);
    if (page.length < 500 || !last) return messages;
    after = { sentAt: last.sentAt, id: last.id };
  }
}

async function auditEventsAbout(db: Db, personId: string): Promise<ExportedAuditEvent[]> {
  const rows = await listAuditEventsAboutPerson(db, personId);
  const staffIds = [
    ...new Set(
      rows.flatMap((row) =>
        row.actor_type === 'staff' && row.actor_id && UUID.test(row.actor_id) ? [row.actor_id] : [],
      ),
    ),
  ];
  const staff = staffIds.length === 0 ? [] : await listStaffNames(db, staffIds);
  const names = new Map(staff.map((user) => [user.id, `${user.first_name} ${user.last_name}`]));
  return rows.map((row) => ({
    occurredAt: new Date(row.occurred_at).toISOString(),
    action: row.action,
    actor: {
      type: row.actor_type,
      id: row.actor_id,
      name: row.actor_type === 'staff' && row.actor_id ? (names.get(row.actor_id) ?? null) : null,
    },
    objectType: row.object_type,
    objectId: row.object_id,
    outcome: row.outcome,
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The snapshot and the files that go with it. Read in one transaction (the caller's), so the JSON and the list of
 * files agree.
 */
export async function collectPersonData(
  db: Db,
  person: PersonRow,
  now: Date,
): Promise<{ snapshot: PersonDataSnapshot; files: ExportFile[] }> {
  const today = helsinkiDate(now);
  const rows = await listAllApplicationsOfPerson(db, person.id);
  const attachments = await listAttachmentsOfPerson(db, person.id);
  const files: ExportFile[] = [];
  const folders = new Set<string>();
  const applications: ExportedApplication[] = [];
  for (const row of rows) {
    const folder = folderOf(row, folders);
    const history = await listStatusChangesOfApplication(db, row.id);
    const names = new Set<string>();
    const exportedAttachments = attachments
      .filter((attachment) => attachment.application_id === row.id)
      .map((attachment): ExportedAttachment => {
        const view = presentAttachment(attachment);
        const servable = servableScanStatuses.includes(attachment.scan_status);
        const path = servable
          ? `${folder}/attachments/${uniqueName(names, safeName(attachment.file_name, `file-${attachment.id.slice(0, 8)}`))}`
          : null;
        if (path) {
          files.push({
            kind: 'attachment',
            path,
            storageKey: attachment.storage_key,
            sizeBytes: attachment.size_bytes,
            modifiedAt: new Date(attachment.uploaded_at),
          });
        }
        return {
          ...view,
          purpose: attachment.purpose,
          uploadedBy: attachment.uploaded_by_staff_id === null ? 'you' : 'office',
          file: path,
        };
      });
    const sent = row.status !== 'draft';
    const decisionRecords = sent ? await listDecisionsOfApplication(db, row.id) : [];
    const letters = new Set(
      decisionRecords.length === 0
        ? []
        : await listDecisionIdsWithLetter(
            db,
            decisionRecords.map((decision) => decision.id),
          ),
    );
    const decisionIds = decisionRecords.map((decision) => decision.id);
    const payments = await listPaymentsOfDecisions(db, decisionIds);
    const deliveryEvents = await listDeliveryEventsOfDecisions(db, decisionIds);
    const decisions = decisionRecords.map((record): ExportedDecision => {
      const letterFile = letters.has(record.id)
        ? `${folder}/decision-letters/decision-${helsinkiDate(record.decidedAt)}-${record.id.slice(0, 8)}.pdf`
        : null;
      if (letterFile) {
        files.push({ kind: 'letter', path: letterFile, decisionId: record.id, modifiedAt: record.decidedAt });
      }
      return {
        ...presentDecision(record),
        letterFile,
        payments: payments
          .filter((payment) => payment.decision_id === record.id)
          .map((payment) => presentDecisionPayment(payment, 'person')),
        deliveryEvents: deliveryEvents
          .filter((event) => event.decision_id === record.id)
          .map((event) => ({ kind: event.kind, occurredAt: new Date(event.event_time).toISOString() })),
      };
    });
    applications.push({
      id: row.id,
      kind: row.kind,
      status: row.status,
      referenceNumber: row.reference_number,
      urgent: row.urgent,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      dueDate: row.due_date,
      content: row.content,
      statusHistory: history.map((entry) => ({
        status: entry.status,
        previousStatus: entry.previous_status,
        changedAt: new Date(entry.changed_at).toISOString(),
      })),
      attachments: exportedAttachments,
      informationRequests: sent
        ? (await listInformationRequests(db, row.id)).map((request) =>
            presentInformationRequest(request, today),
          )
        : [],
      messages: sent ? await allMessages(db, row.id) : [],
      decisions,
      attentionResolutions: sent
        ? (await listAttentionResolutionsOfApplication(db, row.id)).map(
            (resolution): ExportedAttentionResolution => ({
              reason: resolution.reason as ExportedAttentionResolution['reason'],
              resolution: resolution.resolution as ExportedAttentionResolution['resolution'],
              decisionId: resolution.letter_decision_id ?? resolution.payment_decision_id ?? null,
              paymentEndToEndId: resolution.end_to_end_id,
              resolvedAt: new Date(resolution.resolved_at).toISOString(),
              resolvedBy: `${resolution.first_name} ${resolution.last_name}`,
            }),
          )
        : [],
      suomifiNotices: sent
        ? (await listSuomifiNoticesOfApplication(db, row.id)).map(
            (notice): ExportedSuomifiNotice => ({
              kind: notice.kind as ExportedSuomifiNotice['kind'],
              outcome: notice.outcome as ExportedSuomifiNotice['outcome'],
              createdAt: new Date(notice.created_at).toISOString(),
            }),
          )
        : [],
      rectification: presentRectification(
        row.kind === 'rectification' ? await findRectificationOfCase(db, row.id) : undefined,
      ),
      folder,
    });
  }
  const snapshot: PersonDataSnapshot = {
    format: 'tuki-export/1',
    exportedAt: now.toISOString(),
    person: {
      id: person.id,
      personalIdentityCode: person.personal_identity_code,
      firstName: person.first_name,
      lastName: person.last_name,
      streetAddress: person.street_address,
      postalCode: person.postal_code,
      city: person.city,
      phone: person.phone,
      createdAt: person.created_at.toISOString(),
      updatedAt: person.updated_at.toISOString(),
    },
    preferences: {
      email: person.email,
      emailNotifications: person.email_notifications,
      language: person.preferred_language,
      electronicDelivery: person.electronic_delivery,
    },
    applications,
    auditEvents: await auditEventsAbout(db, person.id),
  };
  return { snapshot, files };
}
