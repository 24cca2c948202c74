-- How each decision letter reached its recipient through Suomi.fi Messages (letter-delivery/): one delivery per
-- letter, made in the decision's transaction when the service is configured, and the events the service reports.
-- The delivery's id is the message's externalId, so a send repeated after a crash is refused by the service (409)
-- and recorded as sent: the letter goes once.
create table letter_delivery (
  id uuid primary key default gen_random_uuid(),
  decision_id uuid not null unique references decision (id),
  -- Chosen when the letter is sent: the mailbox, Suomi.fi's paper mail, the local print batch, or the e-services
  -- account only (no mailbox, no printing service and electronic delivery chosen). Null while pending.
  channel text check (channel in ('suomifi_electronic', 'suomifi_paper', 'local_print', 'eservice')),
  status text not null default 'pending'
    check (status in ('pending', 'sent', 'local', 'read', 'returned_to_sender')),
  -- The message's id at Suomi.fi (null when the service answered a repeat without it, or nothing was sent).
  message_id text,
  created_at timestamptz not null,
  sent_at timestamptz,
  check ((status = 'pending') = (channel is null))
);

-- What the service reported of a delivery; the same event read twice changes nothing.
create table letter_delivery_event (
  id bigint generated always as identity primary key,
  delivery_id uuid not null references letter_delivery (id) on delete cascade,
  kind text not null check (
    kind in ('sent', 'electronic_created', 'read', 'receipt_confirmed', 'paper_created', 'printed',
             'posti_receipt_confirmed', 'returned_to_sender', 'posti_unresolved')
  ),
  event_time timestamptz not null,
  unique (delivery_id, kind, event_time)
);

-- Where the events poller goes on from: the service's continuation token, stored with the events it covered.
create table suomifi_event_cursor (
  id smallint primary key default 1 check (id = 1),
  continuation_token text not null,
  updated_at timestamptz not null
);
