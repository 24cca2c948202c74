-- Suomi.fi Messages: the REST API's password, rotated automatically (suomifi/credentials.ts). The password must be
-- sent to the service, so it is kept as it is (not hashed), like the other secrets of the configuration.
-- A rotation first stores the new password as pending and commits, then asks the service to change it, and only
-- when the service has confirmed makes it the current one. A rotation cut off in between (a crash, a lost answer)
-- leaves both: the next sign-in tries the current password and, when the service refuses it, the pending one.
create table suomifi_credential (
  username text primary key,
  current_password text not null check (current_password <> ''),
  -- The password asked for and not yet confirmed by the service, and since when.
  pending_password text check (pending_password <> ''),
  pending_since timestamptz,
  -- When the current password was set (the first start, or the last confirmed change): the next rotation is due
  -- SUOMIFI_PASSWORD_ROTATION_DAYS after it.
  changed_at timestamptz not null,
  check ((pending_password is null) = (pending_since is null))
);
