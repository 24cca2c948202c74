-- The chain head may only be moved by the audit_event insert trigger: a direct UPDATE or DELETE is refused.
-- (pg_trigger_depth() is 1 in a trigger called by a statement, 2 in one called from the chain trigger.)
create function audit_chain_head_guard() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
    return new;
  end if;
  raise exception 'audit_chain_head is only moved by new audit events: % refused', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_chain_head_guard before update or delete on audit_chain_head
  for each row execute function audit_chain_head_guard();
