// English texts of the `devLogin` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { devLogin as source } from '../fi/devLogin.ts';

export const devLogin: DeepStringShape<typeof source> = {
  pageTitle: 'Development sign-in',
  title: 'Development sign-in',
  intro:
    'This is the sign-in page of the development environment. It replaces the strong electronic identification that the service uses in production. Do not use real personal data.',
  citizenInstructions: 'Choose a demo person or type any valid personal identity code.',
  demoCitizensHeading: 'Demo persons',
  noDemoCitizens: 'There are no demo persons.',
  household: {
    single: 'Lives alone',
    couple_with_children: 'Couple with children',
    single_parent: 'Single parent',
    young_adult_with_parents: 'Young adult living with parents',
  },
  personalIdentityCodeHeading: 'Sign in with a personal identity code',
  personalIdentityCodeLabel: 'Personal identity code',
  personalIdentityCodeHelp:
    'If there is no person with this personal identity code yet, one is created. Example: 131052-308T',
  submit: 'Sign in with this code',
  staffInstructions: 'Choose a test user. Each user has one role.',
  staffUsersHeading: 'Test users by role',
  noStaffUsers: 'There are no test users.',
  errorSummaryHeading: 'Signing in failed',
  personalIdentityCodeRequired: 'Enter a personal identity code.',
  notAvailableTitle: 'Development sign-in is not in use',
  notAvailable: 'In this environment you sign in with strong identification.',
};
