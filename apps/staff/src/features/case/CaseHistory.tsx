// The status history with who made each change and when, and who has opened the case (from the audit trail).

import type { Translator } from '@tuki/i18n';
import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { statusText } from '../common/status.tsx';
import type { StaffApplication } from './api.ts';
import { CasePanel } from './CasePanel.tsx';

type Entry = StaffApplication['statusHistory'][number];

function actorText(t: Translator, actor: Entry['actor']): string {
  if (actor.staff) return `${actor.staff.firstName} ${actor.staff.lastName}`;
  switch (actor.type) {
    case 'person':
      return t('caseWork.history.actorPerson');
    case 'api_client':
      return t('caseWork.history.actorApiClient');
    case 'staff':
      return t('caseWork.history.actorStaff');
    default:
      return t('caseWork.history.actorSystem');
  }
}

export function StatusHistory({ history }: { history: StaffApplication['statusHistory'] }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <CasePanel name="history" heading={t('caseWork.history.heading')}>
      <ol className="staff-history" data-testid="status-history">
        {history.map((entry) => (
          <li key={`${entry.status}-${entry.changedAt}`}>
            <span className="staff-history-status">{statusText(t, entry.status)}</span>{' '}
            <time dateTime={entry.changedAt}>
              {t('common.dateTime', helsinkiDateAndTime(entry.changedAt, language))}
            </time>
            {', '}
            <span>{actorText(t, entry.actor)}</span>
          </li>
        ))}
      </ol>
    </CasePanel>
  );
}

export function OpenedBy({ openedBy }: { openedBy: StaffApplication['openedBy'] }) {
  const t = useT();
  const { language } = useLanguage();
  const when = (instant: string) => t('common.dateTime', helsinkiDateAndTime(instant, language));
  return (
    <CasePanel name="opened-by" heading={t('caseWork.openedBy.heading')}>
      {openedBy.length === 0 ? (
        <p>{t('caseWork.openedBy.none')}</p>
      ) : (
        <ul className="staff-plain-list" data-testid="opened-by">
          {openedBy.map((entry) => (
            <li key={entry.id}>
              <strong>
                {entry.firstName} {entry.lastName}
              </strong>
              {': '}
              {t('caseWork.openedBy.entry', {
                first: when(entry.firstOpenedAt),
                last: when(entry.lastOpenedAt),
              })}
            </li>
          ))}
        </ul>
      )}
    </CasePanel>
  );
}
