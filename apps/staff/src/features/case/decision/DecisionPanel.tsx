// Deciding the case: the outcome, the amount from the calculation above (the server calculates again with the
// parameters of the month and keeps them with the decision), reusable reasons in the client's language plus the
// caseworker's own words, and a confirmation step showing what will be decided. The decision carries the case's
// ETag: a 412 reloads the case and says why. Only the assignee or a supervisor decides (as the server checks);
// anyone else sees why instead of the form (DecisionNotAllowed). Server problems are shown by their status, in the
// user's language, never by the server's own (English) detail text. The caseworker's own words are checked for
// their language as they are typed (text-language.ts, in the browser): a clear other language than the letter's is
// warned about in a polite live region; short or unclear text never is.

import { isApiProblem } from '@tuki/api-client';
import { helsinkiDate } from '@tuki/domain';
import { formatDate, formatEuros, Notice, useLanguage, useT } from '@tuki/ui';
import {
  Button,
  ButtonVariant,
  Checkbox,
  Fieldset,
  Notification,
  NotificationSize,
  RadioButton,
  TextArea,
  TextInput,
} from 'hds-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSingleFlight } from '../../common/single-flight.ts';
import type { StaffApplication } from '../api.ts';
import type { CalculationDraftState } from '../calculation/useCalculationDraft.ts';
import { CommitmentErrorSummary, type CommitmentFieldError, CommitmentFields } from './CommitmentFields.tsx';
import {
  type CommitmentRow,
  checkCommitments,
  commitmentFieldOf,
  commitmentRequests,
  newCommitmentRow,
  parseEuros,
} from './commitment-rows.ts';
import { type DecideBody, useDecide, useDecisionReasons } from './decision-api.ts';
import { detectTextLanguage } from './text-language.ts';
import './decision.css';
import { CasePanel } from '../CasePanel.tsx';

type Outcome = DecideBody['outcome'];
const outcomes: readonly Outcome[] = ['approved', 'partially_approved', 'rejected'];
type ReasonId = NonNullable<DecideBody['reasonTemplates']>[number];

