// The case's requests for additional information: each with its items, due date and state (overdue shown in
// colour and text), the client's answer highlighted with its files, and the form for a new request (common
// items, items of one's own, a covering message and the date to answer by). The request carries the case's
// ETag: a 412 reloads the case and says why. A request that cannot be sent moves the focus to its error; an
// own item left empty is refused (marked on the field), never dropped silently. One request at a time.

import { isApiProblem } from '@tuki/api-client';
import {
  helsinkiDate,
  informationItemCodes,
  informationRequestLatestDate,
  isLateInformationRequest,
} from '@tuki/domain';
import { formatDate, helsinkiDateAndTime, useLanguage, useSession, useT } from '@tuki/ui';
import {
  Button,
  ButtonVariant,
  Checkbox,
  Fieldset,
  Notification,
  StatusLabel,
  TextArea,
  TextInput,
} from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import '../correspondence.css';
import { useSingleFlight } from '../../common/single-flight.ts';
import { permits, refusalOf } from '../actions.ts';
import { attachmentUrl, type StaffApplication } from '../api.ts';
import { CasePanel } from '../CasePanel.tsx';
import { type InformationRequest, useRequestInformation } from '../correspondence-api.ts';

const commonCodes = informationItemCodes.filter((code) => code !== 'other');
type CommonCode = (typeof commonCodes)[number];

/** The date two weeks from today in Finland, a sensible default for the client's answer. */
function defaultDueDate(): string {
  const today = new Date(
    `${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' })}T12:00:00Z`,
  );
  today.setUTCDate(today.getUTCDate() + 14);
  return today.toISOString().slice(0, 10);
}

export function InformationRequestsPanel({
  application,
  etag,
}: {
  application: StaffApplication;
  etag: string;
}) {
  const t = useT();
  const session = useSession();
  const me = session.data?.kind === 'staff' ? session.data.staffUser : undefined;
  const canAsk = permits(application, 'askForInformation');
  const othersCase = me !== undefined && refusalOf(application, 'askForInformation', me) === 'object';
  const assignee = application.assignee;
  const [sent, setSent] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sent) status.current?.focus();
  }, [sent]);
  return (
    <CasePanel
      name="information-requests"
      heading={t('caseWork.slots.informationRequestsHeading')}
      testId="information-requests"
    >
      {/* Outside the form, which goes away once the case waits for the answer. */}
      <p ref={status} tabIndex={-1} role="status" className={sent ? 'staff-success' : 'tuki-visually-hidden'}>
        {sent ? t('staffCorrespondence.requests.sent') : ''}
      </p>
      {application.informationRequests.length === 0 ? (
        <p>{t('staffCorrespondence.requests.none')}</p>
      ) : (
        <ol className="staff-requests">
          {[...application.informationRequests].reverse().map((request) => (
            <RequestItem key={request.id} request={request} />
          ))}
        </ol>
      )}
      {canAsk ? (
        <RequestForm
          application={application}
          etag={etag}
          onSending={() => setSent(false)}
          onSent={() => setSent(true)}
        />
      ) : othersCase && assignee ? (
        <p data-testid="information-request-not-allowed">
          {t('staffCorrespondence.requests.notAllowed', {
            name: `${assignee.firstName} ${assignee.lastName}`,
          })}
        </p>
      ) : null}
    </CasePanel>
  );
}

