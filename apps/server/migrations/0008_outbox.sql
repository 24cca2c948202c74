-- Transactional outbox: events written in the same transaction as the change they announce, and handled by the
-- job worker (at least once, retried with backoff). notification_sent is the per-event idempotency marker of an
-- e-mail, written in the transaction that marks the outbox row processed.
create table outbox (
  id bigint generated always as identity primary key,
  topic text not null check (topic ~ '^[a-z][a-z0-9_.]*$'),
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null,
  available_at timestamptz not null,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  processed_at timestamptz,
  failed_at timestamptz
);

create index outbox_due on outbox (available_at, id) where processed_at is null and failed_at is null;

create table notification_sent (
  outbox_id bigint primary key references outbox (id),
  recipient_person_id uuid,
  channel text not null check (channel in ('email', 'none')),
  sent_at timestamptz not null
);

alter table person add column email_notifications boolean not null default true;
