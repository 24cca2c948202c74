// The request for rectification of a decision (/applications/{id}/decisions/{decisionId}/rectification): the
// decision it concerns, the deadline, what to say, the reasons and files (uploaded at once to the decided
// application, where they wait until sent), sent once with an Idempotency-Key kept for the attempt. Problems are
// shown in an error summary linked to the fields; on success the new case's page opens with a confirmation.

import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem, isNetworkError } from '@tuki/api-client';
import {
  formatDate,
  formatEuros,
  formatMonth,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useApi,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { Button, ButtonVariant, TextArea } from 'hds-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  FormErrorSummary,
  type MyApplication,
  myApplicationQueryKey,
  myApplicationsQueryKey,
  type SummaryItem,
  useMyApplication,
  type VersionedApplication,
} from '../application/index.ts';
import { Fact } from '../common/Fact.tsx';
import { FilesField, filesInputId, useWaitingFiles } from '../correspondence/index.ts';
import { type Decision, helsinkiToday, rectificationOpen, requestRectification } from './api.ts';
import {
  OutcomeLabel,
  RectificationRequested,
  type RectificationSentState,
  RectificationTooLate,
} from './DecisionSection.tsx';

const idPrefix = 'rectification';
const reasonsId = `${idPrefix}-reasons`;
const filesId = filesInputId(idPrefix);
/** The server's limit for the reasons. */
const MAX_REASONS = 10_000;

export function RectificationPage() {
  const t = useT();
  const { applicationId = '', decisionId = '' } = useParams();
  const query = useMyApplication(applicationId);
  useDocumentTitle(t('citizenDecisions.form.pageTitle'));
  const back = (
    <p className="tuki-form-kicker">
      <Link to={`/applications/${applicationId}`}>{t('citizenDecisions.form.backToApplication')}</Link>
    </p>
  );
  if (query.isPending) return <LoadingIndicator />;
  const application = query.data?.application;
  const decision = application?.decisions.find((candidate) => candidate.id === decisionId);
  if (!application || !decision) {
    const notFound = !query.data || isApiProblem(query.error, 404) || !decision;
    return (
      <>
        {back}
        <h1>{notFound ? t('citizenDecisions.form.notFoundTitle') : t('errors.unexpectedTitle')}</h1>
        <p>{notFound ? t('citizenDecisions.form.notFound') : t('errors.unexpected')}</p>
      </>
    );
  }
  const open = application.kind !== 'rectification' && rectificationOpen(decision, helsinkiToday());
  return (
    <>
      {back}
      <h1>{t('citizenDecisions.form.title')}</h1>
      <p className="tuki-lead">{t('citizenDecisions.form.intro')}</p>
      <DecisionSummary application={application} decision={decision} />
      {open ? (
        <RectificationForm application={application} decision={decision} />
      ) : (
        <NotAvailable application={application} decision={decision} />
      )}
    </>
  );
}

function DecisionSummary({ application, decision }: { application: MyApplication; decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="rectification-decision-heading" className="tuki-rectification-decision">
      <h2 id="rectification-decision-heading">{t('citizenDecisions.form.decisionHeading')}</h2>
      <OutcomeLabel outcome={decision.outcome} />
      <dl className="tuki-facts">
        {application.referenceNumber ? (
          <Fact label={t('citizenDecisions.form.application')}>{application.referenceNumber}</Fact>
        ) : null}
        <Fact label={t('citizenDecisions.facts.month')}>{formatMonth(decision.month, language)}</Fact>
        <Fact label={t('citizenDecisions.facts.amount')}>{formatEuros(decision.amountCents, language)}</Fact>
        <Fact label={t('citizenDecisions.facts.decidedAt')}>
          {helsinkiDateAndTime(decision.decidedAt, language).date}
        </Fact>
      </dl>
    </section>
  );
}

/** Already requested, past the deadline, or a decision on a rectification (appealed in court instead). */
function NotAvailable({ application, decision }: { application: MyApplication; decision: Decision }) {
  const t = useT();
  const made = decision.rectification;
  return (
    <Notice type="info" label={t('citizenDecisions.form.notAvailableTitle')}>
      {application.kind === 'rectification' ? (
        <p>{t('citizenDecisions.rectification.appeal')}</p>
      ) : made ? (
        <RectificationRequested made={made} />
      ) : (
        <RectificationTooLate application={application} decision={decision} />
      )}
    </Notice>
  );
}

/** One key per intended request: the same for a retry of the same content, a new one when the content changed. */
interface Attempt {
  key: string;
  body: string;
}