export function DecisionPanel({
  application,
  etag,
  calc,
  onDecided,
}: {
  application: StaffApplication;
  etag: string;
  calc: CalculationDraftState;
  /** Called with the decision's id once it has been made. */
  onDecided: (decisionId: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const id = useId();
  const reasons = useDecisionReasons();
  const decide = useSingleFlight(useDecide(application.id));
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [chosen, setChosen] = useState<ReasonId[]>([]);
  const [reasoning, setReasoning] = useState('');
  const [withCalculation, setWithCalculation] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [toLandlord, setToLandlord] = useState(false);
  const [landlordName, setLandlordName] = useState('');
  const [landlordIban, setLandlordIban] = useState('');
  const [commitments, setCommitments] = useState<CommitmentRow[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [commitmentErrors, setCommitmentErrors] = useState<CommitmentFieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const confirmRef = useRef<HTMLElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const amount = calc.upToDate && calc.result ? calc.result.amountCents : undefined;
  const suggested: Outcome | undefined =
    amount === undefined ? undefined : amount > 0 ? 'approved' : 'rejected';
  const chosenOutcome = outcome ?? suggested;
  const clientLanguage = t(`common.languageNamesInText.${application.client.language}`);
  const writtenIn = useMemo(() => detectTextLanguage(reasoning), [reasoning]);
  const otherLanguage =
    writtenIn !== null && writtenIn !== application.client.language ? writtenIn : undefined;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const payingLandlord = toLandlord && chosenOutcome !== 'rejected';
  const committing = chosenOutcome !== 'rejected' && commitments.length > 0;
  const calculationToSend = () =>
    chosenOutcome === 'rejected' && !withCalculation ? null : calc.upToDate ? (calc.input ?? null) : null;

  const check = (): string | undefined => {
    if (!chosenOutcome) return t('staffDecisions.errors.outcome');
    if (chosenOutcome !== 'rejected' && (!calc.upToDate || !calc.input))
      return t('staffDecisions.errors.calculation');
    if (chosenOutcome !== 'rejected' && (amount ?? 0) === 0)
      return t('staffDecisions.errors.nothingToApprove');
    if (chosen.length === 0 && reasoning.trim() === '') return t('staffDecisions.errors.reasons');
    if (payingLandlord && (landlordName.trim() === '' || landlordIban.trim() === ''))
      return t('staffDecisions.errors.landlord');
    return undefined;
  };

  const checkRows = (): CommitmentFieldError[] =>
    committing
      ? checkCommitments(commitments).map(({ row, field, error: key }) => ({
          row,
          field,
          message: t(`staffSentAndPaid.commitments.errors.${key}`),
        }))
      : [];

  const review = () => {
    const problem = check();
    const rowErrors = checkRows();
    setError(problem);
    setCommitmentErrors(rowErrors);
    setAttempt((current) => current + 1);
    setConfirming(problem === undefined && rowErrors.length === 0);
  };

  const changeCommitments = (rows: CommitmentRow[]) => {
    setConfirming(false);
    setCommitments(rows);
  };
  const addCommitment = () => {
    changeCommitments([
      ...commitments,
      newCommitmentRow(nextKey, application.client.language, helsinkiDate(new Date())),
    ]);
    setNextKey((key) => key + 1);
  };

  const confirm = () => {
    if (!chosenOutcome || decide.pending) return;
    setError(undefined);
    decide.mutate(
      {
        etag,
        body: {
          outcome: chosenOutcome,
          calculation: calculationToSend(),
          reasoning: reasoning.trim(),
          reasonTemplates: chosen,
          legalProvisions: [],
          ...(payingLandlord
            ? { rentToLandlord: { name: landlordName.trim(), iban: landlordIban.trim() } }
            : {}),
          ...(committing ? { commitments: commitmentRequests(commitments) } : {}),
        },
      },
      {
        onSuccess: (decision) => onDecided(decision.id),
        onError: (failure) => {
          setConfirming(false);
          if (isApiProblem(failure, 412)) setError(t('staffCorrespondence.conflict.stale'));
          else if (isApiProblem(failure, 409)) setError(t('staffDecisions.errors.notNow'));
          else if (isApiProblem(failure, 403)) setError(t('staffDecisions.errors.forbidden'));
          else if (isApiProblem(failure, 422) && /invalid-(iban|payee)$/.test(failure.type)) {
            // The server's texts of the landlord's and the commitments' fields are in the user's language; those
            // of a commitment go under its field and in the summary.
            const rowErrors: CommitmentFieldError[] = [];
            const others: string[] = [];
            for (const field of failure.errors) {
              const at = commitmentFieldOf(field.path);
              if (at) rowErrors.push({ ...at, message: field.message });
              else others.push(field.message);
            }
            setCommitmentErrors(rowErrors);
            setAttempt((current) => current + 1);
            setError(
              others.join(' ') || (rowErrors.length > 0 ? undefined : t('staffDecisions.errors.invalid')),
            );
          } else if (isApiProblem(failure, 400) || isApiProblem(failure, 422))
            setError(t('staffDecisions.errors.invalid'));
          else setError(t('staffDecisions.errors.failed'));
        },
      },
    );
  };

  return (
    <CasePanel name={id} heading={t('staffDecisions.heading')} testId="decision-panel">
      {error ? (
        <div ref={errorRef} tabIndex={-1} data-testid="decision-error">
          <Notification type="error" label={error} />
        </div>
      ) : null}
      {chosenOutcome !== 'rejected' ? (
        <CommitmentErrorSummary formId={id} rows={commitments} errors={commitmentErrors} attempt={attempt} />
      ) : null}
      <p>
        {amount === undefined
          ? t('staffDecisions.noCalculation')
          : t('staffDecisions.calculated', { amount: formatEuros(amount, language) })}
      </p>
      <Fieldset heading={t('staffDecisions.outcome')}>
        {outcomes.map((value) => (
          <RadioButton
            key={value}
            id={`${id}-outcome-${value}`}
            name={`${id}-outcome`}
            value={value}
            label={t(`decisions.outcome.${value}`)}
            checked={chosenOutcome === value}
            onChange={() => {
              setOutcome(value);
              setConfirming(false);
            }}
          />
        ))}
      </Fieldset>
      {chosenOutcome === 'rejected' && calc.upToDate ? (
        <Checkbox
          id={`${id}-with-calculation`}
          label={t('staffDecisions.withCalculation')}
          checked={withCalculation}
          onChange={(event) => setWithCalculation(event.target.checked)}
        />
      ) : null}
      {chosenOutcome !== 'rejected' ? (
        <div className="staff-decision-landlord">
          <Checkbox
            id={`${id}-landlord`}
            label={t('staffDecisions.landlord.pay')}
            checked={toLandlord}
            onChange={(event) => {
              setConfirming(false);
              setToLandlord(event.target.checked);
            }}
          />
          {toLandlord ? (
            <div className="staff-decision-landlord-fields">
              <p className="staff-muted">{t('staffDecisions.landlord.hint')}</p>
              <TextInput
                id={`${id}-landlord-name`}
                label={t('staffDecisions.landlord.name')}
                value={landlordName}
                maxLength={140}
                required
                autoComplete="off"
                onChange={(event) => {
                  setConfirming(false);
                  setLandlordName(event.target.value);
                }}
              />
              <TextInput
                id={`${id}-landlord-iban`}
                label={t('staffDecisions.landlord.iban')}
                value={landlordIban}
                maxLength={50}
                required
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => {
                  setConfirming(false);
                  setLandlordIban(event.target.value);
                }}
              />
            </div>
          ) : null}
        </div>
      ) : null}
      {chosenOutcome !== 'rejected' ? (
        <CommitmentFields
          formId={id}
          rows={commitments}
          errors={commitmentErrors}
          onChange={changeCommitments}
          onAdd={addCommitment}
        />
      ) : null}
      <Fieldset heading={t('staffDecisions.reasons')}>
        <p className="staff-muted">{t('staffDecisions.reasonsHint', { language: clientLanguage })}</p>
        {(reasons.data ?? []).map((reason) => (
          <Checkbox
            key={reason.id}
            id={`${id}-reason-${reason.id}`}
            label={reason.texts[language]}
            checked={chosen.includes(reason.id)}
            onChange={(event) => {
              setConfirming(false);
              setChosen((current) =>
                event.target.checked ? [...current, reason.id] : current.filter((c) => c !== reason.id),
              );
            }}
          />
        ))}
      </Fieldset>
      <TextArea
        id={`${id}-reasoning`}
        label={t('staffDecisions.ownWords')}
        helperText={t('staffDecisions.ownWordsHint')}
        value={reasoning}
        maxLength={10_000}
        rows={5}
        onChange={(event) => {
          setConfirming(false);
          setReasoning(event.target.value);
        }}
      />
      <div aria-live="polite" data-testid="decision-language">
        {otherLanguage ? (
          <Notification
            type="alert"
            size={NotificationSize.Small}
            label={t('staffDecisions.languageWarning.title')}
          >
            {t('staffDecisions.languageWarning.body', {
              detected: t(`common.languageNamesInText.${otherLanguage}`),
              language: clientLanguage,
            })}
          </Notification>
        ) : null}
      </div>
      {confirming && chosenOutcome ? (
        <section
          ref={confirmRef}
          tabIndex={-1}
          aria-labelledby={`${id}-confirm-heading`}
          className="staff-decision-confirm"
          data-testid="decision-confirm"
        >
          <h3 id={`${id}-confirm-heading`}>{t('staffDecisions.confirmHeading')}</h3>
          <p>
            {t('staffDecisions.confirmSummary', {
              outcome: t(`decisions.outcome.${chosenOutcome}`),
              amount: formatEuros(chosenOutcome === 'rejected' ? 0 : (amount ?? 0), language),
              language: clientLanguage,
            })}
          </p>
          {payingLandlord ? (
            <p>
              {t('staffDecisions.landlord.pay')}: {landlordName.trim()}
            </p>
          ) : null}
          {committing ? (
            <p data-testid="confirm-commitments">
              {t('staffSentAndPaid.commitments.confirm', {
                list: commitments
                  .map(
                    (row) =>
                      `${row.payeeName.trim()} ${formatEuros(parseEuros(row.maxAmount) ?? 0, language)} ` +
                      t('staffSentAndPaid.commitments.period', {
                        from: formatDate(row.validFrom),
                        to: formatDate(row.validTo),
                      }),
                  )
                  .join('; '),
              })}
            </p>
          ) : null}
          <div className="staff-button-row">
            <Button type="button" onClick={confirm} disabled={decide.pending}>
              {decide.pending ? t('staffDecisions.deciding') : t('staffDecisions.confirm')}
            </Button>
            <Button
              type="button"
              variant={ButtonVariant.Secondary}
              disabled={decide.pending}
              onClick={() => setConfirming(false)}
            >
              {t('staffDecisions.cancel')}
            </Button>
          </div>
        </section>
      ) : (
        <Button type="button" onClick={review}>
          {t('staffDecisions.review')}
        </Button>
      )}
    </CasePanel>
  );
}

/** In place of the form for someone who may not decide: who does, and what to do. */
export function DecisionNotAllowed({ application }: { application: StaffApplication }) {
  const t = useT();
  const assignee = application.assignee;
  return (
    <CasePanel
      name="decision-not-allowed"
      heading={t('staffDecisions.heading')}
      testId="decision-not-allowed"
    >
      <Notice type="info" label={t('staffDecisions.notAllowedTitle')}>
        {assignee
          ? t('staffDecisions.notAllowed', { name: `${assignee.firstName} ${assignee.lastName}` })
          : t('staffDecisions.notAllowedUnassigned')}
      </Notice>
    </CasePanel>
  );
}
