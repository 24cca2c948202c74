// English texts of the approvals section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { approvals as source } from '../fi/approvals.ts';

export const approvals: DeepStringShape<typeof source> = {
  pageTitle: 'Approvals',
  title: 'Pending approvals',
  intro:
    'Access that reads or changes personal data takes effect only when a second admin approves it: API clients with scopes for personal data, and the handler, social worker, supervisor, auditor, payment approver and archivist roles. Whoever asked cannot approve their own request.',
  forbiddenTitle: 'No access',
  forbidden: 'Approvals are for admins only.',
  listHeading: 'Waiting for approval',
  loadFailed: 'The data could not be loaded. Try again in a moment.',
  empty: 'Nothing is waiting for approval.',
  columns: {
    what: 'What',
    rights: 'Access',
    requestedBy: 'Asked by',
    requestedAt: 'Asked',
    actions: 'Actions',
  },
  apiClient: 'API client {name}',
  roleGrant: 'Roles for user {name}',
  system: 'The system (upgrade)',
  approve: 'Approve',
  approveItem: 'Approve: {name}',
  reject: 'Reject',
  rejectItem: 'Reject: {name}',
  cancel: 'Withdraw request',
  cancelItem: 'Withdraw request: {name}',
  ownRequest: 'Your own request: another admin must approve it.',
  forYou: 'The roles are for you: another admin must approve them.',
  approved: '{name} approved.',
  rejected: '{name} rejected.',
  cancelled: 'Request {name} withdrawn.',
  failed: 'That did not work: {detail}',
};
