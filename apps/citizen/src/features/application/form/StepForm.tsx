// One step of the form: its questions, "continue" that checks them with the domain's rules for this step, and
// "previous". Errors are shown at each field and in a summary that takes the focus; a format problem is shown as
// soon as the user leaves the field, a missing answer only on "continue". Every step change saves the draft.
// Leaving a field by pressing "continue" shows nothing at the field at once: an error appearing there would move
// the button away under the pointer, the click would be lost, and the summary would not come. The click's submit
// shows every problem (a wrong format just like a missing answer) with the summary, which takes the focus.

import type { ValidationIssue } from '@tuki/domain';
import { checkApplicationComplete } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { Button, ButtonVariant, IconArrowLeft, IconArrowRight } from 'hds-react';
import { type FormEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { fieldId } from '../content-paths.ts';
import { FormErrorSummary, focusField, type SummaryItem } from './error-summary.tsx';
import { FieldErrorsProvider, useDraft } from './form-context.tsx';
import { questionLabel, validationMessage } from './labels.ts';
import { readFocusFieldState, stepPath } from './step-path.ts';
import { isFormatProblem, type StepId, stepIds, stepIssues, stepOfPath, todayInFinland } from './steps.ts';

export function StepForm({
  step,
  children,
  blockingIssues,
}: {
  step: StepId;
  children: ReactNode;
  /** Problems that are not answers (an upload still under way): they stop "continue" too. */
  blockingIssues?: () => SummaryItem[];
}) {
  const t = useT();
  const { applicationId, content, saver } = useDraft();
  const navigate = useNavigate();
  const location = useLocation();
  const [shown, setShown] = useState<Record<string, string>>({});
  /** Format errors shown at their fields. */
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  /** Every format error known, shown or not yet (noted while typing): what "continue" checks. */
  const knownInputErrors = useRef<Record<string, string>>({});
  /** "Continue" is being pressed (pointer down, click to come). */
  const pressingSubmit = useRef(false);
  /** The fields left during that press, checked after all if its click does not come. */
  const leftWhilePressing = useRef<string[]>([]);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [summaryFocus, setSummaryFocus] = useState(true);
  const contentRef = useRef(content);
  contentRef.current = content;

  const index = stepIds.indexOf(step);
  const previous = stepIds[index - 1];
  const next = stepIds[index + 1];

  const message = useCallback(
    (issue: ValidationIssue) => validationMessage(t, issue.code) ?? t('errors.unexpected'),
    [t],
  );

  /** Every problem of this step, one per field: input errors (a sum that is not a number) first. */
  const currentProblems = useCallback((): Map<string, string> => {
    const problems = new Map<string, string>();
    for (const [path, text] of Object.entries(knownInputErrors.current)) {
      if (stepOfPath(path) === step) problems.set(path, text);
    }
    for (const issue of stepIssues(contentRef.current, step)) {
      if (!problems.has(issue.path)) problems.set(issue.path, message(issue));
    }
    return problems;
  }, [message, step]);

  const showProblems = useCallback(
    (focus: boolean): Map<string, string> => {
      const problems = currentProblems();
      setShown(Object.fromEntries(problems));
      const items: SummaryItem[] = [...problems].map(([path, text]) => ({
        fieldId: fieldId(path),
        text: t('application.errors.summaryItem', { field: questionLabel(t, path), message: text }),
      }));
      setSummary([...items, ...(blockingIssues?.() ?? [])]);
      setSummaryFocus(focus);
      setAttempt((count) => count + 1);
      return problems;
    },
    [blockingIssues, currentProblems, t],
  );

  // Arrived from a link to a field (the check page, the server's answer): show this step's errors, focus the field.
  const { focusPath, returnToCheck } = readFocusFieldState(location.state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival, not on every change of content
  useEffect(() => {
    if (focusPath === undefined) return;
    showProblems(false);
    const id = fieldId(focusPath);
    requestAnimationFrame(() => focusField(id));
  }, [focusPath, location.key]);

  // An error goes away as soon as the answer is fixed, while typing: not later, when leaving the field, which would
  // move what is below it just as the user reaches for it.
  useEffect(() => {
    setShown((previousShown) => {
      const paths = Object.keys(previousShown);
      if (paths.length === 0) return previousShown;
      const issues = checkApplicationComplete(content, todayInFinland());
      const fixed = paths.filter((path) => !issues.some((issue) => issue.path === path));
      if (fixed.length === 0) return previousShown;
      const nextShown = { ...previousShown };
      for (const path of fixed) delete nextShown[path];
      return nextShown;
    });
  }, [content]);

  const errors = useMemo(() => {
    const showInputError = (path: string, text: string | undefined) =>
      setInputErrors((current) => {
        if (current[path] === text) return current;
        const nextErrors = { ...current };
        if (text === undefined) delete nextErrors[path];
        else nextErrors[path] = text;
        return nextErrors;
      });
    const noteInputError = (path: string, text: string | undefined) => {
      const { [path]: _previous, ...others } = knownInputErrors.current;
      knownInputErrors.current = text === undefined ? others : { ...others, [path]: text };
      // A fixed answer's error goes at once; a new one waits until the field is left.
      if (text === undefined) showInputError(path, undefined);
    };
    return {
      errorFor: (path: string) => inputErrors[path] ?? shown[path],
      onLeave: (path: string) => {
        // Left by pressing "continue": its submit shows the problems, with the summary.
        if (pressingSubmit.current) {
          leftWhilePressing.current.push(path);
          return;
        }
        const issues = checkApplicationComplete(contentRef.current, todayInFinland()).filter(
          (issue) => issue.path === path,
        );
        setShown((previousShown) => {
          // Tell at once if what was typed is in a wrong format; an error already shown gets its newest text.
          const issue =
            issues.find((candidate) => isFormatProblem(candidate.code)) ??
            (previousShown[path] ? issues[0] : undefined);
          if (!issue) return previousShown;
          return { ...previousShown, [path]: message(issue) };
        });
      },
      setInputError: (path: string, text: string | undefined) => {
        noteInputError(path, text);
        if (pressingSubmit.current) leftWhilePressing.current.push(path);
        else showInputError(path, text);
      },
      noteInputError,
    };
  }, [inputErrors, shown, message]);

  const errorsRef = useRef(errors);
  errorsRef.current = errors;

  // The press on "continue" starts: blurs until its click show nothing at the fields. Should the click not come
  // (the pointer was moved off the button), the fields left meanwhile are checked as usual after the release.
  const startSubmitPress = () => {
    pressingSubmit.current = true;
    leftWhilePressing.current = [];
    window.addEventListener(
      'pointerup',
      () =>
        setTimeout(() => {
          if (!pressingSubmit.current) return;
          pressingSubmit.current = false;
          for (const path of leftWhilePressing.current) {
            const inputError = knownInputErrors.current[path];
            if (inputError) errorsRef.current.setInputError(path, inputError);
            else errorsRef.current.onLeave(path);
          }
          leftWhilePressing.current = [];
        }),
      { once: true },
    );
  };

  const goTo = (target: StepId) => {
    void saver.flush();
    navigate(stepPath(applicationId, target));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pressingSubmit.current = false;
    const problems = showProblems(true);
    const blocking = blockingIssues?.() ?? [];
    if (problems.size > 0 || blocking.length > 0) return;
    const target = returnToCheck ? 'check' : next;
    if (target) goTo(target);
  };

  return (
    <FieldErrorsProvider value={errors}>
      <FormErrorSummary items={summary} attempt={attempt} autofocus={summaryFocus} />
      <form className="tuki-step-form" onSubmit={submit} noValidate>
        {children}
        <div className="tuki-step-actions">
          <Button
            type="submit"
            variant={ButtonVariant.Primary}
            iconEnd={<IconArrowRight aria-hidden />}
            onPointerDown={startSubmitPress}
          >
            {returnToCheck ? t('application.actions.backToCheck') : t('application.actions.continue')}
          </Button>
          {previous ? (
            <Button
              type="button"
              variant={ButtonVariant.Secondary}
              iconStart={<IconArrowLeft aria-hidden />}
              onClick={() => goTo(previous)}
            >
              {t('application.actions.previous')}
            </Button>
          ) : null}
        </div>
        <p className="tuki-continue-later">
          <Link to="/applications">{t('application.actions.continueLater')}</Link>
        </p>
      </form>
    </FieldErrorsProvider>
  );
}
