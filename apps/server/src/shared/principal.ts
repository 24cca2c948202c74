// Who calls: a signed-in citizen or staff user (with their session), or an API client with its scopes. Set by the
// session plugin (http/plugins/session.ts) from the cookie or the bearer token; commands receive it as data.
import { type ApiScope, privilegedApiScopes } from '@tuki/domain';
import type { PersonRow, SessionRow, StaffUserRow } from '../db/schema.ts';

export { type ApiScope, apiScopes } from '@tuki/domain';

/**
 * The scopes that read or change personal data (`privilegedApiScopes` of packages/domain): a client holding one works only after a second admin has approved it.
 */
export const personalDataScopes: readonly ApiScope[] = privilegedApiScopes;

/** A registered API client acting with a bearer token. */
export interface ApiClientPrincipal {
  id: string;
  name: string;
  scopes: readonly ApiScope[];
  /** A client with personal-data scopes: the admins who made it and approved it (written to its audit rows). */
  grantedBy?: ClientGrantors;
}

/** Staff user ids of the admins behind an approved client. */
export interface ClientGrantors {
  createdBy: string | null;
  /** The admin whose change asked for the approval (creation, a scope added, a new secret). */
  requestedBy: string | null;
  approvedBy: string | null;
}

export type Principal =
  | { kind: 'citizen'; session: SessionRow; person: PersonRow }
  | { kind: 'staff'; session: SessionRow; staffUser: StaffUserRow }
  | { kind: 'client'; client: ApiClientPrincipal };
