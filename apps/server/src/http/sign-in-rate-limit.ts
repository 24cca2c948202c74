// One rate limit for every way of signing in: the development sign-in, the start and the return of an OpenID
// Connect sign-in, and the API clients' token endpoint. Per address, in the memory of the process (a guess-rate
// brake, not an account lock-out); above it 429 problem+json with Retry-After, in the caller's language.
import rateLimit from '@fastify/rate-limit';
import { translate } from '@tuki/i18n';
import type { FastifyInstance } from 'fastify';
import { userLanguage } from './language.ts';
import { HttpProblem } from './problem.ts';

/** Sign-in requests a minute from one address, per endpoint. */
export const SIGN_IN_RATE_LIMIT = { max: 120, timeWindow: 60_000 } as const;

/** Registers the limiter in a route scope of its own; routes opt in with `config.rateLimit: SIGN_IN_RATE_LIMIT`. */
export async function registerSignInRateLimit(scope: FastifyInstance): Promise<void> {
  await scope.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request, limit) => {
      const seconds = Math.max(1, Math.ceil(limit.ttl / 1000));
      const language = userLanguage(request.headers['accept-language'], 'fi');
      return new HttpProblem(429, translate(language, 'signIn.errors.rateLimited', { seconds }), {
        type: 'rate-limited',
      });
    },
  });
}
