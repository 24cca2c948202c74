-- A second or later request for additional information on the same application carries the caseworker's reason
-- for asking again (TTL 14 a §: what is missing should be asked for at once); the first request has none.
alter table information_request
  add column reason text check (reason is null or length(reason) between 1 and 2000);
