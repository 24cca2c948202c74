// What an API client may be allowed to do: the one list of scopes. The server checks tokens against it, the staff
// app offers it when an admin registers a client, and the database's check on api_client.scopes holds the same
// values (apps/server/test/db-types.test.ts compares them).

export const apiScopes = [
  'applications:read',
  'decisions:read',
  'events:manage',
  'statistics:read',
  'audit:read',
  'gdpr:read',
  'gdpr:delete',
  'payments:read',
  'payments:write',
] as const;
export type ApiScope = (typeof apiScopes)[number];

export const isApiScope = (value: string): value is ApiScope =>
  (apiScopes as readonly string[]).includes(value);
