-- Decisions on applications: the outcome, the amount, the calculation with the very parameter set it used (so a
-- later change of the parameters never alters a decision), the reasons and legal provisions, who decided, and the
-- letter as it was produced. A decision is never changed: a request for rectification becomes a case of its own.
create table decision (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique references application (id),
  outcome text not null check (outcome in ('approved', 'partially_approved', 'rejected')),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  amount_cents bigint not null check (amount_cents >= 0),
  calculation_input jsonb,
  calculation_result jsonb,
  parameter_set jsonb,
  parameters_version text,
  reason_templates text[] not null default '{}',
  reasoning text not null check (length(reasoning) <= 10000),
  legal_provisions text[] not null,
  payment_date date,
  decided_by uuid not null references staff_user (id),
  decided_at timestamptz not null,
  language text not null check (language in ('fi', 'sv', 'en')),
  -- paper: printed in the day's batch and mailed; electronic: in the e-services account only.
  delivery text not null check (delivery in ('electronic', 'paper')),
  print_batch_id uuid,
  mailed_at timestamptz,
  check ((calculation_input is null) = (calculation_result is null)),
  check ((calculation_result is null) = (parameter_set is null))
);
create index decision_unmailed_idx on decision (decided_at) where delivery = 'paper' and mailed_at is null;

-- The letter, as produced when the decision was made (PDF/UA-1).
create table decision_document (
  decision_id uuid primary key references decision (id),
  pdf bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer not null check (size_bytes > 0),
  created_at timestamptz not null
);

-- The day's print batch: one PDF of every letter to mail, made by staff; its letters are marked mailed with it.
create table print_batch (
  id uuid primary key default gen_random_uuid(),
  created_by uuid not null references staff_user (id),
  created_at timestamptz not null,
  letters integer not null check (letters > 0),
  pdf bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$')
);
alter table decision add constraint decision_print_batch_fk foreign key (print_batch_id) references print_batch (id);

-- Whether the client has chosen to get decisions electronically only (no letter by mail).
alter table person add column electronic_delivery boolean not null default false;
