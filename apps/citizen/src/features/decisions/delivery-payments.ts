// What the client is told of a decision's letter deliveries and payments, in sentences: where the letter went and
// when ("Sent to your Suomi.fi Messages on 8.12.2026", "You read it on …", "Mailed to you on …", returned), and each
// payment ("Paid on 10.12.2026: 450,00 €", to be paid, failed – we will contact you), to the client or to the
// landlord. The words are the citizenSentAndPaid section, which comes with the decision section's part.

import type { Language, Translator } from '@tuki/i18n';
import {
  type DecisionPayment,
  formatDate,
  formatEuros,
  helsinkiDateAndTime,
  type LetterDelivery,
  paidOn,
} from '@tuki/ui/delivery-payments';

const dateOf = (instant: string, language: Language) => helsinkiDateAndTime(instant, language).date;

/** The sentences of one delivery, in the order things happened. */
export function deliverySentences(delivery: LetterDelivery, t: Translator, language: Language): string[] {
  // Returned: the day Posti's return was reported (a delivery said returned without it: the day it was sent).
  const returned =
    delivery.returnedAt ??
    (delivery.status === 'returned_to_sender' ? (delivery.printedAt ?? delivery.sentAt) : null);
  if (returned !== null) {
    return [t('citizenSentAndPaid.delivery.returned', { date: dateOf(returned, language) })];
  }
  if (delivery.channel === 'eservice') return [t('citizenSentAndPaid.delivery.eservice')];
  if (delivery.channel === 'suomifi_electronic' && delivery.sentAt !== null) {
    const sentences = [
      t('citizenSentAndPaid.delivery.electronic', { date: dateOf(delivery.sentAt, language) }),
    ];
    if (delivery.readAt !== null) {
      sentences.push(t('citizenSentAndPaid.delivery.read', { date: dateOf(delivery.readAt, language) }));
    }
    return sentences;
  }
  const mailed = delivery.channel === null ? null : (delivery.printedAt ?? delivery.sentAt);
  if (mailed !== null) return [t('citizenSentAndPaid.delivery.mailed', { date: dateOf(mailed, language) })];
  return [t('citizenSentAndPaid.delivery.pending')];
}

export interface PaymentSentence {
  text: string;
  failed: boolean;
  /** The client's own account a payment to them goes to; null for a landlord's. */
  account: string | null;
}

/** One payment in a sentence; `today` (YYYY-MM-DD, in Finland) tells a due date still ahead from one passed. */
export function paymentSentence(
  payment: DecisionPayment,
  t: Translator,
  language: Language,
  today: string,
): PaymentSentence {
  const amount = formatEuros(payment.amountCents, language);
  const landlord = payment.payeeKind === 'landlord';
  const account = landlord ? null : payment.iban;
  if (payment.status === 'rejected') {
    return {
      text: landlord
        ? t('citizenSentAndPaid.payments.failedToLandlord', { amount })
        : t('citizenSentAndPaid.payments.failed', { amount }),
      failed: true,
      account,
    };
  }
  const paid = paidOn(payment);
  if (paid !== null) {
    const date = formatDate(paid);
    return {
      text: landlord
        ? t('citizenSentAndPaid.payments.paidToLandlord', { date, amount })
        : t('citizenSentAndPaid.payments.paid', { date, amount }),
      failed: false,
      account,
    };
  }
  if (payment.dueDate >= today) {
    const date = formatDate(payment.dueDate);
    return {
      text: landlord
        ? t('citizenSentAndPaid.payments.toBePaidToLandlord', { date, amount })
        : t('citizenSentAndPaid.payments.toBePaid', { date, amount }),
      failed: false,
      account,
    };
  }
  return {
    text: landlord
      ? t('citizenSentAndPaid.payments.toBePaidSoonToLandlord', { amount })
      : t('citizenSentAndPaid.payments.toBePaidSoon', { amount }),
    failed: false,
    account,
  };
}
