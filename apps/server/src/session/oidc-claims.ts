// The sign-in of a person or a staff user from the claims an identity provider returned: citizens only with
// strong identification and a valid personal identity code; staff users from the organisation's directory (their
// roles too when the server takes them from it). A claim that does not qualify is a LoginRefused.
import {
  isStaffRole,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
  type StaffRole,
} from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { SessionRow } from '../db/schema.ts';
import { upsertStaffUserFromDirectory } from '../staff-users/index.ts';
import { LoginRefused } from './oidc.ts';
import { signInCitizen, signInStaff } from './sign-in.ts';

/** Levels of assurance that count as strong identification (eIDAS substantial or high). */
const STRONG_LOA = new Set([
  'substantial',
  'high',
  'http://eidas.europa.eu/loa/substantial',
  'http://eidas.europa.eu/loa/high',
]);

const claimString = (claims: Record<string, unknown>, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** Where and when one signs in: the request's audit context, and the browser's live session if it had one (it is
 * ended). */
export interface SignInContext {
  db: Db;
  config: Config;
  audit: AuditContext;
  replacing: SessionRow | undefined;
  now: Date;
}

/** Signs the citizen of the claims in; the new session's token. */
export async function citizenFromClaims(
  claims: Record<string, unknown>,
  context: SignInContext,
): Promise<string> {
  const { db, config, now } = context;
  const settings = config.oidc.citizen;
  if (!settings) throw new LoginRefused('not_configured', 'citizen sign-in is not configured');
  const loa = claimString(claims, settings.loaClaim)?.toLowerCase();
  if (!loa || !STRONG_LOA.has(loa)) {
    throw new LoginRefused(
      'insufficient_loa',
      `level of assurance ${loa ?? '(none)'} is not strong identification`,
    );
  }
  const code = claimString(claims, settings.personalIdentityCodeClaim);
  const parsed = code ? parsePersonalIdentityCode(normalizePersonalIdentityCode(code)) : undefined;
  if (!parsed?.ok)
    throw new LoginRefused('no_identity_code', 'no valid personal identity code in the claims');
  const firstName = claimString(claims, 'given_name');
  const lastName = claimString(claims, 'family_name');
  const signedIn = await signInCitizen(
    db,
    {
      personalIdentityCode: parsed.value.code,
      ...(firstName ? { firstName } : {}),
      ...(lastName ? { lastName } : {}),
      method: 'oidc',
      loa,
    },
    config.session,
    context.audit,
    now,
    context.replacing,
  );
  return signedIn.token;
}

/** Signs the staff user of the directory's claims in; the new session's token. */
export async function staffFromClaims(
  claims: Record<string, unknown>,
  context: SignInContext,
): Promise<string> {
  const { db, config, now } = context;
  const settings = config.oidc.staff;
  if (!settings) throw new LoginRefused('not_configured', 'staff sign-in is not configured');
  const username = claimString(claims, settings.usernameClaim)?.toLowerCase();
  const subject = claimString(claims, 'sub');
  if (!username || !subject) throw new LoginRefused('no_username', 'the directory gave no username');
  let roles: StaffRole[] | undefined;
  if (settings.rolesClaim) {
    const value = claims[settings.rolesClaim];
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[ ,]+/) : [];
    roles = list.filter(isStaffRole);
  }
  const staffUser = await upsertStaffUserFromDirectory(
    db,
    {
      externalId: `${settings.issuer}#${subject}`,
      username,
      firstName: claimString(claims, 'given_name') ?? '',
      lastName: claimString(claims, 'family_name') ?? '',
      email: claimString(claims, 'email') ?? null,
      roles,
    },
    now,
  );
  if (!staffUser.active) throw new LoginRefused('inactive', 'the staff user is not active');
  const signedIn = await signInStaff(
    db,
    staffUser,
    'oidc',
    config.session,
    context.audit,
    now,
    context.replacing,
  );
  return signedIn.token;
}
