-- The daily payment batch is proposed by the system (jobs/housekeeping.ts, payments/system-payment-batch.ts): such a
-- batch has no staff maker, and says the day it was proposed for, at most one system batch per day (the unique
-- index). A payment approver still approves it; the check that the approver is not the maker stays (a system batch
-- has no maker, so any payment approver who made no decision paid in it may approve it).
alter table payment_batch alter column created_by drop not null;
alter table payment_batch add column system_proposed_on date;
alter table payment_batch
  add constraint payment_batch_maker_check check ((created_by is null) = (system_proposed_on is not null));
create unique index payment_batch_system_day_idx on payment_batch (system_proposed_on)
  where system_proposed_on is not null;
