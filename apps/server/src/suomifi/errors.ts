// What a call to Suomi.fi Messages can end in besides success. Each is a domain error of the kind it is (so that it
// means the same if it reaches a route) and says whether trying again later may help. The texts never carry a
// recipient's personal identity code: what the service answered is masked before it becomes part of a message.
import { maskPersonalIdentityCodes } from '@tuki/domain';
import { Failed, Unavailable, Unprocessable } from '../shared/errors.ts';

/** The service refused Tuki's username and every password known for it, or a fresh token: not retried. */
export class SuomifiAuthRefused extends Failed {
  readonly retryable = false;
}

/** No answer in time, a network failure, 429 or a 5xx: trying again later may work. */
export class SuomifiUnavailable extends Unavailable {
  readonly retryable = true;
}

/**
 * The service refused the request itself (400, 404, 422 …), or it was refused before it went because it does not fit
 * the service's description (`status` undefined): the same request would be refused again.
 */
export class SuomifiRequestRefused extends Unprocessable {
  readonly retryable = false;
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined) {
    super(message);
    this.status = status;
  }
}

/** The answer was not what the service's description promises. */
export class SuomifiBadResponse extends Failed {
  readonly retryable = false;
}

export type SuomifiError =
  | SuomifiAuthRefused
  | SuomifiUnavailable
  | SuomifiRequestRefused
  | SuomifiBadResponse;

const EXCERPT_CHARACTERS = 300;

/** The error for a non-2xx answer; the start of the service's text is kept, personal identity codes masked. */
export async function errorOfResponse(what: string, response: Response): Promise<SuomifiError> {
  const text = await response.text().catch(() => '');
  const excerpt = maskPersonalIdentityCodes(text.slice(0, EXCERPT_CHARACTERS));
  const message = `${what}: ${response.status}${excerpt ? ` ${excerpt}` : ''}`;
  if (response.status === 429 || response.status >= 500) return new SuomifiUnavailable(message);
  if (response.status === 401 || response.status === 403) return new SuomifiAuthRefused(message);
  return new SuomifiRequestRefused(message, response.status);
}
