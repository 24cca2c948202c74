// English texts of the workQueue section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { workQueue as source } from '../fi/workQueue.ts';

export const workQueue: DeepStringShape<typeof source> = {
  pageTitle: 'Work queue',
  title: 'Work queue',
  intro: 'Sent applications by due date, the earliest due date first.',
  filters: {
    heading: 'Filter applications',
    status: 'Status',
    statusHint: 'With none chosen, the open applications are shown; a search looks through all.',
    assignee: 'Assignee',
    assigneeMe: 'Assigned to me ({count})',
    assigneeUnassigned: 'Unassigned ({count})',
    assigneeAnyone: 'Anyone ({count})',
    other: 'Other filters',
    overdue: 'Overdue ({count})',
    urgent: 'Urgent ({count})',
    duplicates: 'Possible duplicates ({count})',
    clear: 'Clear filters',
  },
  search: {
    label: 'Search for an application',
    help: 'Reference number, name or personal identity code (also of a spouse the applicant has named). A search by identity code is logged.',
    submit: 'Search',
    active: 'Search: {query}',
    clear: 'Clear search',
  },
  table: {
    caption: 'Applications by due date',
    referenceNumber: 'Reference number',
    applicant: 'Applicant',
    kind: 'Application',
    status: 'Status',
    submittedAt: 'Arrived',
    dueDate: 'Due date',
    urgency: 'Urgency',
    assignee: 'Assignee',
    unreadMessages: 'Unread messages',
    duplicate: 'Duplicate',
    possibleDuplicate: 'Possible duplicate application',
    urgent: 'Urgent',
    notUrgent: 'Normal',
    unassigned: 'Unassigned',
    noReference: 'No number',
    unreadCount: '{count} unread',
  },
  due: {
    overdue: 'Overdue',
    dueToday: 'Due today',
  },
  results: {
    shown: 'Applications shown: {shown}.',
    more: 'More applications are available.',
    none: 'No applications match the filters.',
    showMore: 'Show more',
    loading: 'Loading applications…',
    failed: 'The applications could not be loaded. Try again.',
  },
};
