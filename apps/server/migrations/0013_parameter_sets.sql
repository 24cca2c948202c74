-- The rules' parameter sets (packages/rules, ParameterSet): the shipped ones, inserted at every migration run when
-- missing, and those an admin adds with an effective month. A set is never changed or deleted once stored: a
-- decision keeps a copy of the set it used, and a later set supersedes an earlier one from its own month on.
create table rule_parameter_set (
  version text primary key check (char_length(version) between 1 and 100),
  effective_from text not null unique check (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  -- The whole set as validated by parameterSetSchema (its version and effectiveFrom equal the columns).
  parameters jsonb not null,
  origin text not null check (origin in ('shipped', 'admin')),
  created_by uuid references staff_user (id),
  created_at timestamptz not null default now(),
  check ((origin = 'shipped') = (created_by is null)),
  check (parameters ->> 'version' = version and parameters ->> 'effectiveFrom' = effective_from)
);

-- Never updated or deleted (the application's rule; this makes it the database's too).
create function rule_parameter_set_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'parameter sets are never changed or deleted; add a new set with a later effective month';
end;
$$;
create trigger rule_parameter_set_no_change before update or delete on rule_parameter_set
  for each row execute function rule_parameter_set_immutable();