function RequestItem({ request }: { request: InformationRequest }) {
  const t = useT();
  const { language } = useLanguage();
  const labelType = request.state === 'overdue' ? 'alert' : request.state === 'answered' ? 'success' : 'info';
  return (
    <li className="staff-request" data-testid="information-request" data-state={request.state}>
      <p>
        <StatusLabel type={labelType}>{t(`staffCorrespondence.requests.state.${request.state}`)}</StatusLabel>{' '}
        <span className="staff-muted">
          {t('staffCorrespondence.requests.requestedBy', {
            name: `${request.requestedBy.firstName} ${request.requestedBy.lastName}`,
            when: t('common.dateTime', helsinkiDateAndTime(request.createdAt, language)),
          })}
        </span>
      </p>
      {request.afterSeventhWorkingDay ? (
        <p data-testid="information-request-late">
          <StatusLabel type="alert">{t('staffCorrespondence.requests.lateBadge')}</StatusLabel>
        </p>
      ) : null}
      {request.reason ? (
        <p className="staff-pre" data-testid="information-request-reason">
          {t('staffCorrespondence.requests.reasonShown', { reason: request.reason })}
        </p>
      ) : null}
      <ul>
        {request.items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the items of a request never change order
          <li key={index}>
            {item.code === 'other' ? item.description : t(`correspondence.items.${item.code}`)}
            {item.code !== 'other' && item.description ? ` – ${item.description}` : null}
          </li>
        ))}
      </ul>
      {request.message ? <p className="staff-pre">{request.message}</p> : null}
      <p>{t('staffCorrespondence.requests.dueDate', { date: formatDate(request.dueDate) })}</p>
      {request.answer ? (
        <div className="staff-answer" data-testid="information-answer">
          <h3>
            {t('staffCorrespondence.requests.answerHeading', {
              when: t('common.dateTime', helsinkiDateAndTime(request.answer.answeredAt, language)),
            })}
          </h3>
          <p className="staff-pre">
            {request.answer.message || t('staffCorrespondence.requests.noAnswerText')}
          </p>
          {request.answer.attachments.length > 0 ? (
            <>
              <h4>{t('staffCorrespondence.requests.answerFiles')}</h4>
              <ul>
                {request.answer.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={attachmentUrl(file.id)} download={file.fileName}>
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function RequestForm({
  application,
  etag,
  onSending,
  onSent,
}: {
  application: StaffApplication;
  etag: string;
  onSending: () => void;
  onSent: () => void;
}) {
  const t = useT();
  const id = useId();
  const mutation = useSingleFlight(useRequestInformation(application.id));
  const [codes, setCodes] = useState<CommonCode[]>([]);
  const [own, setOwn] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [dueDate, setDueDate] = useState(defaultDueDate);
  // A further request needs its reason (the server refuses it without); the first has none.
  const needsReason = application.informationRequests.length > 0;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  // TTL 14 a §: missing information should be asked for by the 7th working day after the arrival.
  const arrivedAt = application.submittedAt ? new Date(application.submittedAt) : undefined;
  const today = helsinkiDate(new Date());
  const late = arrivedAt !== undefined && isLateInformationRequest(arrivedAt, today);
  // The error and how many times one has been shown: the same error again moves the focus again.
  const [error, setErrorState] = useState<{ text: string; time: number } | undefined>();
  const setError = (text: string) => setErrorState((current) => ({ text, time: (current?.time ?? 0) + 1 }));
  // Whether the empty own items are marked (after a try to send).
  const [checkOwn, setCheckOwn] = useState(false);
  // Where the focus goes after adding or removing an own item: that row's field, or the add button.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | undefined>();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  const ownId = (index: number) => `${id}-own-${index}`;
  const addId = `${id}-add-own`;

  const toggle = (code: CommonCode) =>
    setCodes((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));

  const submit = () => {
    onSending();
    const ownItems = own.map((text) => text.trim());
    const empty = ownItems.indexOf('');
    setCheckOwn(true);
    if (empty >= 0) return setError(t('staffCorrespondence.requests.emptyOwnItem', { number: empty + 1 }));
    if (codes.length === 0 && ownItems.length === 0)
      return setError(t('staffCorrespondence.requests.noItems'));
    if (!dueDate) return setError(t('staffCorrespondence.requests.noDue'));
    if (needsReason && reason.trim() === '') {
      setReasonError(t('staffCorrespondence.requests.reasonRequired'));
      return setError(t('staffCorrespondence.requests.reasonRequired'));
    }
    setReasonError(undefined);
    setErrorState(undefined);
    mutation.mutate(
      {
        etag,
        body: {
          items: [
            ...commonCodes.filter((code) => codes.includes(code)).map((code) => ({ code })),
            ...ownItems.map((description) => ({ code: 'other' as const, description })),
          ],
          message: message.trim(),
          dueDate,
          ...(needsReason ? { reason: reason.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          setCodes([]);
          setOwn([]);
          setCheckOwn(false);
          setMessage('');
          setReason('');
          onSent();
        },
        onError: (failure) => {
          if (isApiProblem(failure, 412)) setError(t('staffCorrespondence.conflict.stale'));
          else if (isApiProblem(failure, 409)) setError(t('staffCorrespondence.requests.notAllowedNow'));
          else if (isApiProblem(failure, 400) && failure.errors.some((e) => e.path === 'reason')) {
            setReasonError(t('staffCorrespondence.requests.reasonRequired'));
            setError(t('staffCorrespondence.requests.reasonRequired'));
          } else if (isApiProblem(failure, 400) || isApiProblem(failure, 422))
            setError(t('staffCorrespondence.requests.invalid'));
          else if (isApiProblem(failure, 403)) setError(t('staffCorrespondence.requests.forbidden'));
          else setError(t('staffCorrespondence.requests.failed'));
        },
      },
    );
  };

  return (
    <form
      className="staff-request-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!mutation.pending) submit();
      }}
    >
      <h3 id={`${id}-heading`}>{t('staffCorrespondence.requests.formHeading')}</h3>
      {error ? (
        <div ref={errorRef} tabIndex={-1} data-testid="request-error">
          <Notification type="error" label={error.text} />
        </div>
      ) : null}
      {late && arrivedAt ? (
        <div data-testid="information-request-late-notice">
          <Notification type="alert" label={t('staffCorrespondence.requests.lateTitle')}>
            {t('staffCorrespondence.requests.late', {
              arrived: formatDate(helsinkiDate(arrivedAt)),
              latest: formatDate(informationRequestLatestDate(arrivedAt)),
            })}
          </Notification>
        </div>
      ) : null}
      <Fieldset heading={t('staffCorrespondence.requests.commonItems')}>
        {commonCodes.map((code) => (
          <Checkbox
            key={code}
            id={`${id}-${code}`}
            label={t(`correspondence.items.${code}`)}
            checked={codes.includes(code)}
            onChange={() => toggle(code)}
          />
        ))}
      </Fieldset>
      <Fieldset heading={t('staffCorrespondence.requests.ownItems')}>
        {own.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; removal re-renders the rest
          <div key={index} className="staff-own-item">
            <TextInput
              id={ownId(index)}
              label={t('staffCorrespondence.requests.ownItemLabel', { number: index + 1 })}
              value={text}
              maxLength={500}
              required
              invalid={checkOwn && text.trim() === ''}
              aria-invalid={checkOwn && text.trim() === ''}
              errorText={
                checkOwn && text.trim() === ''
                  ? t('staffCorrespondence.requests.emptyOwnItem', { number: index + 1 })
                  : undefined
              }
              onChange={(event) =>
                setOwn((rows) => rows.map((row, i) => (i === index ? event.target.value : row)))
              }
            />
            <Button
              type="button"
              variant={ButtonVariant.Secondary}
              onClick={() => {
                // The focus would fall to the page: it goes to the row that takes this one's place, or to
                // the add button when this was the last one.
                setFocusTarget({ id: index < own.length - 1 ? ownId(index) : addId });
                setOwn((rows) => rows.filter((_, i) => i !== index));
              }}
            >
              {t('staffCorrespondence.requests.removeOwnItem', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          id={addId}
          type="button"
          variant={ButtonVariant.Secondary}
          onClick={() => {
            setFocusTarget({ id: ownId(own.length) });
            setOwn((rows) => [...rows, '']);
          }}
        >
          {t('staffCorrespondence.requests.addOwnItem')}
        </Button>
      </Fieldset>
      <TextArea
        id={`${id}-message`}
        label={t('staffCorrespondence.requests.message')}
        helperText={t('staffCorrespondence.requests.messageHint')}
        value={message}
        maxLength={4000}
        rows={4}
        onChange={(event) => setMessage(event.target.value)}
      />
      {needsReason ? (
        <TextArea
          id={`${id}-reason`}
          label={t('staffCorrespondence.requests.reason')}
          helperText={t('staffCorrespondence.requests.reasonHint')}
          required
          value={reason}
          maxLength={2000}
          rows={3}
          invalid={Boolean(reasonError)}
          aria-invalid={Boolean(reasonError)}
          errorText={reasonError}
          onChange={(event) => setReason(event.target.value)}
        />
      ) : null}
      <TextInput
        id={`${id}-due`}
        type="date"
        label={t('staffCorrespondence.requests.due')}
        helperText={t('staffCorrespondence.requests.dueHint')}
        required
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
      />
      <Button type="submit" disabled={mutation.pending}>
        {mutation.pending
          ? t('staffCorrespondence.requests.sending')
          : t('staffCorrespondence.requests.send')}
      </Button>
    </form>
  );
}
