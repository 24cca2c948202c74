// English texts of the `staff` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staff as source } from '../fi/staff.ts';

export const staff: DeepStringShape<typeof source> = {
  nav: {
    label: 'Staff menu',
    workQueue: 'Work queue',
    print: 'Mailing',
    payments: 'Payments',
    users: 'Users',
    apiClients: 'API clients',
    parameters: 'Calculation parameters',
    statistics: 'Statistics',
    auditTrail: 'Audit trail',
    approvals: 'Approvals',
    archive: 'Archive',
    approvalsWaiting: '{count} waiting for approval',
  },
  landing: {
    pageTitle: 'Front page',
    title: 'Welcome, {name}',
    rolesHeading: 'Your roles',
    noRoles: 'You have not been given any roles yet. Please contact an administrator.',
    tasksHeading: 'What you can do',
    adminIntro: 'As an administrator you can manage these:',
    adminUsers: 'staff usernames and roles',
    adminApiClients: 'the systems that use Tuki’s API',
    adminApprovals: 'access to personal data waiting for a second admin’s approval',
    adminParameters:
      'the calculation parameters of social assistance, such as basic amounts and housing norms',
    auditorIntro: 'As an auditor you can find out who has looked at or changed a client’s data:',
    auditorAuditTrail: 'search by the client’s personal identity code or by a staff member’s username',
    noTasks:
      'Your roles do not give access to the staff pages. If you need access for your work, please contact an administrator.',
  },
  noAccess: {
    title: 'No access',
    body: 'You do not have access to this page. If you need it for your work, please contact an administrator.',
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