function RectificationForm({ application, decision }: { application: MyApplication; decision: Decision }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const files = useWaitingFiles(application.id, 'other');
  const [reasons, setReasons] = useState('');
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const [issues, setIssues] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const lastAttempt = useRef<Attempt | undefined>(undefined);
  const reasonsError = issues.find((issue) => issue.fieldId === reasonsId)?.text;
  const filesError = issues.find((issue) => issue.fieldId === filesId)?.text;

  const show = (items: SummaryItem[], general?: string) => {
    setIssues(items);
    setFailure(general);
    setAttempt((value) => value + 1);
  };

  const keyFor = (body: { reasons: string; attachmentIds: string[] }): string => {
    const serialised = JSON.stringify(body);
    if (lastAttempt.current?.body !== serialised) {
      lastAttempt.current = { key: crypto.randomUUID(), body: serialised };
    }
    return lastAttempt.current.key;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A ref, not only the state: a double click sends once even before the disabled button is rendered.
    if (sendingNow.current) return;
    const problems: SummaryItem[] = [];
    if (reasons.trim() === '') {
      problems.push({ fieldId: reasonsId, text: t('citizenDecisions.form.reasonsRequired') });
    }
    const uploading = files.uploads.items.find((item) => item.state === 'uploading');
    if (uploading) {
      problems.push({
        fieldId: `${uploading.key}-cancel`,
        text: t('citizenCorrespondence.files.stillUploading'),
      });
    }
    if (problems.length > 0) {
      show(problems);
      return;
    }
    const body = { reasons: reasons.trim(), attachmentIds: files.waiting.map((attachment) => attachment.id) };
    sendingNow.current = true;
    setSending(true);
    show([]);
    try {
      const result = await requestRectification(api, decision.id, body, keyFor(body));
      const created = result.application;
      queryClient.setQueryData<VersionedApplication>(myApplicationQueryKey(created.id), {
        application: created,
        etag: result.etag ?? '*',
      });
      void queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(application.id) });
      void queryClient.invalidateQueries({ queryKey: myApplicationsQueryKey });
      files.clear();
      const state: RectificationSentState = { rectificationSent: true };
      navigate(`/applications/${created.id}`, { state });
    } catch (error) {
      if (isApiProblem(error, 400) && error.errors.length > 0) {
        show(
          error.errors.map((problem) => ({
            fieldId: problem.path.startsWith('attachmentIds') ? filesId : reasonsId,
            text: problem.message,
          })),
        );
      } else if (isApiProblem(error, 409)) {
        // Past the deadline or already requested: told in our own texts (never the server's `detail`).
        show(
          [],
          error.type.endsWith('rectification-too-late')
            ? t('citizenDecisions.rectification.tooLate', {
                date: formatDate(decision.rectificationDeadline),
              })
            : error.type.endsWith('rectification-exists')
              ? t('citizenDecisions.rectification.requested')
              : t('citizenDecisions.form.failed'),
        );
        void queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(application.id) });
      } else if (isApiProblem(error, 422)) {
        lastAttempt.current = undefined;
        show([], t('citizenDecisions.form.failed'));
      } else if (isApiProblem(error, 401)) {
        show([], t('errors.sessionExpired'));
      } else {
        show(
          [],
          isNetworkError(error) || isApiProblem(error)
            ? t('citizenDecisions.form.failed')
            : t('errors.unexpected'),
        );
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="rectification-form-heading">
      <h2 id="rectification-form-heading">{t('citizenDecisions.form.includeHeading')}</h2>
      <ul className="tuki-rectification-include">
        <li>{t('citizenDecisions.form.include.what')}</li>
        <li>{t('citizenDecisions.form.include.how')}</li>
        <li>{t('citizenDecisions.form.include.why')}</li>
      </ul>
      <p>{t('citizenDecisions.form.attachments')}</p>
      <p className="tuki-due" data-testid="rectification-deadline">
        {t('citizenDecisions.form.deadline', { date: formatDate(decision.rectificationDeadline) })}
      </p>
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        className="tuki-correspondence-form tuki-rectification-form"
        aria-labelledby="rectification-form-heading"
      >
        <FormErrorSummary
          items={issues}
          attempt={attempt}
          heading={t('citizenDecisions.form.errorHeading')}
        />
        {failure ? (
          <div key={attempt}>
            <Notice type="error" label={t('citizenDecisions.form.errorHeading')} autofocus>
              {failure}
            </Notice>
          </div>
        ) : null}
        <TextArea
          id={reasonsId}
          label={t('citizenDecisions.form.reasons')}
          helperText={t('citizenDecisions.form.reasonsHelp')}
          errorText={reasonsError}
          invalid={Boolean(reasonsError)}
          aria-invalid={Boolean(reasonsError)}
          required
          value={reasons}
          maxLength={MAX_REASONS}
          rows={8}
          onChange={(event) => {
            setReasons(event.target.value);
            if (reasonsError) setIssues((current) => current.filter((issue) => issue.fieldId !== reasonsId));
          }}
        />
        <FilesField idPrefix={idPrefix} files={files} headingLevel={3} />
        {filesError ? (
          <p className="tuki-upload-error-text" role="alert">
            {filesError}
          </p>
        ) : null}
        <Button type="submit" variant={ButtonVariant.Primary} disabled={sending}>
          {sending ? t('citizenDecisions.form.sending') : t('citizenDecisions.form.send')}
        </Button>
      </form>
    </section>
  );
}
