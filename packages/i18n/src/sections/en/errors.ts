// English texts of the `errors` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { errors as source } from '../fi/errors.ts';

export const errors: DeepStringShape<typeof source> = {
  networkTitle: 'Connection error',
  network: 'Could not connect to the service. Check your network connection and try again.',
  sessionExpiredTitle: 'Session expired',
  sessionExpired: 'Your session has expired. Please sign in again.',
  invalidPersonalIdentityCode: 'The personal identity code is not valid. Please check it.',
  forbiddenTitle: 'Not allowed',
  forbidden: 'You are not allowed to do this.',
  notFoundTitle: 'Page not found',
  notFound: 'The page you are looking for was not found. Check the address or go back to the front page.',
  unknownUser: 'User not found.',
  unexpectedTitle: 'Error',
  unexpected: 'An unexpected error occurred. Please try again later.',
  unavailable: 'The service is not available right now. Please try again in a moment.',
  retry: 'Try again',
};
