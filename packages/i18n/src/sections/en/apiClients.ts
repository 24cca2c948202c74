// English texts of the apiClients section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { apiClients as source } from '../fi/apiClients.ts';

export const apiClients: DeepStringShape<typeof source> = {
  pageTitle: 'API clients',
  title: 'API clients',
  intro:
    'Other systems use Tuki through its API as API clients. Register a client, give it only the scopes it needs, and deactivate it when it is no longer needed. Every read of personal data by a client is logged.',
  forbiddenTitle: 'No access',
  forbidden: 'Managing API clients is for admins only.',
  listHeading: 'Registered clients',
  loadFailed: 'The data could not be loaded. Try again in a moment.',
  empty: 'No API clients have been registered yet.',
  columns: {
    name: 'Name',
    clientId: 'Client id (client_id)',
    contact: 'Contact',
    scopes: 'Scopes',
    status: 'Status',
    actions: 'Actions',
  },
  statusActive: 'Active',
  statusInactive: 'Deactivated',
  statusPending: 'Waiting for approval',
  statusRejected: 'Rejected',
  noScopes: 'No scopes',
  edit: 'Edit',
  editClient: 'Edit: {name}',
  addHeading: 'Register a new client',
  add: 'Register client',
  editHeading: 'Edit client {name}',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Client {name} saved.',
  added: 'Client {name} registered.',
  addedPending: 'Client {name} registered. It gets tokens once another admin has approved it (Approvals).',
  fields: {
    name: 'Name',
    nameHelp: 'The system’s name, for example E-services account or Archive',
    contact: 'Contact',
    contactHelp: 'Who is responsible for the client: an e-mail address, or a name and a phone number',
    scopes: 'Scopes',
    scopesHelp: 'Give only the scopes the system needs.',
    active: 'The client is active',
    activeHelp: 'A deactivated client gets no tokens, and its current tokens stop working at once.',
  },
  scopes: {
    applicationsRead: 'Read applications (applications:read)',
    decisionsRead: 'Read decisions (decisions:read)',
    eventsManage: 'Manage event subscriptions (events:manage)',
    statisticsRead: 'Read statistics (statistics:read)',
    auditRead: 'Read the audit trail (audit:read)',
    gdprRead: 'Fetch a person’s data for a data protection request (gdpr:read)',
    gdprDelete: 'Delete a person’s data on a data protection request (gdpr:delete)',
  },
  secret: {
    heading: 'The secret of client {name}',
    warning:
      'Copy the secret and give it to the system’s operators over a safe channel. It is shown only this once: Tuki does not store it, and it cannot be shown again.',
    clientId: 'Client id (client_id)',
    value: 'Secret (client_secret)',
    copy: 'Copy the secret',
    copied: 'The secret was copied to the clipboard.',
    copyFailed: 'Copying failed. Select the secret and copy it yourself.',
    done: 'I have stored the secret',
  },
  rotateSecret: {
    button: 'Create a new secret',
    confirmTitle: 'Create a new secret?',
    confirm:
      'The old secret stops working at once. Tokens already issued work until they expire. The system needs the new secret to get new tokens.',
    confirmButton: 'Create a new secret',
    done: 'A new secret was created for client {name}.',
  },
  keys: {
    heading: 'Token signing keys',
    intro:
      'The newest key signs new tokens. After a rotation the old key still accepts the tokens it signed until they expire (5 minutes).',
    columns: { kid: 'Key id (kid)', algorithm: 'Algorithm', createdAt: 'Created', status: 'Status' },
    current: 'Signs new tokens',
    retired: 'Retired {date}',
    rotate: 'Rotate the signing key',
    rotated: 'The new signing key {kid} is in use.',
    none: 'No key has been created yet: one is created when the first token is issued.',
  },
  errors: {
    summary: 'Correct these:',
    nameRequired: 'Give the client’s name.',
    contactRequired: 'Give a contact.',
    failed: 'Saving failed. Try again.',
    stale:
      'Someone else changed the client meanwhile. The form now has the newest data; make your changes again.',
    staleTitle: 'The data has changed',
    notFound: 'The client was not found.',
  },
};
