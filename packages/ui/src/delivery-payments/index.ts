// @tuki/ui/delivery-payments: what both apps make of a decision's letter deliveries (`deliveries`) and payments
// (`payments`): where a delivery has got to and when each step happened, and where a payment is (waiting, on its
// way, paid or failed) with the day it was paid. Apart from the package's index, so that only the pages showing a
// decision load it; the words are each app's own.

import type { components } from '@tuki/api-client';

// The formats the apps write them with, here too so that code using only this module runs without the UI's index.
export { formatDate, formatEuros, helsinkiDateAndTime } from '../format/format.ts';

export type LetterDelivery = components['schemas']['LetterDelivery'];
export type DecisionPayment = components['schemas']['DecisionPayment'];

/** A step of a delivery with its time: sent (Suomi.fi accepted it), printed, read, returned to the sender. */
export type DeliveryStep = 'sent' | 'printed' | 'read' | 'returned';

/** The steps a delivery has taken, in time order (a step without a reported time is left out). */
export function deliverySteps(delivery: LetterDelivery): { step: DeliveryStep; at: string }[] {
  const steps: { step: DeliveryStep; at: string | null }[] = [
    { step: 'sent', at: delivery.sentAt },
    { step: 'printed', at: delivery.printedAt },
    { step: 'read', at: delivery.readAt },
    { step: 'returned', at: delivery.returnedAt },
  ];
  return steps
    .filter((entry): entry is { step: DeliveryStep; at: string } => entry.at !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Whether Posti returned the letter to the sender: the letter did not reach the client. */
export function returnedToSender(delivery: LetterDelivery): boolean {
  return delivery.status === 'returned_to_sender' || delivery.returnedAt !== null;
}

/** Where a payment is, in the words both apps use: waiting for a batch, in one, sent to the bank, paid, failed. */
export type PaymentState = 'waiting' | 'inBatch' | 'sent' | 'paid' | 'rejected';

const states: Record<DecisionPayment['status'], PaymentState> = {
  proposed: 'waiting',
  in_batch: 'inBatch',
  sent: 'sent',
  accepted: 'paid',
  rejected: 'rejected',
};

export function paymentState(payment: DecisionPayment): PaymentState {
  return states[payment.status] ?? 'waiting';
}

/** The day (YYYY-MM-DD) a paid payment reached the payee, as the server gives it; null while it is not paid. */
export function paidOn(payment: DecisionPayment): string | null {
  return payment.status === 'accepted' ? payment.paidOn : null;
}
