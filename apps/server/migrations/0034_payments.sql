-- Payments of decisions (issue 13, point 3): the money a decision grants, paid to the client's (or a landlord's)
-- account through a pain.001 payment file that a second person approves.

-- The payment approver (packages/domain/src/staff-roles.ts) approves payment batches; giving the role waits for a
-- second admin like the other privileged roles (privileged-grants.ts).
alter table staff_user drop constraint staff_user_roles_check;
alter table staff_user
  add constraint staff_user_roles_check
    check (roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver']::text[]);
alter table staff_role_grant drop constraint staff_role_grant_roles_check;
alter table staff_role_grant
  add constraint staff_role_grant_roles_check
    check (
      cardinality(roles) > 0
      and roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver']::text[]
    );

-- The message ids of payment files and the end-to-end ids of payments: unique, at most 35 characters of the SEPA
-- basic set, and never reused (the bank refuses a repeated message id).
create sequence payment_batch_number;
create sequence payment_number;

-- A day's batch of payments, written to one payment file. proposed: made by someone; approved: by a payment
-- approver other than its maker (and other than the makers of its decisions, which the command checks);
-- exported: the validated pain.001 file is stored here and its payments are sent.
create table payment_batch (
  id uuid primary key default gen_random_uuid(),
  message_id text not null unique default ('TUKI-PB-' || lpad(nextval('payment_batch_number')::text, 10, '0')),
  execution_date date not null,
  status text not null default 'proposed' check (status in ('proposed', 'approved', 'exported')),
  created_by uuid not null references staff_user (id),
  created_at timestamptz not null,
  approved_by uuid references staff_user (id),
  approved_at timestamptz,
  exported_by uuid references staff_user (id),
  exported_at timestamptz,
  payments integer not null check (payments > 0),
  control_sum_cents bigint not null check (control_sum_cents > 0),
  file_xml text,
  file_sha256 text check (file_sha256 ~ '^[0-9a-f]{64}$'),
  check ((approved_by is null) = (approved_at is null)),
  check (approved_by <> created_by),
  check ((status = 'proposed') = (approved_at is null)),
  check ((status = 'exported') = (exported_at is not null)),
  check ((exported_at is null) = (exported_by is null)),
  check ((exported_at is null) = (file_xml is null)),
  check ((file_xml is null) = (file_sha256 is null))
);
create index payment_batch_created_idx on payment_batch (created_at, id);

-- One payment of a decision to one payee. proposed: waiting for a batch; in_batch, sent (its file exported),
-- accepted or rejected by the bank (pain.002; a rejection keeps its reason). A payment is in at most one batch:
-- one batch_id, set under the payment's row lock and only while it is null (addPaymentsToBatch in
-- payments.repository.ts), and never cleared while the status says the payment is in a batch (the check below).
create table payment (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id),
  decision_id uuid not null references decision (id),
  payee_kind text not null check (payee_kind in ('client', 'landlord')),
  payee_name text not null check (length(payee_name) between 1 and 140),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  amount_cents bigint not null check (amount_cents > 0),
  due_date date not null,
  remittance text not null check (length(remittance) between 1 and 140),
  end_to_end_id text not null unique default ('TUKI-P-' || lpad(nextval('payment_number')::text, 12, '0')),
  status text not null default 'proposed'
    check (status in ('proposed', 'in_batch', 'sent', 'accepted', 'rejected')),
  rejection_code text,
  rejection_reason text check (length(rejection_reason) <= 1000),
  batch_id uuid references payment_batch (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (decision_id, payee_kind),
  check ((status = 'proposed') = (batch_id is null)),
  check ((status = 'rejected') = (rejection_reason is not null)),
  check (rejection_code is null or status = 'rejected')
);
create index payment_unbatched_idx on payment (due_date, created_at) where batch_id is null;
create index payment_batch_idx on payment (batch_id) where batch_id is not null;
create index payment_application_idx on payment (application_id);

-- The bank's status reports (pain.002) read in: a report already read (its message id) changes nothing again.
create table payment_status_report (
  id uuid primary key default gen_random_uuid(),
  message_id text not null unique,
  batch_id uuid not null references payment_batch (id),
  version text not null check (version in ('pain.002.001.03', 'pain.002.001.10')),
  group_status text,
  accepted integer not null check (accepted >= 0),
  rejected integer not null check (rejected >= 0),
  pending integer not null check (pending >= 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  imported_by uuid not null references staff_user (id),
  imported_at timestamptz not null
);
create index payment_status_report_batch_idx on payment_status_report (batch_id);
