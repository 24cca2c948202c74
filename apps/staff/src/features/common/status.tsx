// An application's status as an HDS status label (colour and text), and its due date with the overdue and
// due-today markers (colour, icon and text, so that colour is never the only sign).

import type { Translator } from '@tuki/i18n';
import { formatDate, useT } from '@tuki/ui';
import { knownStatus, statusLabelType } from '@tuki/ui/status';
import { IconAlertCircle, IconClock, IconSize, StatusLabel } from 'hds-react';

import { applicationStatuses, type SentStatus } from './statuses.ts';

export { applicationStatuses, type SentStatus };

export function statusText(t: Translator, status: string): string {
  return t(`application.status.${knownStatus(status)}`);
}

export function ApplicationStatusLabel({ status, testId }: { status: string; testId?: string }) {
  const t = useT();
  return (
    <StatusLabel type={statusLabelType[knownStatus(status)]} data-testid={testId}>
      {statusText(t, status)}
    </StatusLabel>
  );
}

export type DueState = 'overdue' | 'due_today' | 'upcoming';

export function DueDate({ dueDate, dueState }: { dueDate: string; dueState: DueState }) {
  const t = useT();
  if (dueState === 'upcoming') return <span className="staff-due">{formatDate(dueDate)}</span>;
  const overdue = dueState === 'overdue';
  return (
    <span className={`staff-due staff-due--${overdue ? 'overdue' : 'today'}`} data-due-state={dueState}>
      <span>{formatDate(dueDate)}</span>{' '}
      <span className="staff-due-marker">
        {overdue ? (
          <IconAlertCircle aria-hidden size={IconSize.ExtraSmall} />
        ) : (
          <IconClock aria-hidden size={IconSize.ExtraSmall} />
        )}
        {overdue ? t('workQueue.due.overdue') : t('workQueue.due.dueToday')}
      </span>
    </span>
  );
}
