// What the case view says of a decision's letter deliveries and payments: the channel and status in words, each
// step with its date and time, and each payment's payee, amount, state (with the bank's reason for a rejection) and
// the day it was paid. The words are the staffSentAndPaid section, which comes with the case view.

import type { Language, Translator } from '@tuki/i18n';
import {
  type DecisionPayment,
  deliverySteps,
  formatDate,
  formatEuros,
  helsinkiDateAndTime,
  type LetterDelivery,
  type PaymentState,
  paidOn,
  paymentState,
  returnedToSender,
} from '@tuki/ui/delivery-payments';

/** HDS status label colours. */
type LabelType = 'neutral' | 'info' | 'alert' | 'success' | 'error';

const deliveryLabel: Record<LetterDelivery['status'], LabelType> = {
  pending: 'neutral',
  sent: 'info',
  local: 'info',
  read: 'success',
  returned_to_sender: 'error',
};

export interface DeliveryText {
  channel: string;
  status: string;
  label: LabelType;
  steps: { name: string; when: string }[];
  returned: boolean;
}

export function deliveryText(delivery: LetterDelivery, t: Translator, language: Language): DeliveryText {
  return {
    channel: t(`staffSentAndPaid.delivery.channel.${delivery.channel ?? 'none'}`),
    status: t(`staffSentAndPaid.delivery.status.${delivery.status}`),
    label: deliveryLabel[delivery.status] ?? 'neutral',
    steps: deliverySteps(delivery).map(({ step, at }) => ({
      name: t(`staffSentAndPaid.delivery.step.${step}`),
      when: t('common.dateTime', helsinkiDateAndTime(at, language)),
    })),
    returned: returnedToSender(delivery),
  };
}

/** The bank reason codes (ISO 20022) the case view explains in words; any other is shown as its code. */
const knownReasons = [
  'AC01',
  'AC03',
  'AC04',
  'AC06',
  'AG01',
  'AM05',
  'BE01',
  'MD07',
  'MS03',
  'RC01',
] as const;
type KnownReason = (typeof knownReasons)[number];
const isKnownReason = (code: string): code is KnownReason =>
  (knownReasons as readonly string[]).includes(code);

const paymentLabel: Record<PaymentState, LabelType> = {
  waiting: 'neutral',
  inBatch: 'info',
  sent: 'info',
  paid: 'success',
  rejected: 'error',
};

export interface PaymentText {
  payee: string;
  amount: string;
  state: string;
  label: LabelType;
  /** The due date, when it was sent to the bank, or the bank's reason for the rejection. */
  detail: string;
  paidOn: string;
}

export function paymentText(payment: DecisionPayment, t: Translator, language: Language): PaymentText {
  const state = paymentState(payment);
  const code = payment.rejectionCode;
  const reason =
    code === null
      ? t('staffSentAndPaid.payments.reason.MS03')
      : isKnownReason(code)
        ? `${t(`staffSentAndPaid.payments.reason.${code}`)} (${code})`
        : t('staffSentAndPaid.payments.unknownReason', { code });
  const detail =
    state === 'rejected'
      ? t('staffSentAndPaid.payments.rejectedBecause', { reason })
      : state === 'sent' && payment.sentAt !== null
        ? t('staffSentAndPaid.payments.sentAt', {
            date: helsinkiDateAndTime(payment.sentAt, language).date,
          })
        : state === 'paid'
          ? ''
          : t('staffSentAndPaid.payments.due', { date: formatDate(payment.dueDate) });
  return {
    payee: `${payment.payeeName} (${t(`staffSentAndPaid.payments.payeeKind.${payment.payeeKind}`)})`,
    amount: formatEuros(payment.amountCents, language),
    state: t(`staffSentAndPaid.payments.state.${state}`),
    label: paymentLabel[state],
    detail,
    paidOn: formatDate(paidOn(payment) ?? undefined),
  };
}
