// Who handles the case, and the controls to take it, give it to a colleague or release it. Every change sends
// the ETag of the version on screen (If-Match): when someone else changed the case in between (412), or the
// change is not allowed in its state (409), the user is told so and the case is reloaded. One change at a time:
// a double click sends one request (useSingleFlight), not a second one with the old ETag.

import type { SessionStaffUser } from '@tuki/api-client';
import { isApiProblem } from '@tuki/api-client';
import { Notice, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useId, useState } from 'react';
import { useSingleFlight } from '../common/single-flight.ts';
import { isSupervisor } from '../session/index.ts';
import { type StaffApplication, useAssign, useColleagues } from './api.ts';
import { byName, personName } from './people.ts';
import { isFinal } from './permissions.ts';

type Outcome = { kind: 'taken' | 'released' } | { kind: 'given'; name: string };

export function AssignmentPanel({
  application,
  etag,
  staffUser,
}: {
  application: StaffApplication;
  etag: string;
  staffUser: SessionStaffUser;
}) {
  const t = useT();
  const { language } = useLanguage();
  const mutation = useAssign(application.id);
  const assign = useSingleFlight(mutation);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const me = staffUser.id;
  const supervisor = isSupervisor(staffUser.roles);
  const assignee = application.assignee;
  const closed = isFinal(application.status);
  const mine = assignee?.id === me;
  const canTake = !closed && !mine && (assignee === null || supervisor);
  const canRelease = !closed && assignee !== null && (mine || supervisor);
  const canGive = !closed && (mine || supervisor);
  const colleagues = useColleagues(canGive);

  const change = (staffId: string | null, next: Outcome) => {
    if (assign.pending) return;
    setOutcome(undefined);
    assign.mutate({ staffId, etag }, { onSuccess: () => setOutcome(next) });
  };

  const name = personName;
  return (
    <section aria-labelledby="assignment-heading" className="staff-panel" data-testid="assignment">
      <h2 id="assignment-heading">{t('caseWork.assignment.heading')}</h2>
      <p data-testid="assignee">
        {assignee
          ? t('caseWork.assignment.current', {
              name: mine ? t('caseWork.assignment.you', { name: name(assignee) }) : name(assignee),
            })
          : t('caseWork.assignment.none')}
      </p>
      <AssignmentError error={mutation.error} />
      {outcome && !mutation.isError ? (
        <Notice type="success" label={t('caseWork.assignment.done')} testId="assignment-done">
          {outcome.kind === 'given'
            ? t('caseWork.assignment.given', { name: outcome.name })
            : t(`caseWork.assignment.${outcome.kind}`)}
        </Notice>
      ) : null}
      {closed ? <p>{t('caseWork.assignment.closed')}</p> : null}
      {!closed && assignee !== null && !mine && !supervisor ? (
        <p>{t('caseWork.assignment.onlySupervisor')}</p>
      ) : null}
      {canTake || canRelease ? (
        <div className="staff-actions">
          {canTake ? (
            <Button
              variant={ButtonVariant.Primary}
              disabled={assign.pending}
              onClick={() => change(me, { kind: 'taken' })}
            >
              {t('caseWork.assignment.take')}
            </Button>
          ) : null}
          {canRelease ? (
            <Button
              variant={ButtonVariant.Secondary}
              disabled={assign.pending}
              onClick={() => change(null, { kind: 'released' })}
            >
              {t('caseWork.assignment.release')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {canGive ? (
        <GiveForm
          colleagues={byName(
            (colleagues.data ?? []).filter((c) => c.id !== assignee?.id),
            language,
          )}
          loading={colleagues.isPending}
          failed={colleagues.isError}
          disabled={assign.pending}
          onGive={(colleague) => change(colleague.id, { kind: 'given', name: name(colleague) })}
        />
      ) : null}
    </section>
  );
}

function AssignmentError({ error }: { error: Error | null }) {
  const t = useT();
  if (!error) return null;
  const [title, body] = isApiProblem(error, 412)
    ? [t('caseWork.assignment.staleTitle'), t('caseWork.assignment.stale')]
    : isApiProblem(error, 409)
      ? [t('caseWork.assignment.conflictTitle'), t('caseWork.assignment.conflict')]
      : isApiProblem(error, 403)
        ? [t('caseWork.assignment.forbiddenTitle'), t('caseWork.assignment.forbidden')]
        : [t('caseWork.assignment.failedTitle'), t('caseWork.assignment.failed')];
  return (
    <Notice type="alert" label={title} autofocus testId="assignment-error">
      {body}
    </Notice>
  );
}

function GiveForm({
  colleagues,
  loading,
  failed,
  disabled,
  onGive,
}: {
  colleagues: { id: string; firstName: string; lastName: string }[];
  loading: boolean;
  failed: boolean;
  disabled: boolean;
  onGive: (colleague: { id: string; firstName: string; lastName: string }) => void;
}) {
  const t = useT();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  if (failed) return <p>{t('caseWork.assignment.colleaguesFailed')}</p>;
  if (loading) return <p>{t('caseWork.assignment.colleaguesLoading')}</p>;
  const colleague = colleagues.find((c) => c.id === chosen);
  return (
    <form
      className="staff-give"
      onSubmit={(event) => {
        event.preventDefault();
        if (colleague) onGive(colleague);
      }}
    >
      <div className="staff-select">
        <label htmlFor={selectId}>{t('caseWork.assignment.giveLabel')}</label>
        <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('caseWork.assignment.givePlaceholder')}</option>
          {colleagues.map((c) => (
            <option key={c.id} value={c.id}>
              {personName(c)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant={ButtonVariant.Secondary} disabled={disabled || !colleague}>
        {t('caseWork.assignment.give')}
      </Button>
    </form>
  );
}
