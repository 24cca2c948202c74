-- The audit trail: every read and change of a client's data. Append-only (triggers refuse UPDATE, DELETE
-- and TRUNCATE) and hash-chained: each row carries the hash of the previous row, and its own hash covers
-- its content and that previous hash. Rows are numbered without gaps under the lock of the chain head, so
-- a removed row shows as a gap and a changed row as a hash mismatch (npm run audit:verify).
create table audit_chain_head (
  id boolean primary key default true check (id),
  last_seq bigint not null,
  last_hash text not null
);
insert into audit_chain_head (last_seq, last_hash) values (0, repeat('0', 64));

create table audit_event (
  seq bigint primary key,
  id uuid not null unique default gen_random_uuid(),
  occurred_at timestamptz not null default now(),
  actor_type text not null check (actor_type in ('person', 'staff', 'api_client', 'system', 'anonymous')),
  actor_id text,
  action text not null,
  subject_person_id uuid references person (id),
  object_type text,
  object_id text,
  request_id text,
  ip text,
  outcome text not null check (outcome in ('success', 'denied', 'failure')),
  details jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_event_subject_idx on audit_event (subject_person_id, occurred_at);
create index audit_event_occurred_at_idx on audit_event (occurred_at);

create function audit_event_hash(e audit_event) returns text
language sql immutable as $$
  select encode(sha256(convert_to(concat_ws(chr(31),
    e.seq::text, e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_type, coalesce(e.actor_id, ''), e.action, coalesce(e.subject_person_id::text, ''),
    coalesce(e.object_type, ''), coalesce(e.object_id, ''), coalesce(e.request_id, ''),
    coalesce(e.ip, ''), e.outcome, coalesce(e.details::text, ''), e.prev_hash), 'UTF8')), 'hex')
$$;

create function audit_event_chain() returns trigger
language plpgsql as $$
declare
  head audit_chain_head%rowtype;
begin
  update audit_chain_head set last_seq = last_seq + 1 where id returning * into head;
  new.seq := head.last_seq;
  new.prev_hash := head.last_hash;
  new.hash := audit_event_hash(new);
  update audit_chain_head set last_hash = new.hash where id;
  return new;
end
$$;

create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_chain before insert on audit_event
  for each row execute function audit_event_chain();
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_refuse_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
  for each statement execute function audit_event_refuse_change();
