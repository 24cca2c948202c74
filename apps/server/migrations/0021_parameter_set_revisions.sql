-- Revisions of shipped parameter sets. A shipped set that corrects an earlier shipped set of the same effective
-- month (a new version, e.g. 2026-03.2 with the complete housing-cost norms and corrected provisions) names it in
-- `revises`. The replaced set stays stored, unchanged (the trigger of 0013 still refuses any change): decisions keep
-- their own copy of the set they used, and the chain of sets in force skips a set that another set revises. So a
-- database that already holds the first versions gets the corrections at its next start, and a new database gets
-- only the revisions. Only shipped sets are revised; one set is replaced at most once.
alter table rule_parameter_set add column revises text unique check (revises <> version);
alter table rule_parameter_set add constraint rule_parameter_set_revises_shipped
  check (revises is null or origin = 'shipped');
alter table rule_parameter_set add constraint rule_parameter_set_revises_matches
  check (revises is null or parameters ->> 'revises' = revises);
-- A revision starts in the month of the set it revises, so the month is no longer unique among all rows; among the
-- sets in force it still is (the seed and the admin's addition check it under their locks, the loader refuses two).
alter table rule_parameter_set drop constraint rule_parameter_set_effective_from_key;
create index rule_parameter_set_effective_from on rule_parameter_set (effective_from);
