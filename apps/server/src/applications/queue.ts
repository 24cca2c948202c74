// The staff work queue (listApplications): filters, search, counts and keyset paging, all in SQL. Drafts are never
// shown. Every application a page shows is audited as a read of its person's data; a search by personal identity
// code is audited with the person found; the code itself is never written.
import {
  finalApplicationStatuses,
  helsinkiDate,
  isValidPersonalIdentityCode,
  normalizePersonalIdentityCode,
} from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import { recordAudit, recordAudits } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationStatusValue } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ApiClientPrincipal } from '../shared/principal.ts';
import {
  type CodeSearch,
  countQueue,
  disableJit,
  findPersonIdByIdentityCode,
  listQueueRows,
  type QueueCounts,
  type QueueFilters,
  type QueuePosition,
  type QueueRow,
} from './queue.repository.ts';
import type { StaffActor } from './staff-actor.ts';

/** Who reads cases: a staff user, or an API client with the scope applications:read. */
export type CaseReader = StaffActor | { client: ApiClientPrincipal; audit: AuditContext };

export type {
  AssigneeFilter,
  QueueCounts,
  QueueFilters,
  QueuePosition,
  QueueRow,
} from './queue.repository.ts';

/** The staff user's id; null for an API client (which has no cases of its own). */
const staffIdOf = (reader: CaseReader): string | null => ('staffUser' in reader ? reader.staffUser.id : null);

export interface QueuePage {
  rows: QueueRow[];
  hasMore: boolean;
  counts: QueueCounts;
  today: string;
}

const CLOSED: readonly ApplicationStatusValue[] = finalApplicationStatuses;

export async function listQueue(
  db: Db,
  actor: CaseReader,
  filters: QueueFilters,
  page: { limit: number; after?: QueuePosition },
  now: Date,
): Promise<QueuePage> {
  const today = helsinkiDate(now);
  const me = staffIdOf(actor);
  return inTransaction(db, async (trx) => {
    await disableJit(trx);
    const q = filters.q?.trim() ?? '';
    const code = normalizePersonalIdentityCode(q);
    let personIdByCode: string | null | undefined;
    let byCode: CodeSearch | undefined;
    if (q !== '' && isValidPersonalIdentityCode(code)) {
      personIdByCode = await findPersonIdByIdentityCode(trx, code);
      byCode = { code, personId: personIdByCode };
      await recordAudit(
        trx,
        actor.audit,
        {
          action: 'application.search_by_identity_code',
          subjectPersonId: personIdByCode,
          objectType: 'application',
          details: { personFound: personIdByCode !== null },
        },
        now,
      );
    }

    const rows = await listQueueRows(trx, filters, byCode, page, { me, today });

    const counts = await countQueue(trx, filters, byCode, { me, today });

    const pageRows = rows.slice(0, page.limit);
    // A list shows whose applications these are (names, references): every application shown is a read of its
    // person's data, audited with the person as the subject, for staff and API clients alike, in one statement.
    await recordAudits(
      trx,
      actor.audit,
      pageRows.map((row) => ({
        action: 'application.list_read',
        subjectPersonId: row.person_id,
        objectType: 'application',
        objectId: row.id,
        ...(q === '' ? {} : { details: { search: personIdByCode === undefined ? 'text' : 'identity_code' } }),
      })),
      now,
    );

    return {
      rows: pageRows,
      hasMore: rows.length > page.limit,
      today,
      counts,
    };
  });
}

export function dueStateOf(
  row: { due_date: string; status: ApplicationStatusValue },
  today: string,
): 'overdue' | 'due_today' | 'upcoming' {
  if (row.due_date < today && !CLOSED.includes(row.status)) return 'overdue';
  if (row.due_date === today) return 'due_today';
  return 'upcoming';
}

/** The position after a row, for the next page. */
export const positionAfter = (row: QueueRow): QueuePosition => ({
  dueDate: row.due_date,
  submittedAt: row.submitted_at_exact,
  id: row.id,
});
