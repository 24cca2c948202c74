-- The work queue's indexes, measured with bench/queue.ts on 1 000 000 sent applications. Each list query sorts by
-- (due_date, submitted_at, id) and stops after a page, so these let it read a page in index order instead of sorting
-- every matching row. (0007's (status, due_date, …) index only gives that order within one status.)

-- No status filter (the default view and its next pages, keyset on the same columns).
create index application_queue_order_idx on application (due_date, submitted_at, id)
  where submitted_at is not null;

-- The open cases only, a few thousand rows: the overdue filter and the status filters of the live backlog.
create index application_queue_open_idx on application (due_date, submitted_at, id)
  where status not in ('draft', 'decided', 'withdrawn');

-- One assignee's cases in queue order (assignee=me or a staff id).
create index application_queue_assignee_idx on application (assignee_id, due_date, submitted_at, id)
  where submitted_at is not null;

-- The counts per filter read only these columns: an index-only scan instead of the whole table with its content.
create index application_queue_counts_idx on application (status, assignee_id, urgent, due_date)
  where submitted_at is not null;
