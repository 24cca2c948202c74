// The text to show for a failed development sign-in with a personal identity code.

import { isApiProblem } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n';
import { isDevLoginInputError } from '@tuki/ui';

export function devLoginErrorMessage(error: unknown, t: Translator): string | undefined {
  if (!isDevLoginInputError(error)) return undefined;
  if (isApiProblem(error, 400)) return t('errors.invalidPersonalIdentityCode');
  if (isApiProblem(error, 404)) return t('devLogin.notAvailableTitle');
  // Too many sign-ins from this address: the server's text, in the page's language, says how long to wait.
  if (isApiProblem(error, 429)) return error.detail ?? t('errors.unexpected');
  return t('errors.unexpected');
}
