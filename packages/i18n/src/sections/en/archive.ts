// English texts of the archive section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { archive as source } from '../fi/archive.ts';

export const archive: DeepStringShape<typeof source> = {
  pageTitle: 'Archive',
  title: 'Archive: documents due for destruction',
  intro:
    'Once a month a list is proposed of the cases to destroy: closed cases whose every document has reached the end of its retention period. Review the list and approve it. Approved cases are destroyed completely, and a destruction record is kept.',
  forbiddenTitle: 'No access',
  forbidden: 'The archive is for archivists only.',
  loading: 'Loading…',
  loadFailed: 'The information could not be loaded. Please try again in a moment.',
  proposedHeading: 'Proposed for destruction',
  noProposal: 'There is no destruction list waiting for approval.',
  proposedOn: 'List for {period}, proposed on {date}. Cases: {count}.',
  table: {
    caption: 'Cases on the list',
    reference: 'Case',
    recordTypes: 'Documents',
    closedOn: 'Closed',
    destroyAfter: 'Retention ended',
  },
  recordTypes: {
    application: 'application',
    attachment: 'attachment',
    message: 'message',
    decision: 'decision',
    letter: 'decision letter',
    payment_file: 'payment file',
  },
  count: '{type} ({count})',
  approve: 'Approve destruction',
  confirmTitle: 'Destroy these documents?',
  confirmBody:
    'The {count} cases on the list will be permanently destroyed with all their documents and files. This cannot be undone. A destruction record and an audit entry are kept.',
  confirm: 'Destroy',
  cancel: 'Cancel',
  approving: 'Destroying the documents…',
  approved: 'Destruction done. Cases destroyed: {count}.',
  failed: 'Nothing was destroyed. Please try again.',
  stale: 'The list has changed since you opened it. Please review it again.',
  recordsHeading: 'Destruction records',
  noRecords: 'No documents have been destroyed yet.',
  records: {
    caption: 'Destroyed cases',
    reference: 'Case',
    recordTypes: 'Documents',
    basis: 'Basis of retention',
    approvedBy: 'Approved by',
    destroyedAt: 'Destroyed',
  },
};
