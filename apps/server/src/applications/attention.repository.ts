// SQL of the work that needs attention after a decision (migration 0037): a decision letter returned to the sender
// (letter_delivery, read only) and a payment the bank rejected (payment, read only), each until a caseworker records
// how it was cleared (case_attention_resolution).
import type { AttentionReason, AttentionResolution } from '@tuki/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A letter of the application's decision came back to the sender and no one has cleared it (`a` is the application). */
export function addressNeededCondition(): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (
    select 1 from decision ad
    join letter_delivery ald on ald.decision_id = ad.id and ald.status = 'returned_to_sender'
    where ad.application_id = a.id
      and not exists (select 1 from case_attention_resolution ar where ar.letter_delivery_id = ald.id))`;
}

/** A payment of the application was rejected by the bank and no one has cleared it (`a` is the application). */
export function paymentRejectedCondition(): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (
    select 1 from payment ap
    where ap.application_id = a.id and ap.status = 'rejected'
      and not exists (
        select 1 from case_attention_resolution ar
        where ar.payment_id = ap.id and ar.end_to_end_id = ap.end_to_end_id))`;
}

/**
 * Either of the two, as a set of application ids read from the returned letters and the rejected payments (few rows,
 * through the partial indexes of migration 0037), so a filter or count over every application is a hashed semi-join
 * rather than two probes per application.
 */
export function needsAttentionCondition(): RawBuilder<SqlBool> {
  return sql<SqlBool>`a.id in (
    select ad.application_id from decision ad
    join letter_delivery ald on ald.decision_id = ad.id and ald.status = 'returned_to_sender'
    where not exists (select 1 from case_attention_resolution ar where ar.letter_delivery_id = ald.id)
    union all
    select ap.application_id from payment ap
    where ap.status = 'rejected'
      and not exists (
        select 1 from case_attention_resolution ar
        where ar.payment_id = ap.id and ar.end_to_end_id = ap.end_to_end_id))`;
}

/** The bank's reason code of the application's first rejected payment not cleared (`a` is the application). */
export function paymentRejectionCodeOfRow(): RawBuilder<string | null> {
  return sql<string | null>`(
    select coalesce(ap.rejection_code, '') from payment ap
    where ap.application_id = a.id and ap.status = 'rejected'
      and not exists (
        select 1 from case_attention_resolution ar
        where ar.payment_id = ap.id and ar.end_to_end_id = ap.end_to_end_id)
    order by ap.updated_at, ap.id
    limit 1)`;
}

/** The returned letters of the application's decisions that no one has cleared, with when they came back. */
export async function listReturnedLetters(db: Db, applicationId: string) {
  return db
    .selectFrom('letter_delivery as ld')
    .innerJoin('decision as d', 'd.id', 'ld.decision_id')
    .select([
      'ld.id',
      'ld.decision_id',
      (eb) =>
        eb
          .selectFrom('letter_delivery_event as e')
          .select((inner) => inner.fn.max('e.event_time').as('t'))
          .whereRef('e.delivery_id', '=', 'ld.id')
          .where('e.kind', '=', 'returned_to_sender')
          .as('returned_at'),
      'ld.sent_at',
    ])
    .where('d.application_id', '=', applicationId)
    .where('ld.status', '=', 'returned_to_sender')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_attention_resolution as r')
            .select('r.id')
            .whereRef('r.letter_delivery_id', '=', 'ld.id'),
        ),
      ),
    )
    .orderBy('ld.created_at')
    .execute();
}

/** The rejected payments of the application that no one has cleared. */
export async function listRejectedPayments(db: Db, applicationId: string) {
  return db
    .selectFrom('payment as p')
    .select([
      'p.id',
      'p.decision_id',
      'p.payee_kind',
      'p.payee_name',
      'p.iban',
      'p.amount_cents',
      'p.end_to_end_id',
      'p.rejection_code',
      'p.rejection_reason',
      'p.updated_at',
    ])
    .where('p.application_id', '=', applicationId)
    .where('p.status', '=', 'rejected')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_attention_resolution as r')
            .select('r.id')
            .whereRef('r.payment_id', '=', 'p.id')
            .whereRef('r.end_to_end_id', '=', 'p.end_to_end_id'),
        ),
      ),
    )
    .orderBy('p.updated_at')
    .orderBy('p.id')
    .execute();
}

/** The delivery of a letter of the application's decision, locked, with whether it was already cleared. */
export async function lockDeliveryOfApplication(db: Db, applicationId: string, deliveryId: string) {
  return db
    .selectFrom('letter_delivery as ld')
    .innerJoin('decision as d', 'd.id', 'ld.decision_id')
    .select([
      'ld.id',
      'ld.status',
      'ld.decision_id',
      'd.delivery',
      'd.print_batch_id',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('case_attention_resolution as r')
              .select('r.id')
              .whereRef('r.letter_delivery_id', '=', 'ld.id'),
          )
          .as('resolved'),
    ])
    .where('ld.id', '=', deliveryId)
    .where('d.application_id', '=', applicationId)
    .forUpdate('ld')
    .executeTakeFirst();
}

/** A payment of the application, locked, with whether its current rejection was already cleared. */
export async function lockPaymentOfApplication(db: Db, applicationId: string, paymentId: string) {
  return db
    .selectFrom('payment as p')
    .select([
      'p.id',
      'p.status',
      'p.decision_id',
      'p.batch_id',
      'p.amount_cents',
      'p.end_to_end_id',
      'p.rejection_code',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('case_attention_resolution as r')
              .select('r.id')
              .whereRef('r.payment_id', '=', 'p.id')
              .whereRef('r.end_to_end_id', '=', 'p.end_to_end_id'),
          )
          .as('resolved'),
    ])
    .where('p.id', '=', paymentId)
    .where('p.application_id', '=', applicationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertAttentionResolution(
  db: Db,
  values: {
    applicationId: string;
    reason: AttentionReason;
    letterDeliveryId: string | null;
    paymentId: string | null;
    endToEndId: string | null;
    resolution: AttentionResolution;
    note: string | null;
    resolvedBy: string;
    resolvedAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_attention_resolution')
    .values({
      application_id: values.applicationId,
      reason: values.reason,
      letter_delivery_id: values.letterDeliveryId,
      payment_id: values.paymentId,
      end_to_end_id: values.endToEndId,
      resolution: values.resolution,
      note: values.note,
      resolved_by: values.resolvedBy,
      resolved_at: values.resolvedAt,
    })
    .execute();
}
