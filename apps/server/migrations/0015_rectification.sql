-- Requests for rectification (oikaisuvaatimus, HL 49 a–g §): a client's request against a decision becomes a case
-- of its own in the work queue (kind 'rectification', with a copy of the original application's content for the
-- calculation), linked to the decision it concerns, and is decided the same way.
alter table application drop constraint application_kind_check;
alter table application add constraint application_kind_check
  check (kind in ('basic', 'supplementary', 'preventive', 'rectification'));

create table rectification_request (
  application_id uuid primary key references application (id),
  decision_id uuid not null unique references decision (id),
  reasons text not null check (length(reasons) between 1 and 10000),
  requested_at timestamptz not null
);
