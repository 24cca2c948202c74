-- Duplicates and the client's history: the status closed_as_duplicate (merged into another application of the same
-- person or family for the same month), the application it was merged into, and the indexes that find possible
-- duplicates (the same person, or a spouse by personal identity code, with an application for the same month).
alter table application drop constraint application_status_check;
alter table application add constraint application_status_check
  check (status in ('draft', 'submitted', 'in_processing', 'waiting_for_information', 'decided', 'withdrawn',
                    'closed_as_duplicate'));

-- The application this one was merged into; set exactly when it is closed as a duplicate.
alter table application add column duplicate_of uuid references application (id);
alter table application add constraint application_duplicate_of_check
  check ((status = 'closed_as_duplicate') = (duplicate_of is not null) and duplicate_of <> id);

-- The spouse's personal identity code as the applicant wrote it in the content, normalised as the person table
-- keeps codes (upper case, no surrounding spaces); null when none is given.
create function tuki_spouse_code(content jsonb) returns text
  language sql immutable strict parallel safe
  as $$ select nullif(upper(btrim(content -> 'spouse' ->> 'personalIdentityCode')), '') $$;

-- Each application is for one month (content.month, YYYY-MM). Only the applications that can be duplicates are
-- indexed (not drafts, withdrawn, closed ones or requests for rectification, which copy their case's content).
create index application_person_month_idx on application (person_id, (content ->> 'month'))
  where kind <> 'rectification' and status in ('submitted', 'in_processing', 'waiting_for_information', 'decided');
create index application_spouse_month_idx on application (tuki_spouse_code(content), (content ->> 'month'))
  where kind <> 'rectification' and status in ('submitted', 'in_processing', 'waiting_for_information', 'decided')
    and tuki_spouse_code(content) is not null;
-- The queue's search by a spouse's code looks through every status.
create index application_spouse_code_idx on application (tuki_spouse_code(content))
  where tuki_spouse_code(content) is not null;

-- The statistics count the applications closed as duplicates per month of closing.
create index application_status_history_closed_idx on application_status_history (changed_at)
  where status = 'closed_as_duplicate';
