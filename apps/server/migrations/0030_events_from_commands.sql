-- Events come from the commands: a command records one case event and its audit rows, outbox jobs and webhook
-- events (with their deliveries) are written from it in the same transaction (apps/server/src/events/). The
-- triggers of 0017 that wrote the webhook events from the tables go; the event and delivery tables stay as they are.
drop trigger application_status_history_event on application_status_history;
drop trigger information_request_event on information_request;
drop trigger message_event on message;
drop trigger decision_event on decision;
drop function application_status_event();
drop function information_request_event();
drop function message_event();
drop function decision_event();
drop function emit_event(text, uuid, timestamptz, jsonb);
drop function event_application_data(uuid);
