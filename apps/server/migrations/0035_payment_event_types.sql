-- The payment events (packages/domain/src/event-types.ts): a payment sent to the bank in a payment file, and a
-- payment the bank rejected. A webhook subscription may now filter by them too.
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
      'fi.tuki.application.payment_failed'
    ]::text[]
  );
