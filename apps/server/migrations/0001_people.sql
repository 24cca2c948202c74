-- Persons (citizens, clients) and staff users.
create table person (
  id uuid primary key default gen_random_uuid(),
  personal_identity_code text not null unique
    check (personal_identity_code ~ '^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9ABCDEFHJKLMNPRSTUVWXY]$'),
  first_name text not null default '' check (length(first_name) <= 200),
  last_name text not null default '' check (length(last_name) <= 200),
  street_address text check (length(street_address) <= 200),
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  city text check (length(city) <= 100),
  preferred_language text not null default 'fi' check (preferred_language in ('fi', 'sv', 'en')),
  email text check (length(email) <= 254 and position('@' in email) > 1),
  phone text check (length(phone) <= 40),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table staff_user (
  id uuid primary key default gen_random_uuid(),
  username text not null unique check (username ~ '^[a-z0-9._@-]{1,100}$'),
  first_name text not null default '',
  last_name text not null default '',
  email text,
  roles text[] not null default '{}'
    check (roles <@ array['handler', 'social_worker', 'supervisor', 'admin', 'auditor']::text[]),
  external_id text unique,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
