// The audit events as a table, newest first: when (d.m.yyyy klo hh.mm in Finland), who (the staff member's username,
// an API client, the system or the client themself), what (a label for every action the server writes; an unknown
// one as its code), the object (its type; an application as a link to the case for those who may open it) and the
// outcome.

import type { Translator } from '@tuki/i18n';
import { isTranslationKey } from '@tuki/i18n/web';
import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { Link } from 'react-router';
import { StaffTable } from '../common/StaffTable.tsx';
import type { AuditEvent } from './audit-search.ts';

function actorText(event: AuditEvent, t: Translator): string {
  const { actor } = event;
  switch (actor.type) {
    case 'staff':
      return actor.username ?? t('auditTrail.actors.staff');
    case 'api_client':
      return actor.id
        ? `${t('auditTrail.actors.apiClient')} (${actor.id})`
        : t('auditTrail.actors.apiClient');
    case 'system':
      return t('auditTrail.actors.system');
    case 'person':
      return actor.id !== null && actor.id === event.subjectPersonId
        ? t('auditTrail.actors.person')
        : t('auditTrail.actors.otherPerson');
    default:
      return t('auditTrail.actors.anonymous');
  }
}

/** A label of the audit trail's texts (none has placeholders), or the code itself when there is none. */
function labelOr(key: string, code: string, t: Translator): string {
  return isTranslationKey(key) ? (t as (key: string) => string)(key) : code;
}

const actionText = (action: string, t: Translator) => labelOr(`auditTrail.actions.${action}`, action, t);
const objectTypeText = (type: string, t: Translator) => labelOr(`auditTrail.objects.${type}`, type, t);

function ObjectCell({ event, mayOpenCases }: { event: AuditEvent; mayOpenCases: boolean }) {
  const t = useT();
  if (event.objectType === null) return <>–</>;
  const type = objectTypeText(event.objectType, t);
  if (event.objectType === 'application' && event.objectId !== null && mayOpenCases) {
    return (
      <>
        {type}{' '}
        <Link to={`/applications/${event.objectId}`} className="audit-object-link">
          {t('auditTrail.results.openApplication')}
          <span className="audit-object-id"> {event.objectId}</span>
        </Link>
      </>
    );
  }
  return (
    <>
      {type}
      {event.objectId !== null ? <span className="audit-object-id"> {event.objectId}</span> : null}
    </>
  );
}

export function AuditEventTable({
  events,
  mayOpenCases,
}: {
  events: readonly AuditEvent[];
  mayOpenCases: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <StaffTable
      testId="audit-table"
      className="audit-table"
      texts="auditTrail.results"
      columns={['time', 'actor', 'action', 'object', 'outcome']}
      sortedBy={{ column: 'time', order: 'descending' }}
      rows={events}
    >
      {(event) => (
        <tr key={event.id} data-testid="audit-row" data-action={event.action} data-outcome={event.outcome}>
          <th scope="row" className="audit-time">
            <time dateTime={event.occurredAt}>
              {t('common.dateTime', helsinkiDateAndTime(event.occurredAt, language))}
            </time>
          </th>
          <td>{actorText(event, t)}</td>
          <td>{actionText(event.action, t)}</td>
          <td>
            <ObjectCell event={event} mayOpenCases={mayOpenCases} />
          </td>
          <td>
            {event.outcome === 'success' ? (
              t(`auditTrail.outcomes.${event.outcome}`)
            ) : (
              <strong className="audit-outcome-problem">{t(`auditTrail.outcomes.${event.outcome}`)}</strong>
            )}
          </td>
        </tr>
      )}
    </StaffTable>
  );
}
