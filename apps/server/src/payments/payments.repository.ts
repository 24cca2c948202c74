// SQL of the payments: the payments of decisions, the batches they are paid in, and the bank's status reports.
import { type Insertable, sql } from 'kysely';
import type { PaymentStatus } from '../db/column-types.ts';
import type { Db } from '../db/database.ts';
import type { Database, PaymentBatchRow, PaymentRow } from '../db/schema.ts';

export async function insertPayments(
  db: Db,
  rows: readonly Insertable<Database['payment']>[],
): Promise<PaymentRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('payment')
    .values([...rows])
    .returningAll()
    .execute();
}

/** Payments in the order they are batched and written to a file: by due date, then creation, then id. */
function paymentsInOrder(db: Db) {
  return db.selectFrom('payment').selectAll().orderBy('due_date').orderBy('created_at').orderBy('id');
}

/**
 * The payments in no batch due on or before `dueBy`, oldest due first, each locked; those another batch being made
 * holds are skipped (it takes them).
 */
export async function lockUnbatchedPayments(db: Db, dueBy: string): Promise<PaymentRow[]> {
  return paymentsInOrder(db)
    .where('batch_id', 'is', null)
    .where('status', '=', 'proposed')
    .where('due_date', '<=', dueBy)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Held by the daily system proposal to the end of its transaction: two processes never propose at once. */
const SYSTEM_BATCH_PROPOSAL_LOCK = 0x7061_7962;

export async function lockSystemBatchProposals(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(SYSTEM_BATCH_PROPOSAL_LOCK)})`.execute(db);
}

export async function findSystemBatchOfDay(db: Db, day: string): Promise<PaymentBatchRow | undefined> {
  return db.selectFrom('payment_batch').selectAll().where('system_proposed_on', '=', day).executeTakeFirst();
}

export async function insertPaymentBatch(
  db: Db,
  values: Insertable<Database['payment_batch']>,
): Promise<PaymentBatchRow> {
  return db.insertInto('payment_batch').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Puts the payments into the batch, only those still in none; returns the ids it changed, so the caller can tell
 * that every payment it meant to add was free.
 */
export async function addPaymentsToBatch(
  db: Db,
  paymentIds: readonly string[],
  batchId: string,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .updateTable('payment')
    .set({ batch_id: batchId, status: 'in_batch', updated_at: now })
    .where('id', 'in', [...paymentIds])
    .where('batch_id', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function lockPaymentBatch(db: Db, id: string): Promise<PaymentBatchRow | undefined> {
  return db.selectFrom('payment_batch').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function lockPaymentBatchByMessageId(
  db: Db,
  messageId: string,
): Promise<PaymentBatchRow | undefined> {
  return db
    .selectFrom('payment_batch')
    .selectAll()
    .where('message_id', '=', messageId)
    .forUpdate()
    .executeTakeFirst();
}

/** Who made the decisions whose payments are in the batch. */
export async function listDecisionMakersOfBatch(db: Db, batchId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('payment as p')
    .innerJoin('decision as d', 'd.id', 'p.decision_id')
    .select('d.decided_by')
    .distinct()
    .where('p.batch_id', '=', batchId)
    .execute();
  return rows.map((row) => row.decided_by);
}

export async function listPaymentsOfBatch(db: Db, batchId: string): Promise<PaymentRow[]> {
  return paymentsInOrder(db).where('batch_id', '=', batchId).execute();
}

export async function listPaymentsOfDecision(db: Db, decisionId: string): Promise<PaymentRow[]> {
  return db
    .selectFrom('payment')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('payee_kind')
    .execute();
}

export async function approvePaymentBatchRow(
  db: Db,
  id: string,
  approval: { approvedBy: string; approvedAt: Date },
): Promise<PaymentBatchRow> {
  return db
    .updateTable('payment_batch')
    .set({ status: 'approved', approved_by: approval.approvedBy, approved_at: approval.approvedAt })
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Stores the batch's payment file and marks its payments sent. */
export async function storeExportedBatch(
  db: Db,
  id: string,
  file: { xml: string; sha256: string; exportedBy: string; exportedAt: Date },
): Promise<PaymentBatchRow> {
  const batch = await db
    .updateTable('payment_batch')
    .set({
      status: 'exported',
      file_xml: file.xml,
      file_sha256: file.sha256,
      exported_by: file.exportedBy,
      exported_at: file.exportedAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .updateTable('payment')
    .set({ status: 'sent', updated_at: file.exportedAt })
    .where('batch_id', '=', id)
    .where('status', '=', 'in_batch')
    .execute();
  return batch;
}

export async function findStatusReport(db: Db, messageId: string) {
  return db
    .selectFrom('payment_status_report')
    .selectAll()
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

export async function insertStatusReport(
  db: Db,
  values: Insertable<Database['payment_status_report']>,
): Promise<{ id: string }> {
  return db.insertInto('payment_status_report').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Marks sent payments of the batch accepted; the ids of those it changed. */
export async function markPaymentsAccepted(
  db: Db,
  batchId: string,
  endToEndIds: readonly string[],
  now: Date,
): Promise<string[]> {
  if (endToEndIds.length === 0) return [];
  const rows = await db
    .updateTable('payment')
    .set({ status: 'accepted', updated_at: now })
    .where('batch_id', '=', batchId)
    .where('end_to_end_id', 'in', [...endToEndIds])
    .where('status', '=', 'sent')
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Marks a payment of the batch rejected with the bank's reason: a sent one, or an accepted one the bank returns
 * later. Already rejected stays as it was. The id when it changed.
 */
export async function markPaymentRejected(
  db: Db,
  batchId: string,
  endToEndId: string,
  reason: { code: string | null; text: string },
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('payment')
    .set({ status: 'rejected', rejection_code: reason.code, rejection_reason: reason.text, updated_at: now })
    .where('batch_id', '=', batchId)
    .where('end_to_end_id', '=', endToEndId)
    .where('status', 'in', ['sent', 'accepted'])
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Where a page in creation order starts: after this row (newest first). */
export interface CreatedPosition {
  createdAt: Date;
  id: string;
}

export interface PaymentFilter {
  status?: PaymentStatus;
  batchId?: string;
  applicationId?: string;
}

/** A page of payments, newest first, one more than the limit when there are more. */
export async function listPaymentRows(
  db: Db,
  filter: PaymentFilter,
  page: { limit: number; after?: CreatedPosition },
): Promise<PaymentRow[]> {
  let query = db
    .selectFrom('payment')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.batchId) query = query.where('batch_id', '=', filter.batchId);
  if (filter.applicationId) query = query.where('application_id', '=', filter.applicationId);
  const after = page.after;
  if (after) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}, ${after.id}::uuid)`);
  return query.execute();
}

