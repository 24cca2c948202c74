-- A webhook subscription's event types are the types of packages/domain/src/event-types.ts (the API has accepted no
-- others); the database now says so too, as it does for roles and scopes. Empty still means every type.
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
