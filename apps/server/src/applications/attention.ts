// What went wrong after a decision, for the caseworker to clear (resolveApplicationAttention; the work queue's
// "needs attention"). Both kinds are read from the rows other parts keep; only their clearing is kept here
// (case_attention_resolution, migration 0037):
// - address_needed: a decision letter sent on paper through Suomi.fi came back to the sender (letter_delivery's
//   status returned_to_sender, from the events poller). `resent`: the caseworker records the client's new postal
//   address; the letter's stored data names it and the letter goes back to the local print queue, so the next print
//   batch renders it again (with that day as the sending day) and mails it. `handled`: sorted out otherwise (the
//   client fetched it, a new decision…), with a note saying how.
// - payment_rejected: the bank rejected a payment (payment status rejected, from its pain.002 status report).
//   `corrected`: the caseworker records the corrected account number; the payment is proposed again (to the next
//   batch) with a new end-to-end id. `handled`: sorted out otherwise, with a note. Cleared per end-to-end id, so a
//   corrected payment the bank rejects again needs attention again.
// One transaction: the case is locked, the rule checked (resolveAttention), the change made, the resolution stored,
// the application's version moved (the case's representation changed) and `attention.resolved` recorded.
import { type AttentionReason, type AttentionResolution, parseIban, resolutionsOf } from '@tuki/domain';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { returnLetterToPrintQueue } from '../decisions/index.ts';
import { recordEvent } from '../events/record-event.ts';
import { requeueRejectedPayment } from '../payments/index.ts';
import { findPostalRecipient, updatePersonAddress } from '../people/index.ts';
import { conflict, invalidInput, notFound } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { findSentApplication, updateApplication } from './applications.repository.ts';
import {
  insertAttentionResolution,
  lockDeliveryOfApplication,
  lockPaymentOfApplication,
} from './attention.repository.ts';
import { requireCasePermission } from './case-permissions.ts';
import type { StaffActor } from './staff-actor.ts';
import { loadStaffCase, type StaffCase } from './staff-case.ts';

export const MAX_ATTENTION_NOTE = 2000;

/** The problem code when the thing was already cleared (or is no longer wrong). */
export const ATTENTION_RESOLVED = 'attention-resolved';

export interface ResolveAttentionInput {
  applicationId: string;
  ifMatch: string | undefined;
  reason: AttentionReason;
  /** The delivery (address_needed) or the payment (payment_rejected). */
  id: string;
  resolution: AttentionResolution;
  /** resent: the new postal address. */
  address?: { streetAddress: string; postalCode: string; city: string } | undefined;
  /** corrected: the corrected account number. */
  iban?: string | undefined;
  /** handled: how (required); otherwise optional. */
  note?: string | undefined;
}

function validated(input: ResolveAttentionInput) {
  if (!resolutionsOf[input.reason].includes(input.resolution)) {
    throw invalidInput(`A ${input.reason} is resolved with: ${resolutionsOf[input.reason].join(', ')}.`, [
      {
        path: 'resolution',
        code: 'invalid',
        message: `must be one of: ${resolutionsOf[input.reason].join(', ')}`,
      },
    ]);
  }
  const note = input.note?.trim() ?? '';
  if (input.resolution === 'handled' && note === '') {
    throw invalidInput('Say how it was handled.', [
      { path: 'note', code: 'required', message: 'is required' },
    ]);
  }
  let address: { streetAddress: string; postalCode: string; city: string } | undefined;
  if (input.resolution === 'resent') {
    const street = input.address?.streetAddress.trim() ?? '';
    const postalCode = input.address?.postalCode.trim() ?? '';
    const city = input.address?.city.trim() ?? '';
    const errors = [
      ...(street === '' ? [{ path: 'address.streetAddress', code: 'required', message: 'is required' }] : []),
      ...(!/^\d{5}$/.test(postalCode)
        ? [{ path: 'address.postalCode', code: 'invalid', message: 'must be five digits' }]
        : []),
      ...(city === '' ? [{ path: 'address.city', code: 'required', message: 'is required' }] : []),
    ];
    if (errors.length > 0) throw invalidInput('Give the new postal address.', errors);
    address = { streetAddress: street, postalCode, city };
  }
  let iban: string | undefined;
  if (input.resolution === 'corrected') {
    const parsed = parseIban(input.iban ?? '');
    if (!parsed.ok) {
      throw invalidInput('Give a valid account number (IBAN).', [
        { path: 'iban', code: parsed.reason, message: 'is not a valid IBAN' },
      ]);
    }
    iban = parsed.value;
  }
  return { note: note === '' ? null : note, address, iban };
}

