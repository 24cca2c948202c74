// English texts of the `staff` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staff as source } from '../fi/staff.ts';

export const staff: DeepStringShape<typeof source> = {
  nav: {
    label: 'Staff menu',
    workQueue: 'Work queue',
    print: 'Mailing',
    users: 'Users',
    apiClients: 'API clients',
    parameters: 'Calculation parameters',
    statistics: 'Statistics',
  },
  landing: {
    pageTitle: 'Front page',
    title: 'Welcome, {name}',
    rolesHeading: 'Your roles',
    noRoles: 'You have not been given any roles yet. Please contact an administrator.',
    comingLater:
      'The work queue and the handling of applications will come to this view later. For now you can check that signing in and your access rights work.',
  },
  signInRequired: {
    pageTitle: 'Sign-in required',
    title: 'Please sign in as staff',
    body: 'This service is for the city’s staff who handle social assistance cases.',
    signIn: 'Sign in as staff',
    signedInAsCitizen:
      'You are now signed in as a client. Sign out first, then sign in again with your staff credentials.',
  },
};
