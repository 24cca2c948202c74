// English texts of the staffUsers section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffUsers as source } from '../fi/staffUsers.ts';

export const staffUsers: DeepStringShape<typeof source> = {
  pageTitle: 'Users',
  title: 'Users',
  intro: 'Add the staff who use Tuki, give them their roles, and deactivate those who no longer need access.',
  forbiddenTitle: 'No access',
  forbidden: 'Managing users is for admins only. If you need this page, contact an admin.',
  listHeading: 'All users',
  loadFailed: 'The users could not be loaded. Try again in a moment.',
  columns: {
    name: 'Name',
    username: 'Username',
    roles: 'Roles',
    status: 'Status',
    actions: 'Actions',
  },
  statusActive: 'Active',
  statusInactive: 'Deactivated',
  noRoles: 'No roles',
  edit: 'Edit',
  editUser: 'Edit: {name}',
  addHeading: 'Add a user',
  editHeading: 'Edit user {name}',
  fields: {
    username: 'Username',
    usernameHelp:
      'The same username as in the organisation’s directory: lower-case letters a–z, digits and . _ @ -',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail (optional)',
    roles: 'Roles',
    rolesHelp: 'A user without roles can sign in but cannot do anything.',
    active: 'The user is active',
    activeHelp: 'Deactivating a user ends their sessions at once, and they cannot sign in.',
    activeSelf: 'You cannot deactivate yourself.',
  },
  add: 'Add user',
  save: 'Save changes',
  cancel: 'Cancel',
  added: 'User {name} was added.',
  pendingRoles: 'Waiting for approval: {roles}',
  saved: 'The changes to {name} were saved.',
  staleTitle: 'The user had been changed',
  errorSummary: 'Check these',
  errors: {
    usernameRequired: 'Enter a username.',
    usernameInvalid:
      'A username may only contain lower-case letters a–z, digits and . _ @ - (at most 100 characters).',
    usernameTaken: 'This username is already in use. Choose another one.',
    firstNameRequired: 'Enter the first name.',
    lastNameRequired: 'Enter the last name.',
    emailInvalid: 'Enter the e-mail address in the form name@example.com.',
    rolesInvalid: 'Check the roles.',
    lastAdmin: 'This is the last active admin. First give the admin role to another active user.',
    cannotGrantSelf: 'You cannot give yourself new roles. Ask another admin to do it.',
    cannotDeactivateSelf: 'You cannot deactivate yourself. Ask another admin to do it.',
    stale:
      'Someone else changed this user in the meantime. The newest version was loaded: check it and make your change again.',
    notFound: 'This user no longer exists.',
    failed: 'Saving did not succeed. Try again.',
  },
};
