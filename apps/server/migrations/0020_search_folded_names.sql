-- The work queue's search by name ignores case and accents: "ohman" finds Öhman, "muller" Müller, as well as
-- "öhman" does. Both the names and the search text go through tuki_fold (lower case, accents removed with the
-- unaccent extension, a trusted extension since PostgreSQL 13 and part of PGlite's contrib); the trigram index is
-- on the folded "first last", so the search stays an index scan (bench/queue.ts).
create extension if not exists unaccent schema public;
-- unaccent() is only stable, as its dictionary could change; naming the dictionary makes this function safe to
-- declare immutable for the index (the dictionary ships with PostgreSQL and is not changed here).
create function tuki_fold(text) returns text
  language sql immutable strict parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
create index person_full_name_folded_trgm_idx on person
  using gin (tuki_fold(first_name || ' ' || last_name) gin_trgm_ops);
drop index person_full_name_trgm_idx;
