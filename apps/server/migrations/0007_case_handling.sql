-- Case handling: who handles an application, and the indexes of the staff work queue.
alter table application add column assignee_id uuid references staff_user (id);
create index application_queue_idx on application (status, due_date, submitted_at, id);
create index application_assignee_idx on application (assignee_id, status);
