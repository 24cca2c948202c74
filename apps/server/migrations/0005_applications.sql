-- Applications for social assistance, their status history, and the idempotency keys of retried requests.
create sequence application_reference_seq;

create table application (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('basic', 'supplementary', 'preventive')),
  status text not null default 'draft'
    check (status in ('draft', 'submitted', 'in_processing', 'waiting_for_information', 'decided', 'withdrawn')),
  content jsonb not null default '{}'::jsonb,
  content_version integer not null default 1,
  -- Incremented at every change: the ETag, and the check of If-Match.
  version integer not null default 1,
  reference_number text unique,
  urgent boolean not null default false,
  submitted_at timestamptz,
  due_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status in ('draft', 'withdrawn') or (submitted_at is not null and reference_number is not null and due_date is not null)),
  check (status <> 'draft' or submitted_at is null)
);
create index application_person_idx on application (person_id, created_at desc);
create index application_draft_updated_idx on application (updated_at) where status = 'draft';

create table application_status_history (
  id bigint generated always as identity primary key,
  application_id uuid not null references application (id) on delete cascade,
  status text not null,
  previous_status text,
  changed_at timestamptz not null,
  actor_type text not null check (actor_type in ('person', 'staff', 'api_client', 'system')),
  actor_id text
);
create index application_status_history_idx on application_status_history (application_id, changed_at);

-- A retried request with the same Idempotency-Key returns the first answer and changes nothing.
create table idempotency_key (
  actor_id text not null,
  operation text not null,
  key text not null check (length(key) between 1 and 200),
  request_hash text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (actor_id, operation, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
