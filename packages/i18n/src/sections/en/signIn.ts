// English texts of the `signIn` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { signIn as source } from '../fi/signIn.ts';

export const signIn: DeepStringShape<typeof source> = {
  pageTitle: 'Sign in',
  citizen: {
    title: 'Sign in to the service',
    intro:
      'Sign in with strong identification. You can identify yourself with online banking codes, a mobile certificate or an identity card.',
  },
  staff: {
    title: 'Sign in as staff',
    intro: 'Sign in with your work account.',
  },
  errorTitle: 'Signing in failed',
  errors: {
    insufficientLoa:
      'This service needs strong identification. Sign in again with online banking codes, a mobile certificate or an identity card.',
    noIdentityCode:
      'We did not get your personal identity code from the identification service, so we could not identify you. Please try again. If the problem continues, try another identification method.',
    interrupted: 'The sign-in was interrupted or expired. Please try again.',
    cancelled: 'The sign-in was cancelled or failed at the identification service. Please try again.',
    noUsername:
      'We did not get your username from the sign-in service. Please try again. If the problem continues, contact an administrator.',
    inactive:
      'Your user account has been disabled in this service. If you need access to the service, contact an administrator.',
    notConfigured: 'Signing in is not available right now. Please try again later.',
    rateLimited: 'Too many sign-in attempts in a short time. Try again in {seconds} seconds.',
    unknown: 'Something went wrong while signing in. Please try again in a moment.',
  },
};
