// The step indicator: an ordered list of links to the steps, the current one marked with aria-current="step".
// (HDS 5.2 has a Stepper, but its buttons' accessible names leave out their visible number, which fails WCAG 2.5.3
// "label in name"; a list of links also works without any script of its own.) On a phone only the numbers show.

import { useT } from '@tuki/ui';
import { Link } from 'react-router';
import type { StepId } from './steps.ts';

export type StepProgress = 'done' | 'attention' | 'todo';

export function StepIndicator({
  steps,
  current,
  hrefOf,
  onNavigate,
}: {
  steps: readonly { id: StepId; label: string; progress: StepProgress }[];
  current: StepId;
  hrefOf: (step: StepId) => string;
  onNavigate: () => void;
}) {
  const t = useT();
  return (
    <nav aria-label={t('application.stepperLabel')} className="tuki-steps">
      <ol>
        {steps.map((step, index) => {
          const isCurrent = step.id === current;
          const state =
            step.progress === 'done'
              ? t('application.stepState.done')
              : step.progress === 'attention'
                ? t('application.stepState.attention')
                : undefined;
          return (
            <li
              key={step.id}
              className={`tuki-step tuki-step--${step.progress}${isCurrent ? ' tuki-step--current' : ''}`}
            >
              <Link to={hrefOf(step.id)} aria-current={isCurrent ? 'step' : undefined} onClick={onNavigate}>
                <span className="tuki-step-number">{index + 1}</span>{' '}
                <span className="tuki-step-label">{step.label}</span>
                {state ? <span className="tuki-visually-hidden">, {state}</span> : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
