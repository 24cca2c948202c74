// The types of the events other systems receive (CloudEvents `type`): the one list. The server writes and delivers
// them (apps/server/src/events), a webhook subscription filters by them, and the database's check on
// webhook_subscription.event_types holds the same values.

export const eventTypes = {
  statusChanged: 'fi.tuki.application.status_changed',
  informationRequested: 'fi.tuki.application.information_requested',
  informationAnswered: 'fi.tuki.application.information_answered',
  messageSent: 'fi.tuki.application.message_sent',
  decisionMade: 'fi.tuki.application.decision_made',
  paymentSent: 'fi.tuki.application.payment_sent',
  paymentFailed: 'fi.tuki.application.payment_failed',
  decisionDelivered: 'fi.tuki.application.decision_delivered',
} as const;

export type EventType = (typeof eventTypes)[keyof typeof eventTypes];
export const allEventTypes = Object.values(eventTypes) as [EventType, ...EventType[]];
