-- Two people for privileged grants. An API client with a scope that reads or changes personal data, and a staff
-- role that handles cases or audits, take effect only when an admin other than the one who asked approves them
-- (the privileged scopes and roles are listed in packages/domain/src/privileged-grants.ts).

-- API clients: the approval of the client's privileged scopes and its secret. not_required: no privileged scope;
-- pending: gets no tokens and its tokens are refused; approved: works; rejected: gets no tokens (a new secret asks
-- again). requested_by is the admin whose change asked (creation, a privileged scope added, a new secret); the one
-- who approves must be someone else, which the check below holds also against a mistake in the code.
alter table api_client
  add column approval text not null default 'not_required'
    check (approval in ('not_required', 'pending', 'approved', 'rejected')),
  add column approval_requested_by uuid references staff_user (id),
  add column approval_requested_at timestamptz,
  add column approval_decided_by uuid references staff_user (id),
  add column approval_decided_at timestamptz;
alter table api_client
  add constraint api_client_approval_decided
    check ((approval in ('approved', 'rejected')) = (approval_decided_at is not null)),
  add constraint api_client_approval_by_another
    check (
      approval <> 'approved'
      or (approval_decided_by is not null and approval_decided_by is distinct from approval_requested_by)
    );

-- The clients registered before this migration with a privileged scope were made by one admin: they wait for a
-- second one now (the safer choice: their tokens stop working until then). The scopes are those of
-- privileged-grants.ts when this was written. Each change is recorded in the audit trail as the system's.
with changed as (
  update api_client
     set approval = 'pending', approval_requested_by = created_by, approval_requested_at = now()
   where scopes && array['applications:read', 'decisions:read', 'audit:read', 'gdpr:read', 'gdpr:delete']::text[]
  returning id, scopes, created_by
)
insert into audit_event (occurred_at, actor_type, actor_id, action, object_type, object_id, outcome, details)
select now(), 'system', null, 'api_client.approval_request', 'api_client', id::text, 'success',
       jsonb_build_object('reason', 'migration', 'scopes', to_jsonb(scopes), 'requestedBy', created_by)
  from changed;

-- Staff role grants: privileged roles asked for a staff user wait here until another admin approves them (then
-- they are added to staff_user.roles) or someone rejects them (the one who asked: cancels). The roles held before
-- this migration stay as they are. At most one pending grant per user.
create table staff_role_grant (
  id uuid primary key default gen_random_uuid(),
  staff_user_id uuid not null references staff_user (id),
  roles text[] not null
    check (cardinality(roles) > 0 and roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor']::text[]),
  state text not null default 'pending' check (state in ('pending', 'approved', 'rejected', 'cancelled')),
  requested_by uuid not null references staff_user (id),
  requested_at timestamptz not null,
  decided_by uuid references staff_user (id),
  decided_at timestamptz,
  check ((state = 'pending') = (decided_at is null)),
  check (state <> 'approved' or (decided_by <> requested_by and decided_by <> staff_user_id))
);
create unique index staff_role_grant_one_pending on staff_role_grant (staff_user_id) where state = 'pending';
create index staff_role_grant_pending on staff_role_grant (requested_at) where state = 'pending';
