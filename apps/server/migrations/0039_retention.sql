-- Retention (issue 13, point 4): every document of a case has its record type, publicity, personal-data flag and
-- retention period from the city's plan (tiedonohjaussuunnitelma); a monthly job proposes the cases whose
-- retention has ended, an archivist approves the list, and the documents are destroyed with a record kept.

-- The archivist (packages/domain/src/staff-roles.ts) approves destruction lists; giving the role waits for a second
-- admin like the other privileged roles (privileged-grants.ts).
alter table staff_user drop constraint staff_user_roles_check;
alter table staff_user
  add constraint staff_user_roles_check
    check (roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver', 'archivist']::text[]);
alter table staff_role_grant drop constraint staff_role_grant_roles_check;
alter table staff_role_grant
  add constraint staff_role_grant_roles_check
    check (
      cardinality(roles) > 0
      and roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor', 'payment_approver', 'archivist']::text[]
    );

-- The city's plan: one row per record type (packages/domain/src/retention.ts), seeded with the defaults; an
-- archivist or admin changes the values (updateRetentionPlan). Retention counts from the day the case closed.
create table retention_plan (
  record_type text primary key
    check (record_type in ('application', 'attachment', 'message', 'decision', 'letter', 'payment_file')),
  publicity text not null check (publicity in ('public', 'restricted', 'secret')),
  publicity_basis text not null check (length(publicity_basis) between 1 and 500),
  personal_data boolean not null,
  retention_years integer not null check (retention_years between 1 and 150),
  retention_basis text not null check (length(retention_basis) between 1 and 500),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff_user (id)
);
insert into retention_plan (record_type, publicity, publicity_basis, personal_data, retention_years, retention_basis)
select record_type, 'secret', 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 812/2000, 14 §', true, 10,
  'Työikäisten palvelutehtävä: 10 vuotta asian päättymisestä (Kansallisarkisto, sosiaalihuollon asiakirjojen säilytysajat; laki 703/2023)'
from unnest(array['application', 'attachment', 'message', 'decision', 'letter', 'payment_file']) as record_type;

-- A month's destruction list, proposed by the job (at most one per month: the unique period), approved by an
-- archivist. Its cases are destroyed in the approval's transaction.
create table destruction_list (
  id uuid primary key default gen_random_uuid(),
  period text not null unique check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status text not null default 'proposed' check (status in ('proposed', 'approved')),
  proposed_at timestamptz not null,
  -- The day the retention was compared with: documents whose retention ended before it.
  proposed_on date not null,
  approved_by uuid references staff_user (id),
  approved_at timestamptz,
  version integer not null default 1,
  check ((status = 'approved') = (approved_at is not null)),
  check ((approved_at is null) = (approved_by is null))
);
create index destruction_list_proposed_idx on destruction_list (proposed_at desc);

-- The cases of a list, as proposed: no foreign key to the application, which is deleted when the list is approved.
-- Ids, reference number, dates and counts only; never content or identity codes.
create table destruction_list_case (
  list_id uuid not null references destruction_list (id),
  application_id uuid not null,
  reference_number text,
  closed_on date not null,
  destroy_after date not null,
  -- [{ "recordType": "attachment", "id": "…", "destroyAfter": "YYYY-MM-DD" }, …]
  documents jsonb not null,
  -- Set when the list is approved: destroyed, or kept (retention no longer ended, or the case gone meanwhile).
  outcome text check (outcome in ('destroyed', 'kept')),
  primary key (list_id, application_id)
);
create index destruction_list_case_application_idx on destruction_list_case (application_id);

-- What was destroyed, kept for good: the record type, the case's reference number, the document ids and counts,
-- the retention basis, who approved and when. Never the content or a personal identity code.
create table destruction_record (
  id uuid primary key default gen_random_uuid(),
  list_id uuid not null references destruction_list (id),
  application_id uuid not null,
  reference_number text,
  closed_on date not null,
  -- { "application": 1, "attachment": 3, … }
  counts jsonb not null,
  -- [{ "recordType": "attachment", "id": "…" }, …]
  documents jsonb not null,
  retention_years integer not null,
  retention_basis text not null,
  approved_by uuid not null references staff_user (id),
  approved_at timestamptz not null,
  destroyed_at timestamptz not null
);
create index destruction_record_destroyed_idx on destruction_record (destroyed_at desc, id);