/** The body names a letter or payment the application does not have (the id is the body's, not the path's). */
const noSuchItem = (what: 'letter' | 'payment') =>
  invalidInput(`The application has no such ${what}.`, [
    { path: 'id', code: 'unknown', message: `is not a ${what} of the application` },
  ]);

export async function resolveAttention(
  db: Db,
  actor: StaffActor,
  input: ResolveAttentionInput,
  now: Date,
): Promise<StaffCase> {
  return inTransaction(db, async (trx) => {
    const current = await findSentApplication(trx, input.applicationId, true);
    if (!current) throw notFound('There is no such application.');
    requireCasePermission('resolveAttention', current, actor, {
      afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
    });
    const { note, address, iban } = validated(input);
    let decisionId: string;
    let endToEndId: string | null = null;
    let newEndToEndId: string | null = null;
    if (input.reason === 'address_needed') {
      const delivery = await lockDeliveryOfApplication(trx, current.id, input.id);
      if (!delivery) throw noSuchItem('letter');
      if (delivery.status !== 'returned_to_sender' || delivery.resolved) {
        throw conflict('The letter has not come back, or it has been seen to already.', ATTENTION_RESOLVED);
      }
      decisionId = delivery.decision_id;
      if (address) {
        await updatePersonAddress(trx, current.person_id, address, now);
        const person = await findPostalRecipient(trx, current.person_id);
        const back = await returnLetterToPrintQueue(trx, decisionId, {
          name: `${person.first_name} ${person.last_name}`,
          streetAddress: address.streetAddress,
          postalCode: address.postalCode,
          postOffice: address.city.toUpperCase(),
        });
        if (!back)
          throw conflict('The letter cannot be printed again: it is not a paper letter.', 'not-paper');
      }
    } else {
      const payment = await lockPaymentOfApplication(trx, current.id, input.id);
      if (!payment) throw noSuchItem('payment');
      if (payment.status !== 'rejected' || payment.resolved) {
        throw conflict('The payment is not rejected, or it has been seen to already.', ATTENTION_RESOLVED);
      }
      decisionId = payment.decision_id;
      endToEndId = payment.end_to_end_id;
      if (iban) newEndToEndId = (await requeueRejectedPayment(trx, payment.id, iban, now)) ?? null;
    }
    await insertAttentionResolution(trx, {
      applicationId: current.id,
      reason: input.reason,
      letterDeliveryId: input.reason === 'address_needed' ? input.id : null,
      paymentId: input.reason === 'payment_rejected' ? input.id : null,
      endToEndId,
      resolution: input.resolution,
      note,
      resolvedBy: actor.staffUser.id,
      resolvedAt: now,
    });
    const row = await updateApplication(trx, current.id, {}, now);
    await recordEvent(
      trx,
      {
        kind: 'attention.resolved',
        application: row,
        actor: actor.audit,
        statusChanges: [],
        payload: {
          reason: input.reason,
          resolution: input.resolution,
          decisionId,
          letterDeliveryId: input.reason === 'address_needed' ? input.id : null,
          paymentId: input.reason === 'payment_rejected' ? input.id : null,
          endToEndId,
          newEndToEndId,
          note,
        },
      },
      now,
    );
    return loadStaffCase(trx, row);
  });
}
