-- Internal notes of case handling: written by staff on a sent application, never shown to the applicant.
create table application_note (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id) on delete cascade,
  author_id uuid not null references staff_user (id),
  body text not null check (char_length(body) between 1 and 4000),
  created_at timestamptz not null default now()
);
create index application_note_application_idx on application_note (application_id, created_at, id);
