// When the client is taken to have been notified of a decision, and the last day to ask for its rectification.
//
// - Electronic delivery (the e-services account): notified on the third day after the message was sent (Act on
//   Electronic Services in Public Administration 13/2003, 19 §).
// - A letter by post: notified on the seventh day after it was sent (Administrative Procedure Act 434/2003, 59 §).
// The request for rectification is due within 30 days of notification, the day of notification not counted; a
// last day on a weekend or a holiday (Midsummer Eve and Christmas Eve included) moves to the next working day
// (Act on the Calculation of Statutory Time Limits 150/1930, 5 §), on the calendar of packages/domain.
import { addDays, helsinkiDate, type IsoDate, RECTIFICATION_DAYS, workingDayOnOrAfter } from '@tuki/domain';

export type DeliveryChannel = 'electronic' | 'paper';

/** Days from sending to notification, per channel. */
export const NOTIFICATION_DAYS: Readonly<Record<DeliveryChannel, number>> = { electronic: 3, paper: 7 };

export interface Notification {
  /** The day the decision was sent: to the e-services account, or mailed in a print batch. */
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

/**
 * The last day to ask for rectification: 30 days from the notification (notification.ts), counted from the day the
 * decision was sent — for the e-services account the decision's day, for a letter the day it was mailed in a print
 * batch. A paper letter not yet mailed is counted as if mailed on the decision's day (the earliest it can be), until
 * its batch gives the real day.
 */
export function rectificationDeadline(decision: {
  decidedAt: Date;
  delivery: 'electronic' | 'paper';
  mailedAt: Date | null;
}): IsoDate {
  const sentOn = helsinkiDate(
    decision.delivery === 'paper' ? (decision.mailedAt ?? decision.decidedAt) : decision.decidedAt,
  );
  return notificationOf(decision.delivery, sentOn).rectificationDeadline;
}
