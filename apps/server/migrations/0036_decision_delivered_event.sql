-- The decision_delivered event (packages/domain/src/event-types.ts): Suomi.fi Messages accepted a decision letter,
-- to the client's mailbox or as its paper mail. A webhook subscription may now filter by it too.
alter table webhook_subscription drop constraint webhook_subscription_event_types_check;
alter table webhook_subscription
  add constraint webhook_subscription_event_types_check check (
    event_types <@ array[
      'fi.tuki.application.status_changed',
      'fi.tuki.application.information_requested',
      'fi.tuki.application.information_answered',
      'fi.tuki.application.message_sent',
      'fi.tuki.application.decision_made',
      'fi.tuki.application.payment_sent',
      'fi.tuki.application.payment_failed',
      'fi.tuki.application.decision_delivered'
    ]::text[]
  );
