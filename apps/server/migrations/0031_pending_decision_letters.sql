-- A decision's letter is rendered after the decision has committed, outside the transaction that holds the
-- application's row lock. The decision's transaction stores here the letter's data (DecisionLetterData as JSON,
-- as of the decision); the letter is then rendered into decision_document and this row deleted, in one
-- transaction. Whatever stops the render (a crash, a failing render) leaves the row: the pending-letter job renders
-- it later, and a reader that needs the letter first renders it on demand. Two processes never render the same
-- letter at once through the job: a renderer claims the row for `claimed_until`; the document is inserted with
-- "on conflict do nothing", so a second render of the same letter changes nothing.
create table pending_decision_letter (
  decision_id uuid primary key references decision (id),
  letter_data jsonb not null,
  created_at timestamptz not null,
  -- Not due for the job before this (a render in progress, or the backoff after a failed one).
  claimed_until timestamptz,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text
);
create index pending_decision_letter_due_idx on pending_decision_letter (created_at);
