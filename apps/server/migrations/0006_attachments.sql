-- Attachments of applications: the facts about each file; the bytes are in the file storage (a local folder or an
-- S3-compatible store) under storage_key.
create table attachment (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id) on delete cascade,
  -- The owner: the person who uploaded it (the application's person).
  person_id uuid not null references person (id),
  category text not null
    check (category in ('bank_statement', 'rental_agreement', 'pay_slip', 'receipt', 'other')),
  file_name text not null check (length(file_name) between 1 and 200),
  media_type text not null,
  size_bytes bigint not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text not null unique,
  -- unscanned: no virus scanner is configured on this server; pending: a scan has not finished;
  -- failed: the scanner could not give a verdict. Only clean and unscanned files are ever served.
  scan_status text not null
    check (scan_status in ('pending', 'clean', 'infected', 'failed', 'unscanned')),
  uploaded_at timestamptz not null
);
create index attachment_application_idx on attachment (application_id, uploaded_at);
create index attachment_person_idx on attachment (person_id);

-- Stored files whose rows are gone: written in the transaction that removes the rows, emptied once the bytes are
-- deleted from the storage, so a file is never deleted while its row may still come back (a rolled-back
-- transaction), and never forgotten when the deletion fails.
create table stored_file_removal (
  storage_key text primary key,
  requested_at timestamptz not null default now()
);
