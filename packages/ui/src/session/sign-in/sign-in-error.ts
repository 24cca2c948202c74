// Why the server refused a sign-in: its OpenID Connect callback comes back to the sign-in page with ?error=<reason>.

import type { TranslationKey } from '@tuki/i18n';

const messages = {
  insufficient_loa: 'signIn.errors.insufficientLoa',
  no_identity_code: 'signIn.errors.noIdentityCode',
  state_mismatch: 'signIn.errors.interrupted',
  no_login: 'signIn.errors.interrupted',
  token_error: 'signIn.errors.interrupted',
  provider_error: 'signIn.errors.cancelled',
  not_configured: 'signIn.errors.notConfigured',
  no_username: 'signIn.errors.noUsername',
  inactive: 'signIn.errors.inactive',
} as const satisfies Record<string, TranslationKey>;

function isKnownReason(reason: string): reason is keyof typeof messages {
  return Object.hasOwn(messages, reason);
}

/** The text that explains a refused sign-in; a reason this app does not know gets a general one. */
export function signInErrorMessage(
  reason: string,
): (typeof messages)[keyof typeof messages] | 'signIn.errors.unknown' {
  return isKnownReason(reason) ? messages[reason] : 'signIn.errors.unknown';
}
