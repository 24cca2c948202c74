// When the client is taken to have been notified of a decision, and the last day to ask for its rectification.
//
// - Electronic delivery (a Suomi.fi electronic message, or the e-services account): notified on the third day after
//   the message was sent (Act on Electronic Services in Public Administration 13/2003, 19 §).
// - A letter by post: notified on the seventh day after it was mailed (Administrative Procedure Act 434/2003,
//   59 §). Suomi.fi's paper mail is mailed when Posti took it for printing and enveloping (as the service reports
//   it; until then the day the service accepted it); a letter of the local print batch on the batch's day.
// The request for rectification is due within 30 days of notification, the day of notification not counted; a
// last day on a weekend or a holiday (Midsummer Eve and Christmas Eve included) moves to the next working day
// (Act on the Calculation of Statutory Time Limits 150/1930, 5 §), on the calendar of packages/domain.
//
// The channel that counts is the one the letter actually took, not the client's choice: a client who chose paper
// but has a Suomi.fi mailbox gets the letter electronically, and is notified on the third day after it was sent.
// `sendingOf` decides this for one delivery and `notificationOfDecision` for a decision, from the delivery facts
// (letter-delivery/) only: the rectification request's check, the API's `rectificationDeadline` and each
// delivery's `sentOn`/`notifiedOn` all come from them.
import { addDays, helsinkiDate, type IsoDate, RECTIFICATION_DAYS, workingDayOnOrAfter } from '@tuki/domain';

/** The notification rule: electronic (3rd day) or by post (7th day). */
export type DeliveryChannel = 'electronic' | 'paper';

/** Days from sending to notification, per channel. */
export const NOTIFICATION_DAYS: Readonly<Record<DeliveryChannel, number>> = { electronic: 3, paper: 7 };

export interface Notification {
  /** The day the decision was sent: to the mailbox or the e-services account, or mailed. */
  sentOn: IsoDate;
  notifiedOn: IsoDate;
  rectificationDeadline: IsoDate;
}

export function notificationOf(channel: DeliveryChannel, sentOn: IsoDate): Notification {
  const notifiedOn = addDays(sentOn, NOTIFICATION_DAYS[channel]);
  return {
    sentOn,
    notifiedOn,
    rectificationDeadline: workingDayOnOrAfter(addDays(notifiedOn, RECTIFICATION_DAYS)),
  };
}

/** The way a letter went (letter_delivery.channel); null while it has not gone yet. */
export type LetterChannel = 'suomifi_electronic' | 'suomifi_paper' | 'local_print' | 'eservice';

/** What is known of one delivery of the letter. */
export interface DeliveryFacts {
  channel: LetterChannel | null;
  /** When Suomi.fi Messages accepted the message. */
  sentAt: Date | null;
  /** When Suomi.fi reported the paper letter sent for printing and enveloping. */
  printedAt: Date | null;
}

/** What is known of the decision itself. */
export interface DecisionDeliveryFacts {
  decidedAt: Date;
  /** The client's choice; paper: the letter is mailed (unless it reaches a Suomi.fi mailbox). */
  delivery: DeliveryChannel;
  /** When its local print batch mailed the letter; null when it is in none. */
  batchMailedAt: Date | null;
}

export interface Sending {
  /** The notification rule of the way the letter went. */
  channel: DeliveryChannel;
  sentOn: IsoDate;
}

/** How one delivery sent the letter (its rule and day); null while it has not been sent. */
export function sendingOf(decision: DecisionDeliveryFacts, delivery: DeliveryFacts): Sending | null {
  switch (delivery.channel) {
    case 'suomifi_electronic':
      return delivery.sentAt ? { channel: 'electronic', sentOn: helsinkiDate(delivery.sentAt) } : null;
    case 'suomifi_paper': {
      const mailed = delivery.printedAt ?? delivery.sentAt;
      return mailed ? { channel: 'paper', sentOn: helsinkiDate(mailed) } : null;
    }
    case 'eservice':
      // In the e-services account from the decision on.
      return { channel: 'electronic', sentOn: helsinkiDate(decision.decidedAt) };
    case 'local_print':
      return decision.batchMailedAt
        ? { channel: 'paper', sentOn: helsinkiDate(decision.batchMailedAt) }
        : null;
    default:
      return null;
  }
}

export interface DecisionNotification {
  /** How the decision was sent and when the client was notified; null while the letter has not been sent. */
  notification: (Notification & { channel: DeliveryChannel }) | null;
  /**
   * The last day to request rectification: from the notification; before the letter is sent, counted as if it
   * had been sent on the decision's day by the client's choice (the earliest it can be).
   */
  rectificationDeadline: IsoDate;
}

/**
 * The decision's notification from its delivery facts: the earliest notification of the deliveries that have sent
 * the letter. Without a delivery through Suomi.fi (the service not in use, or not yet sent) the client's choice
 * decides: electronic is in the e-services account on the decision's day, paper is mailed with its print batch.
 */
export function notificationOfDecision(
  decision: DecisionDeliveryFacts & { deliveries: readonly DeliveryFacts[] },
): DecisionNotification {
  const sendings = decision.deliveries.flatMap((delivery) => sendingOf(decision, delivery) ?? []);
  if (sendings.length === 0) {
    const byChoice = sendingOf(decision, {
      channel: decision.delivery === 'electronic' ? 'eservice' : 'local_print',
      sentAt: null,
      printedAt: null,
    });
    if (byChoice) sendings.push(byChoice);
  }
  const notifications = sendings.map((sending) => ({
    channel: sending.channel,
    ...notificationOf(sending.channel, sending.sentOn),
  }));
  notifications.sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn));
  const first = notifications[0] ?? null;
  return {
    notification: first,
    rectificationDeadline:
      first?.rectificationDeadline ??
      notificationOf(decision.delivery, helsinkiDate(decision.decidedAt)).rectificationDeadline,
  };
}

/** The last day to ask for rectification (see notificationOfDecision). */
export function rectificationDeadline(
  decision: DecisionDeliveryFacts & { deliveries: readonly DeliveryFacts[] },
): IsoDate {
  return notificationOfDecision(decision).rectificationDeadline;
}

/** Delivery facts from the API's representation of a delivery (ISO times). */
export function deliveryFactsOf(view: {
  channel: LetterChannel | null;
  sentAt: string | null;
  printedAt: string | null;
}): DeliveryFacts {
  return {
    channel: view.channel,
    sentAt: view.sentAt ? new Date(view.sentAt) : null,
    printedAt: view.printedAt ? new Date(view.printedAt) : null,
  };
}
