-- Requests for additional information (lisäselvityspyyntö) with their itemised contents and the client's answer,
-- the message thread of each application, and the files sent with answers and messages ("correspondence").
create table information_request (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id),
  requested_by uuid not null references staff_user (id),
  message text not null check (length(message) <= 4000),
  due_date date not null,
  created_at timestamptz not null,
  answer_message text check (length(answer_message) <= 4000),
  answered_at timestamptz,
  check ((answered_at is null) = (answer_message is null))
);
-- At most one open request per application.
create unique index information_request_open_idx on information_request (application_id) where answered_at is null;
create index information_request_application_idx on information_request (application_id, created_at);

create table information_request_item (
  request_id uuid not null references information_request (id),
  position smallint not null check (position >= 0),
  code text not null
    check (code in ('bank_statements', 'rental_agreement', 'pay_slips', 'receipts', 'benefit_decisions', 'other')),
  description text check (length(description) between 1 and 500),
  primary key (request_id, position),
  check (code <> 'other' or description is not null)
);

create table message (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id),
  sender_type text not null check (sender_type in ('person', 'staff')),
  sender_staff_id uuid references staff_user (id),
  body text not null check (length(body) between 1 and 10000),
  sent_at timestamptz not null,
  -- When the other side first read it (the read receipt).
  read_at timestamptz,
  check ((sender_type = 'staff') = (sender_staff_id is not null))
);
create index message_thread_idx on message (application_id, sent_at, id);
create index message_unread_idx on message (application_id, sender_type) where read_at is null;

-- application: the application's own files (added while a draft). correspondence: files added after sending, kept
-- unattached (visible to their uploader only) until sent with an answer or a message.
alter table attachment add column purpose text not null default 'application'
  check (purpose in ('application', 'correspondence'));
alter table attachment add column uploaded_by_staff_id uuid references staff_user (id);
alter table attachment add column information_request_id uuid references information_request (id);
alter table attachment add column message_id uuid references message (id);
alter table attachment add constraint attachment_link_check check (
  (purpose = 'correspondence' or (information_request_id is null and message_id is null))
  and (information_request_id is null or message_id is null)
  and (uploaded_by_staff_id is null or information_request_id is null)
);
create index attachment_message_idx on attachment (message_id) where message_id is not null;
create index attachment_information_request_idx on attachment (information_request_id)
  where information_request_id is not null;
