// The work queue as a real table: a caption, column headers, one row per application; the reference number is
// the link to the case (so Tab moves from case to case).

import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { IconCopy, IconSize } from 'hds-react';
import { Link } from 'react-router';
import { StaffTable } from '../common/StaffTable.tsx';
import { ApplicationStatusLabel, DueDate } from '../common/status.tsx';
import { AttentionFlags } from './AttentionFlags.tsx';
import type { QueueItem } from './api.ts';
import { UnreadMessagesCell } from './UnreadMessagesCell.tsx';

export function QueueTable({ items }: { items: readonly QueueItem[] }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <StaffTable
      testId="work-queue-table"
      texts="workQueue.table"
      columns={[
        'referenceNumber',
        'applicant',
        'kind',
        'status',
        'submittedAt',
        'dueDate',
        'urgency',
        'assignee',
        'unreadMessages',
        'duplicate',
      ]}
      sortedBy={{ column: 'dueDate', order: 'ascending' }}
      rows={items}
    >
      {(item) => (
        <tr key={item.id} data-testid="queue-row" data-due-state={item.dueState}>
          <th scope="row">
            <Link to={`/applications/${item.id}`} className="staff-case-link">
              {item.referenceNumber ?? t('workQueue.table.noReference')}
            </Link>
          </th>
          <td>
            {item.applicant.lastName} {item.applicant.firstName}
          </td>
          <td>{t(`application.kind.${item.kind}`)}</td>
          <td>
            <ApplicationStatusLabel status={item.status} />
            <AttentionFlags attention={item.attention} rejectionCode={item.paymentRejectionCode} />
          </td>
          <td>
            <time dateTime={item.submittedAt}>
              {t('common.dateTime', helsinkiDateAndTime(item.submittedAt, language))}
            </time>
          </td>
          <td>
            <DueDate dueDate={item.dueDate} dueState={item.dueState} />
          </td>
          <td>
            {item.urgent ? (
              <strong className="staff-urgent">{t('workQueue.table.urgent')}</strong>
            ) : (
              t('workQueue.table.notUrgent')
            )}
          </td>
          <td>
            {item.assignee ? (
              `${item.assignee.firstName} ${item.assignee.lastName}`
            ) : (
              <span className="staff-muted">{t('workQueue.table.unassigned')}</span>
            )}
          </td>
          <td>
            <UnreadMessagesCell count={item.unreadMessageCount} />
          </td>
          <td>
            {item.possibleDuplicate ? (
              <span className="staff-duplicate-flag" data-testid="duplicate-flag">
                <IconCopy aria-hidden size={IconSize.ExtraSmall} />
                {t('workQueue.table.possibleDuplicate')}
              </span>
            ) : null}
          </td>
        </tr>
      )}
    </StaffTable>
  );
}
