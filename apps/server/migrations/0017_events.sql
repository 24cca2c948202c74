-- Events for other systems (CloudEvents 1.0) and their delivery to webhook subscriptions (Standard Webhooks).
-- Triggers on the tables that record what happens to an application write the event in the same transaction as
-- the change, whichever code path made it, and in that same transaction a pending delivery for every active
-- subscription whose filter matches: an event and its deliveries commit with the change or not at all.
-- The payload is thin (status, reference number, ids, links to the API): no names, no identity codes.

create table event (
  id uuid primary key default gen_random_uuid(),
  -- The order of events; per subject it is also the commit order (the trigger locks the application row first).
  seq bigint generated always as identity unique,
  type text not null check (type ~ '^fi\.tuki\.[a-z_]+\.[a-z_]+$'),
  -- The application the event is about.
  subject uuid not null,
  time timestamptz not null,
  data jsonb not null
);
create index event_subject_idx on event (subject, seq);
create index event_time_idx on event (time, seq);
create index event_type_idx on event (type, seq);

create table webhook_subscription (
  id uuid primary key default gen_random_uuid(),
  -- The API client that owns it (the principal's client id; api_client.id of 0016, kept without a foreign key so
  -- the delivery log outlives a removed client).
  api_client_id uuid not null,
  url text not null check (url ~ '^https?://' and length(url) <= 2000),
  -- Empty: every type.
  event_types text[] not null default '{}',
  -- whsec_<base64>; HMAC needs the secret itself, so it is stored as it is (shown to the client only once).
  secret text not null,
  -- After a rotation the previous secret stays valid (both signatures are sent) until previous_secret_expires_at.
  previous_secret text,
  previous_secret_expires_at timestamptz,
  active boolean not null default true,
  created_at timestamptz not null,
  check ((previous_secret is null) = (previous_secret_expires_at is null))
);
create index webhook_subscription_client_idx on webhook_subscription (api_client_id, created_at);

create table webhook_delivery (
  id uuid primary key default gen_random_uuid(),
  subscription_id uuid not null references webhook_subscription (id) on delete cascade,
  event_id uuid not null references event (id),
  -- Copied from the event, for the order rule: a delivery waits while an earlier one of its subject is unfinished.
  event_seq bigint not null,
  subject uuid not null,
  -- pending: not tried yet; failed: the last attempt failed and another is scheduled; delivered; dead: given up.
  status text not null default 'pending' check (status in ('pending', 'failed', 'delivered', 'dead')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null,
  first_attempt_at timestamptz,
  last_attempt_at timestamptz,
  last_status_code integer,
  last_error text check (length(last_error) <= 1000),
  delivered_at timestamptz,
  created_at timestamptz not null,
  unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, event_seq)
  where status in ('pending', 'failed');
create index webhook_delivery_order_idx on webhook_delivery (subscription_id, subject, event_seq)
  where status in ('pending', 'failed');
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at desc, id);

-- Writes an event and a pending delivery for each matching active subscription.
create function emit_event(p_type text, p_subject uuid, p_time timestamptz, p_data jsonb) returns void
language plpgsql as $$
declare
  v_event event%rowtype;
begin
  -- Per application, events are numbered in commit order: whoever emits holds the row lock until commit.
  perform 1 from application where id = p_subject for update;
  insert into event (type, subject, time, data) values (p_type, p_subject, p_time, p_data)
    returning * into v_event;
  insert into webhook_delivery (subscription_id, event_id, event_seq, subject, next_attempt_at, created_at)
    select s.id, v_event.id, v_event.seq, v_event.subject, p_time, p_time
    from webhook_subscription s
    where s.active and (cardinality(s.event_types) = 0 or p_type = any (s.event_types));
end;
$$;

-- The thin data every event carries about its application: status, reference number, the link to fetch it.
create function event_application_data(p_application_id uuid) returns jsonb
language sql stable as $$
  select jsonb_build_object(
    'applicationId', a.id,
    'status', a.status,
    'referenceNumber', a.reference_number,
    'links', jsonb_build_object('application', '/api/v1/applications/' || a.id)
  )
  from application a where a.id = p_application_id
$$;

create function application_status_event() returns trigger
language plpgsql as $$
begin
  -- Drafts are the citizen's own until sent: neither their creation nor their removal is an event.
  if new.status = 'draft' or (new.previous_status = 'draft' and new.status <> 'submitted') then
    return null;
  end if;
  perform emit_event('fi.tuki.application.status_changed', new.application_id, new.changed_at,
    event_application_data(new.application_id)
      || jsonb_build_object('status', new.status, 'previousStatus', new.previous_status));
  return null;
end;
$$;
create trigger application_status_history_event after insert on application_status_history
  for each row execute function application_status_event();

create function information_request_event() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform emit_event('fi.tuki.application.information_requested', new.application_id, new.created_at,
      event_application_data(new.application_id)
        || jsonb_build_object('informationRequestId', new.id, 'dueDate', new.due_date));
  elsif old.answered_at is null and new.answered_at is not null then
    perform emit_event('fi.tuki.application.information_answered', new.application_id, new.answered_at,
      event_application_data(new.application_id) || jsonb_build_object('informationRequestId', new.id));
  end if;
  return null;
end;
$$;
create trigger information_request_event after insert or update of answered_at on information_request
  for each row execute function information_request_event();

create function message_event() returns trigger
language plpgsql as $$
declare
  v_data jsonb := event_application_data(new.application_id);
begin
  perform emit_event('fi.tuki.application.message_sent', new.application_id, new.sent_at,
    jsonb_set(v_data, '{links,messages}', to_jsonb('/api/v1/applications/' || new.application_id || '/messages'))
      || jsonb_build_object('messageId', new.id, 'senderType', new.sender_type));
  return null;
end;
$$;
create trigger message_event after insert on message
  for each row execute function message_event();

create function decision_event() returns trigger
language plpgsql as $$
declare
  v_data jsonb := event_application_data(new.application_id);
begin
  perform emit_event('fi.tuki.application.decision_made', new.application_id, new.decided_at,
    jsonb_set(v_data, '{links,decisionDocument}', to_jsonb('/api/v1/decisions/' || new.id || '/document'))
      || jsonb_build_object('decisionId', new.id));
  return null;
end;
$$;
create trigger decision_event after insert on decision
  for each row execute function decision_event();
