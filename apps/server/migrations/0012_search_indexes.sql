-- The work queue's search (bench/queue.ts, 1 000 000 applications): a name is matched anywhere in "first last"
-- through a trigram index, and a reference number by its beginning through a pattern index, instead of reading every
-- application with its person. pg_trgm is a trusted extension (PostgreSQL 13+) and part of PGlite's contrib.
create extension if not exists pg_trgm;
create index person_full_name_trgm_idx on person using gin ((first_name || ' ' || last_name) gin_trgm_ops);
create index application_reference_pattern_idx on application (reference_number text_pattern_ops)
  where reference_number is not null;
