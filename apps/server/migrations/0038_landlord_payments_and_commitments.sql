-- Landlord payments and payment commitments (issue 13, point 3), and the API scopes of payments.

-- The API scopes payments:read and payments:write (packages/domain/src/api-scopes.ts); both are privileged
-- (privileged-grants.ts): a client holding one waits for a second admin's approval.
alter table api_client drop constraint api_client_scopes_check;
alter table api_client
  add constraint api_client_scopes_check check (
    scopes <@ array[
      'applications:read', 'decisions:read', 'events:manage', 'statistics:read', 'audit:read', 'gdpr:read',
      'gdpr:delete', 'payments:read', 'payments:write'
    ]::text[]
  );

-- A status report read in by an API client with payments:write (the city's bank connector) rather than by a
-- payment approver: exactly one of the two is named.
alter table payment_status_report alter column imported_by drop not null;
alter table payment_status_report add column imported_by_client uuid references api_client (id);
alter table payment_status_report
  add constraint payment_status_report_importer check ((imported_by is null) <> (imported_by_client is null));

-- The rent part of a decision paid straight to the landlord: the landlord's name and account (a normalised IBAN,
-- BIC optional) and the amount, the housing lines of the calculation (at most the amount granted). The decision's
-- payments (payment, payee_kind 'landlord' and 'client') follow from these.
alter table decision
  add column landlord_name text check (length(landlord_name) between 1 and 140),
  add column landlord_iban text check (landlord_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  add column landlord_bic text check (landlord_bic ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  add column landlord_amount_cents bigint check (landlord_amount_cents > 0),
  add constraint decision_landlord_complete check (
    (landlord_name is null) = (landlord_iban is null)
    and (landlord_name is null) = (landlord_amount_cents is null)
    and (landlord_bic is null or landlord_name is not null)
    and (landlord_amount_cents is null or landlord_amount_cents <= amount_cents)
  );

-- The numbers of payment commitments: one counter per year, taken under its row lock in the decision's transaction,
-- so concurrent decisions get distinct numbers and a decision that rolls back gives its number back (no gaps).
create table payment_commitment_counter (
  year integer primary key check (year between 2000 and 9999),
  last_number integer not null check (last_number > 0)
);

-- A payment commitment (maksusitoumus) of a decision: the city promises a payee (a landlord, a pharmacy) to pay
-- for what is named, up to the maximum, within the validity; the payee invoices the city. No bank payment follows.
-- `document` holds the data its PDF is rendered from (the payee's language, the client, the invoicing address),
-- fixed when the decision is made.
create table payment_commitment (
  id uuid primary key default gen_random_uuid(),
  decision_id uuid not null references decision (id),
  application_id uuid not null references application (id),
  position integer not null check (position >= 0),
  number text not null unique check (number ~ '^MS-[0-9]{4}-[0-9]{6,}$'),
  kind text not null check (kind in ('rent_deposit', 'rent', 'medicines', 'other')),
  payee_name text not null check (length(payee_name) between 1 and 140),
  payee_language text not null check (payee_language in ('fi', 'sv', 'en')),
  covers text not null check (length(covers) between 1 and 500),
  max_amount_cents bigint not null check (max_amount_cents > 0),
  valid_from date not null,
  valid_to date not null,
  document jsonb not null,
  created_at timestamptz not null,
  unique (decision_id, position),
  check (valid_to >= valid_from)
);
create index payment_commitment_application_idx on payment_commitment (application_id);
