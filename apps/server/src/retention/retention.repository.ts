// SQL of retention: the city's retention plan, the closed cases and their documents, the destruction lists and
// records, and the destruction of a case's rows (its attachments' rows go through the attachments module, which
// queues their stored files for removal).
import { finalApplicationStatuses, type RecordType } from '@tuki/domain';
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Serialises the monthly proposal: two processes never both make one (the unique period is the last guard). */
const DESTRUCTION_PROPOSAL_LOCK = 0x7265_7431;

export async function listRetentionPlanRows(db: Db) {
  return db.selectFrom('retention_plan').selectAll().orderBy('record_type').execute();
}

export async function lockRetentionPlanRow(db: Db, recordType: RecordType) {
  return db
    .selectFrom('retention_plan')
    .selectAll()
    .where('record_type', '=', recordType)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateRetentionPlanRow(
  db: Db,
  recordType: RecordType,
  values: {
    publicity: Database['retention_plan']['publicity'];
    publicity_basis: string;
    personal_data: boolean;
    retention_years: number;
    retention_basis: string;
  },
  staffUserId: string,
  now: Date,
) {
  return db
    .updateTable('retention_plan')
    .set((eb) => ({ ...values, updated_by: staffUserId, updated_at: now, version: eb('version', '+', 1) }))
    .where('record_type', '=', recordType)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function lockDestructionProposals(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(DESTRUCTION_PROPOSAL_LOCK)})`.execute(db);
}

export async function findDestructionListOfPeriod(db: Db, period: string) {
  return db.selectFrom('destruction_list').selectAll().where('period', '=', period).executeTakeFirst();
}

/**
 * The closed cases (a final status) closed before `closedBefore` that no list waiting for approval holds, with the
 * time they were closed: their last change to a final status.
 */
export async function listClosedCasesBefore(db: Db, closedBefore: Date) {
  const closedAt = sql<Date>`coalesce((select max(h.changed_at) from application_status_history h
    where h.application_id = a.id and h.status in (${sql.join(finalApplicationStatuses)})), a.updated_at)`;
  return db
    .selectFrom('application as a')
    .select(['a.id', 'a.person_id', 'a.reference_number', closedAt.as('closed_at')])
    .where('a.status', 'in', finalApplicationStatuses)
    .where(closedAt, '<', closedBefore)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('destruction_list_case as c')
            .innerJoin('destruction_list as l', 'l.id', 'c.list_id')
            .select(sql`1`.as('one'))
            .whereRef('c.application_id', '=', 'a.id')
            .where('l.status', '=', 'proposed'),
        ),
      ),
    )
    .orderBy('a.id')
    .execute();
}

/** The listed cases, locked for their destruction, with the time they were closed (absent: gone or reopened). */
export async function lockClosedCases(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  const closedAt = sql<Date>`coalesce((select max(h.changed_at) from application_status_history h
    where h.application_id = a.id and h.status in (${sql.join(finalApplicationStatuses)})), a.updated_at)`;
  return db
    .selectFrom('application as a')
    .select(['a.id', 'a.person_id', 'a.reference_number', closedAt.as('closed_at')])
    .where('a.id', 'in', applicationIds)
    .where('a.status', 'in', finalApplicationStatuses)
    .orderBy('a.id')
    .forUpdate()
    .execute();
}

/** Every document of these cases but the application itself: its record type and id. */
export async function listCaseDocuments(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  const ids = [...applicationIds];
  const rows = await db
    .selectFrom('attachment')
    .select(['application_id', 'id', sql<RecordType>`'attachment'`.as('record_type')])
    .where('application_id', 'in', ids)
    .unionAll(
      db
        .selectFrom('message')
        .select(['application_id', 'id', sql<RecordType>`'message'`.as('record_type')])
        .where('application_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('information_request')
        .select(['application_id', 'id', sql<RecordType>`'message'`.as('record_type')])
        .where('application_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('decision')
        .select(['application_id', 'id', sql<RecordType>`'decision'`.as('record_type')])
        .where('application_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('decision_document as dd')
        .innerJoin('decision as d', 'd.id', 'dd.decision_id')
        .select(['d.application_id', 'dd.decision_id as id', sql<RecordType>`'letter'`.as('record_type')])
        .where('d.application_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('payment')
        .select(['application_id', 'id', sql<RecordType>`'payment_file'`.as('record_type')])
        .where('application_id', 'in', ids),
    )
    .execute();
  return rows.sort((a, b) =>
    a.record_type === b.record_type ? a.id.localeCompare(b.id) : a.record_type.localeCompare(b.record_type),
  );
}

/**
 * The cases tied to these ones, which can only be destroyed together with them: an application merged into another
 * (duplicate_of), and a request for rectification of a decision (both ways).
 */
export async function listCaseLinks(db: Db, applicationIds: readonly string[]): Promise<[string, string][]> {
  if (applicationIds.length === 0) return [];
  const ids = [...applicationIds];
  const duplicates = await db
    .selectFrom('application')
    .select(['id', 'duplicate_of'])
    .where('duplicate_of', 'is not', null)
    .where((eb) => eb.or([eb('id', 'in', ids), eb('duplicate_of', 'in', ids)]))
    .execute();
  const rectifications = await db
    .selectFrom('rectification_request as r')
    .innerJoin('decision as d', 'd.id', 'r.decision_id')
    .select(['r.application_id as id', 'd.application_id as decided'])
    .where((eb) => eb.or([eb('r.application_id', 'in', ids), eb('d.application_id', 'in', ids)]))
    .execute();
  return [
    ...duplicates.map((row): [string, string] => [row.id, row.duplicate_of ?? row.id]),
    ...rectifications.map((row): [string, string] => [row.id, row.decided]),
  ];
}

export async function insertDestructionList(db: Db, row: Insertable<Database['destruction_list']>) {
  return db.insertInto('destruction_list').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertDestructionListCases(
  db: Db,
  rows: readonly Insertable<Database['destruction_list_case']>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('destruction_list_case')
      .values([...rows])
      .execute();
}

/** The lists, newest first, with how many cases and documents each holds. */
export async function listDestructionListRows(db: Db, limit: number) {
  return db
    .selectFrom('destruction_list as l')
    .selectAll('l')
    .select((eb) => [
      eb
        .selectFrom('destruction_list_case as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.list_id', '=', 'l.id')
        .as('cases'),
    ])
    .orderBy('l.proposed_at', 'desc')
    .orderBy('l.id')
    .limit(limit)
    .execute();
}

export async function findDestructionList(db: Db, id: string) {
  return db.selectFrom('destruction_list').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockDestructionList(db: Db, id: string) {
  return db.selectFrom('destruction_list').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listDestructionListCaseRows(db: Db, listId: string) {
  return db
    .selectFrom('destruction_list_case')
    .selectAll()
    .where('list_id', '=', listId)
    .orderBy('closed_on')
    .orderBy('application_id')
    .execute();
}

export async function setDestructionOutcomes(
  db: Db,
  listId: string,
  outcome: 'destroyed' | 'kept',
  applicationIds: readonly string[],
): Promise<void> {
  if (applicationIds.length === 0) return;
  await db
    .updateTable('destruction_list_case')
    .set({ outcome })
    .where('list_id', '=', listId)
    .where('application_id', 'in', [...applicationIds])
    .execute();
}

export async function markDestructionListApproved(db: Db, id: string, staffUserId: string, now: Date) {
  return db
    .updateTable('destruction_list')
    .set((eb) => ({
      status: 'approved',
      approved_by: staffUserId,
      approved_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertDestructionRecords(
  db: Db,
  rows: readonly Insertable<Database['destruction_record']>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('destruction_record')
      .values([...rows])
      .execute();
}

/** The destruction records, newest first, with the approver's name. */
export async function listDestructionRecordRows(db: Db, limit: number) {
  return db
    .selectFrom('destruction_record as r')
    .innerJoin('staff_user as s', 's.id', 'r.approved_by')
    .selectAll('r')
    .select(['s.first_name', 's.last_name'])
    .orderBy('r.destroyed_at', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

/** The name of a staff user (the approver of a list). */
export async function findStaffName(db: Db, id: string) {
  return db
    .selectFrom('staff_user')
    .select(['id', 'first_name', 'last_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Deletes the rows of these cases but their attachments (deleted before, through the attachments module): the
 * information requests, messages, decisions with their letters, deliveries and payments, the requests for
 * rectification, the status history and notes (cascade) and the applications. A payment file (payment batch) or a
 * print batch whose every payment or letter is gone is deleted too. Returns how many payment and print batches went.
 */
export async function deleteCaseRows(
  db: Db,
  applicationIds: readonly string[],
): Promise<{ paymentBatches: number; printBatches: number }> {
  if (applicationIds.length === 0) return { paymentBatches: 0, printBatches: 0 };
  const ids = [...applicationIds];
  const decisions = await db
    .selectFrom('decision')
    .select(['id', 'print_batch_id'])
    .where('application_id', 'in', ids)
    .execute();
  const decisionIds = decisions.map((row) => row.id);
  const printBatchIds = [
    ...new Set(decisions.flatMap((row) => (row.print_batch_id ? [row.print_batch_id] : []))),
  ];
  const paymentBatchIds = [
    ...new Set(
      (
        await db
          .selectFrom('payment')
          .select('batch_id')
          .where('application_id', 'in', ids)
          .where('batch_id', 'is not', null)
          .execute()
      ).flatMap((row) => (row.batch_id ? [row.batch_id] : [])),
    ),
  ];
  const requestIds = db.selectFrom('information_request').select('id').where('application_id', 'in', ids);
  await db.deleteFrom('information_request_item').where('request_id', 'in', requestIds).execute();
  await db.deleteFrom('information_request').where('application_id', 'in', ids).execute();
  await db.deleteFrom('message').where('application_id', 'in', ids).execute();
  await db.deleteFrom('case_attention_resolution').where('application_id', 'in', ids).execute();
  await db.deleteFrom('suomifi_notice').where('application_id', 'in', ids).execute();
  await db.deleteFrom('payment').where('application_id', 'in', ids).execute();
  await db.deleteFrom('payment_commitment').where('application_id', 'in', ids).execute();

  if (decisionIds.length > 0) {
    await db.deleteFrom('letter_delivery').where('decision_id', 'in', decisionIds).execute();
    await db.deleteFrom('pending_decision_letter').where('decision_id', 'in', decisionIds).execute();
    await db.deleteFrom('decision_document').where('decision_id', 'in', decisionIds).execute();
    await db
      .deleteFrom('rectification_request')
      .where((eb) => eb.or([eb('application_id', 'in', ids), eb('decision_id', 'in', decisionIds)]))
      .execute();
    await db.deleteFrom('decision').where('id', 'in', decisionIds).execute();
  } else {
    await db.deleteFrom('rectification_request').where('application_id', 'in', ids).execute();
  }
  let paymentBatches = 0;
  if (paymentBatchIds.length > 0) {
    const emptied = db
      .selectFrom('payment_batch as b')
      .select('b.id')
      .where('b.id', 'in', paymentBatchIds)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('payment as p').select('p.id').whereRef('p.batch_id', '=', 'b.id'))),
      );
    await db.deleteFrom('payment_status_report').where('batch_id', 'in', emptied).execute();
    paymentBatches = (
      await db
        .deleteFrom('payment_batch as b')
        .where('b.id', 'in', paymentBatchIds)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('payment as p').select('p.id').whereRef('p.batch_id', '=', 'b.id'))),
        )
        .returning('b.id')
        .execute()
    ).length;
  }
  let printBatches = 0;
  if (printBatchIds.length > 0) {
    printBatches = (
      await db
        .deleteFrom('print_batch as b')
        .where('b.id', 'in', printBatchIds)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('decision as d').select('d.id').whereRef('d.print_batch_id', '=', 'b.id'))),
        )
        .returning('b.id')
        .execute()
    ).length;
  }
  await db.deleteFrom('application').where('id', 'in', ids).execute();
  return { paymentBatches, printBatches };
}
