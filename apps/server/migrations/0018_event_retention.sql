-- Retention of the event log and the webhook delivery log (apps/server/src/webhooks/retention.ts, run by the
-- hourly housekeeping): a finished delivery (delivered or dead) goes after 90 days, an event after 400 days once
-- no delivery refers to it. These indexes let both deletions find their rows without reading the whole table.
create index webhook_delivery_finished_idx on webhook_delivery (created_at)
  where status in ('delivered', 'dead');
create index webhook_delivery_event_idx on webhook_delivery (event_id);
