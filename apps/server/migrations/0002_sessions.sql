-- Server-side browser sessions. The cookie holds a random token; only its SHA-256 is stored.
create table session (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  kind text not null check (kind in ('citizen', 'staff')),
  person_id uuid references person (id) on delete cascade,
  staff_user_id uuid references staff_user (id) on delete cascade,
  csrf_token text not null,
  auth_method text not null check (auth_method in ('dev', 'oidc')),
  loa text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check ((kind = 'citizen') = (person_id is not null)),
  check ((kind = 'staff') = (staff_user_id is not null))
);
create index session_expires_at_idx on session (expires_at);

-- One OpenID Connect sign-in in progress, bound to the browser by a cookie whose hash is the key.
create table oidc_login (
  binding_hash text primary key,
  audience text not null check (audience in ('citizen', 'staff')),
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null default now(),
  used_at timestamptz
);
