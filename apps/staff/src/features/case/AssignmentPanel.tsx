// Who handles the case, and the controls to take it, give it to a colleague or release it, and to mark it urgent
// or not with a reason (the decision due date follows). Every change sends
// the ETag of the version on screen (If-Match): when someone else changed the case in between (412), or the
// change is not allowed in its state (409), the user is told so and the case is reloaded. One change at a time:
// a double click sends one request (useSingleFlight), not a second one with the old ETag.

import type { SessionStaffUser } from '@tuki/api-client';
import { formatDate, Notice, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextInput } from 'hds-react';
import { useId, useState } from 'react';
import { useSingleFlight } from '../common/single-flight.ts';
import { permits, refusalOf } from './actions.ts';
import { type StaffApplication, useAssign, useColleagues, useSetUrgency } from './api.ts';
import { CasePanel } from './CasePanel.tsx';
import { byName, personName } from './people.ts';
import { caseWriteProblem } from './write-problem.ts';

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
  const assignee = application.assignee;
  const mine = assignee?.id === me;
  const closed = refusalOf(application, 'take', staffUser) === 'status';
  const canTake = !mine && permits(application, 'take');
  const canRelease = assignee !== null && permits(application, 'release');
  const canGive = permits(application, 'reassign');
  const colleagues = useColleagues(canGive);

  const change = (staffId: string | null, next: Outcome) => {
    if (assign.pending) return;
    setOutcome(undefined);
    assign.mutate({ staffId, etag }, { onSuccess: () => setOutcome(next) });
  };

  const name = personName;
  return (
    <CasePanel name="assignment" heading={t('caseWork.assignment.heading')} testId="assignment">
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
      {assignee !== null && refusalOf(application, 'reassign', staffUser) === 'object' ? (
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
      {permits(application, 'setUrgency') ? <UrgencyForm application={application} etag={etag} /> : null}
    </CasePanel>
  );
}

function UrgencyForm({ application, etag }: { application: StaffApplication; etag: string }) {
  const t = useT();
  const mutation = useSetUrgency(application.id);
  const urgency = useSingleFlight(mutation);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const urgent = !application.urgent;
  return (
    <form
      className="staff-give"
      noValidate
      data-testid="urgency"
      onSubmit={(event) => {
        event.preventDefault();
        if (urgency.pending) return;
        setDone(false);
        if (reason.trim() === '') return setMissing(true);
        setMissing(false);
        urgency.mutate(
          { urgent, reason: reason.trim(), etag },
          {
            onSuccess: () => {
              setReason('');
              setDone(true);
            },
          },
        );
      }}
    >
      <AssignmentError error={mutation.error} />
      <TextInput
        id="urgency-reason"
        label={t('caseWork.assignment.urgencyLabel')}
        required
        value={reason}
        invalid={missing}
        aria-invalid={missing}
        errorText={missing ? t('caseWork.assignment.urgencyReasonRequired') : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="staff-actions">
        <Button type="submit" variant={ButtonVariant.Secondary} disabled={urgency.pending}>
          {t(urgent ? 'caseWork.assignment.markUrgent' : 'caseWork.assignment.markNotUrgent')}
        </Button>
        <span role="status" className="staff-muted" data-testid="urgency-done">
          {done
            ? t(
                application.urgent
                  ? 'caseWork.assignment.markedUrgent'
                  : 'caseWork.assignment.markedNotUrgent',
                {
                  date: formatDate(application.dueDate),
                },
              )
            : ''}
        </span>
      </div>
    </form>
  );
}

function AssignmentError({ error }: { error: Error | null }) {
  const t = useT();
  if (!error) return null;
  const [title, body] = caseWriteProblem(t, error, { forbidden: t('caseWork.assignment.forbidden') });
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
