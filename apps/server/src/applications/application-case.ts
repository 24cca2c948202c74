// What a command hands back to the route: the application row with what the citizen sees of it.
import type { AuditContext } from '../audit/index.ts';
import {
  countUnreadMessages,
  type InformationRequestRecord,
  listInformationRequests,
} from '../correspondence/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, PersonRow } from '../db/schema.ts';
import {
  type DecisionRecord,
  findRectificationOfCase,
  listDecisionsOfApplication,
  type RectificationRecord,
} from '../decisions/index.ts';
import { type DecisionPaymentRow, listPaymentsOfDecisions } from '../payments/index.ts';
import {
  findApplicationReference,
  listStatusHistory,
  type StatusHistoryRow,
} from './applications.repository.ts';
import { type AttachmentView, listAttachmentsOfApplication } from './attachments-hook.ts';

/** The correspondence and decisions of a case, the same for the citizen and staff. */
export interface CaseRecords {
  informationRequests: InformationRequestRecord[];
  /** Messages the reader has not read: from the office for the client, from the client for staff. */
  unreadMessageCount: number;
  decisions: DecisionRecord[];
  /** The payments of the decisions. */
  payments: DecisionPaymentRow[];
  /** When the case is a request for rectification: what it concerns. */
  rectification: RectificationRecord | undefined;
}

/** A draft has no correspondence and no decisions. */
const draftCaseRecords: CaseRecords = {
  informationRequests: [],
  unreadMessageCount: 0,
  decisions: [],
  payments: [],
  rectification: undefined,
};

/** The correspondence and decisions of a sent application; the unread messages are counted for `reader`. */
export async function loadCaseRecords(
  db: Db,
  row: ApplicationRow,
  reader: 'person' | 'staff',
): Promise<CaseRecords> {
  const decisions = await listDecisionsOfApplication(db, row.id);
  return {
    informationRequests: await listInformationRequests(db, row.id),
    unreadMessageCount: await countUnreadMessages(db, row.id, reader),
    decisions,
    payments: await listPaymentsOfDecisions(
      db,
      decisions.map((decision) => decision.id),
    ),
    rectification: row.kind === 'rectification' ? await findRectificationOfCase(db, row.id) : undefined,
  };
}

export interface ApplicationCase extends CaseRecords {
  row: ApplicationRow;
  history: StatusHistoryRow[];
  attachments: AttachmentView[];
  /**
   * When closed as a duplicate: what the citizen may know of the application it was merged into. Its reference
   * number only when it is the citizen's own; another family member's application is only said to exist.
   */
  mergedInto: { ownApplication: boolean; referenceNumber: string | null } | null;
}

async function mergedIntoOf(db: Db, row: ApplicationRow): Promise<ApplicationCase['mergedInto']> {
  if (row.duplicate_of === null) return null;
  const target = await findApplicationReference(db, row.duplicate_of);
  const ownApplication = target.person_id === row.person_id;
  return { ownApplication, referenceNumber: ownApplication ? target.reference_number : null };
}

export async function loadCase(db: Db, row: ApplicationRow): Promise<ApplicationCase> {
  const history = await listStatusHistory(db, row.id);
  const attachments = await listAttachmentsOfApplication(db, row.id);
  if (row.status === 'draft') return { row, history, attachments, ...draftCaseRecords, mergedInto: null };
  return {
    row,
    history,
    attachments,
    ...(await loadCaseRecords(db, row, 'person')),
    mergedInto: await mergedIntoOf(db, row),
  };
}

/** The signed-in citizen acting on their own applications, with the request's audit context. */
export interface CitizenActor {
  person: PersonRow;
  audit: AuditContext;
}

export const historyActor = (actor: CitizenActor) => ({ type: 'person' as const, id: actor.person.id });