/** A page of payment batches (without their files), newest first, one more than the limit when there are more. */
export async function listPaymentBatchRows(db: Db, page: { limit: number; after?: CreatedPosition }) {
  let query = db
    .selectFrom('payment_batch as b')
    .leftJoin('staff_user as maker', 'maker.id', 'b.created_by')
    .leftJoin('staff_user as approver', 'approver.id', 'b.approved_by')
    .select([
      'b.id',
      'b.message_id',
      'b.status',
      'b.execution_date',
      'b.payments',
      'b.control_sum_cents',
      'b.created_by',
      'b.created_at',
      'b.approved_by',
      'b.approved_at',
      'b.exported_by',
      'b.exported_at',
      'b.file_sha256',
      'maker.first_name as maker_first_name',
      'maker.last_name as maker_last_name',
      'approver.first_name as approver_first_name',
      'approver.last_name as approver_last_name',
    ])
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(page.limit + 1);
  const after = page.after;
  if (after)
    query = query.where(sql<boolean>`(b.created_at, b.id) < (${after.createdAt}, ${after.id}::uuid)`);
  return query.execute();
}

export async function findPaymentBatch(db: Db, id: string): Promise<PaymentBatchRow | undefined> {
  return db.selectFrom('payment_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The payments with their applications as a case event names them. */
export async function listPaymentsWithApplications(db: Db, paymentIds: readonly string[]) {
  if (paymentIds.length === 0) return [];
  return db
    .selectFrom('payment as p')
    .innerJoin('application as a', 'a.id', 'p.application_id')
    .select(['p.id as payment_id', 'p.decision_id', 'p.batch_id', 'p.amount_cents', 'p.rejection_code'])
    .select(['a.id', 'a.person_id', 'a.status', 'a.reference_number', 'a.due_date', 'a.urgent'])
    .where('p.id', 'in', [...paymentIds])
    .orderBy('p.due_date')
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}

/** A decision's payment with when its batch's payment file was written (null before that). */
export type DecisionPaymentRow = PaymentRow & { sent_at: Date | null; execution_date: string | null };

/** The payments of the decisions, each with its batch's export time and execution date, in each decision's payee order. */
export async function listPaymentsOfDecisions(
  db: Db,
  decisionIds: readonly string[],
): Promise<DecisionPaymentRow[]> {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('payment as p')
    .leftJoin('payment_batch as b', 'b.id', 'p.batch_id')
    .selectAll('p')
    .select(['b.exported_at as sent_at', 'b.execution_date'])
    .where('p.decision_id', 'in', [...decisionIds])
    .orderBy('p.decision_id')
    .orderBy('p.payee_kind')
    .orderBy('p.created_at')
    .execute();
}

/**
 * A rejected payment back to the next batch with a corrected account number (the work queue's "payment rejected",
 * applications/attention.ts): proposed again, out of its batch, with a new end-to-end id (the bank's report of the
 * rejected one keeps the old). The batch's stored file still shows what was sent. The id when it changed.
 */
export async function requeueRejectedPayment(
  db: Db,
  paymentId: string,
  iban: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('payment')
    .set({
      status: 'proposed',
      batch_id: null,
      iban,
      rejection_code: null,
      rejection_reason: null,
      end_to_end_id: sql<string>`'TUKI-P-' || lpad(nextval('payment_number')::text, 12, '0')`,
      updated_at: now,
    })
    .where('id', '=', paymentId)
    .where('status', '=', 'rejected')
    .returning('end_to_end_id')
    .executeTakeFirst();
  return row?.end_to_end_id;
}
