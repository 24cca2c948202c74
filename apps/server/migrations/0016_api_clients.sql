-- API clients (other systems) and the keys that sign their access tokens.
--
-- A client is registered by an admin with a name, a contact and scopes; it gets a token from POST /api/v1/oauth/token
-- with its id and secret (OAuth 2.0 client credentials). Only a scrypt hash of the secret is stored
-- ("scrypt$<N>$<r>$<p>$<salt>$<hash>", base64url): the secret is shown once, at registration or rotation.
create table api_client (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 1 and 100),
  contact text not null check (char_length(contact) between 1 and 254),
  -- The scopes of apps/server/src/http/access.ts (apiScopes); a new scope there needs a migration widening this.
  scopes text[] not null default '{}' check (
    scopes <@ array[
      'applications:read', 'decisions:read', 'events:manage', 'statistics:read', 'audit:read', 'gdpr:read', 'gdpr:delete'
    ]::text[]
  ),
  secret_hash text not null check (secret_hash like 'scrypt$%'),
  active boolean not null default true,
  version integer not null default 1,
  created_by uuid references staff_user (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  secret_rotated_at timestamptz not null
);

-- The keys that sign access tokens (JWT, ES256). The newest unretired key signs; a rotation retires it and adds a
-- new one, and a retired key still verifies the tokens it signed until they expire (API_TOKEN_TTL_SECONDS).
-- private_key is a PKCS#8 PEM. In production the database is then a secret store: restrict who can read this
-- table and its backups, or keep the keys in the platform's secret store / an HSM and sign there.
create table api_signing_key (
  kid text primary key check (char_length(kid) between 1 and 100),
  algorithm text not null check (algorithm in ('ES256', 'EdDSA')),
  private_key text not null,
  public_jwk jsonb not null,
  created_at timestamptz not null,
  retired_at timestamptz,
  check (retired_at is null or retired_at >= created_at)
);

-- At most one key signs at a time (two processes creating the first key at once: one of them wins).
create unique index api_signing_key_one_current on api_signing_key ((true)) where retired_at is null;
