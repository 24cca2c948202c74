// Step 11: "check your answers" with a change link per answer, the truthfulness declaration, and sending. The
// send button is disabled while sending and each attempt carries one Idempotency-Key (kept for a retry after a
// lost answer), so a double click makes one application. Problems found here or by the server (400) are listed
// in the error summary with links that open the right step and focus the field.

import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem, isNetworkError } from '@tuki/api-client';
import { checkApplicationComplete } from '@tuki/domain';
import { useApi, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { DuplicateWarning } from '../../duplicates/index.ts';
import { myApplicationQueryKey, myApplicationsQueryKey, submitApplication } from '../api/applications.ts';
import { fieldId } from '../content-paths.ts';
import { CheckboxField, FieldSection } from '../fields/fields.tsx';
import { FormErrorSummary, type SummaryItem } from '../form/error-summary.tsx';
import { FieldErrorsProvider, useDraft } from '../form/form-context.tsx';
import { questionLabel, validationMessage } from '../form/labels.ts';
import { type FocusFieldState, stepPath } from '../form/step-path.ts';
import { stepOfPath, todayInFinland } from '../form/steps.ts';
import { ContentSummary } from '../summary/ContentSummary.tsx';

interface Problem {
  /** Content path (without `content.`), or undefined for a problem that is not about one answer. */
  path: string | undefined;
  message: string;
}

const sendButtonId = 'send-application';

export function CheckStep() {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { applicationId, application, content, saver } = useDraft();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const sendingRef = useRef(false);
  const idempotencyKey = useRef<string | undefined>(undefined);

  const show = (found: Problem[]) => {
    setProblems(found);
    setAttempt((count) => count + 1);
  };

  const send = async () => {
    if (sendingRef.current) return;
    setFailure(undefined);
    const issues = checkApplicationComplete(content, todayInFinland());
    if (issues.length > 0) {
      show(
        issues.map((issue) => ({
          path: issue.path,
          message: validationMessage(t, issue.code) ?? issue.code,
        })),
      );
      return;
    }
    sendingRef.current = true;
    setSending(true);
    try {
      if (!(await saver.flush())) {
        setFailure(t('application.check.saveFirst'));
        return;
      }
      idempotencyKey.current ??= crypto.randomUUID();
      const sent = await submitApplication(api, applicationId, saver.etag, idempotencyKey.current);
      idempotencyKey.current = undefined;
      // To the receipt first: the form, seeing a sent application, would otherwise leave for the read-only view.
      navigate(`/applications/${applicationId}/sent`, { replace: true });
      queryClient.setQueryData(myApplicationQueryKey(applicationId), { application: sent, etag: '*' });
      void queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(applicationId) });
      void queryClient.invalidateQueries({ queryKey: myApplicationsQueryKey });
    } catch (error) {
      if (isNetworkError(error) || (isApiProblem(error) && error.status >= 500)) {
        // No answer: the same key goes with the next try, so the application is made at most once.
        setFailure(t('application.check.sendFailed'));
        return;
      }
      idempotencyKey.current = undefined;
      if (isApiProblem(error, 400) && error.errors.length > 0) {
        show(
          error.errors.map((fieldError) => {
            const path = fieldError.path.replace(/^content\./, '');
            const known = stepOfPath(path) !== undefined;
            return {
              path: known ? path : undefined,
              message:
                (fieldError.code ? validationMessage(t, fieldError.code) : undefined) ?? fieldError.message,
            };
          }),
        );
      } else if (isApiProblem(error, 412)) {
        // Changed in another window since this one loaded it: show the newest version to check before sending.
        await saver.loadLatest().catch(() => undefined);
        setFailure(t('application.check.changedElsewhere'));
      } else if (isApiProblem(error, 409)) {
        navigate(`/applications/${applicationId}`, { replace: true });
      } else if (isApiProblem(error, 401)) {
        setFailure(t('errors.sessionExpired'));
      } else {
        setFailure(t('application.check.sendFailed'));
      }
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  const summaryItems: SummaryItem[] = problems.map((problem) => {
    const step = problem.path ? stepOfPath(problem.path) : undefined;
    const text = problem.path
      ? t('application.errors.summaryItem', {
          field: questionLabel(t, problem.path),
          message: problem.message,
        })
      : problem.message;
    if (!problem.path || !step) return { fieldId: sendButtonId, text };
    const path = problem.path;
    if (step === 'check') return { fieldId: fieldId(path), text };
    return {
      fieldId: fieldId(path),
      text,
      onFollow: () =>
        navigate(stepPath(applicationId, step), {
          state: { focusPath: path, returnToCheck: true } satisfies FocusFieldState,
        }),
    };
  });

  const declarationError = problems.find((problem) => problem.path === 'declaration')?.message;
  const errors = useMemo(
    () => ({
      errorFor: (path: string) =>
        path === 'declaration' && content.declaration !== true ? declarationError : undefined,
      onLeave: () => undefined,
      setInputError: () => undefined,
      noteInputError: () => undefined,
    }),
    [content.declaration, declarationError],
  );

  return (
    <FieldErrorsProvider value={errors}>
      <FormErrorSummary items={summaryItems} attempt={attempt} />
      <DuplicateWarning
        applicationId={applicationId}
        month={content.month}
        spouseCode={content.spouse?.personalIdentityCode}
      />
      <p className="tuki-lead">{t('application.check.intro')}</p>
      <ContentSummary
        content={content}
        attachments={application.attachments}
        applicationId={applicationId}
        editable
      />
      <form
        className="tuki-step-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FieldSection id="declaration" heading={t('application.check.declarationHeading')}>
          <CheckboxField
            path="declaration"
            label={t('application.check.declaration')}
            helperText={t('application.check.declarationHelp')}
          />
        </FieldSection>
        {failure ? (
          <p className="tuki-form-failure" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="tuki-step-actions">
          <Button id={sendButtonId} type="submit" variant={ButtonVariant.Primary} disabled={sending}>
            {sending ? t('application.check.sending') : t('application.check.send')}
          </Button>
          <Button
            type="button"
            variant={ButtonVariant.Secondary}
            onClick={() => {
              void saver.flush();
              navigate(stepPath(applicationId, 'attachments'));
            }}
          >
            {t('application.actions.previous')}
          </Button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
