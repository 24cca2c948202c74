// Addresses of the form's steps, and the navigation state of a link that leads to one answer.

import type { StepId } from './steps.ts';

export interface FocusFieldState {
  /** The answer to focus (its content path); the step then also shows its errors. */
  focusPath?: string;
  /** Came from the check page: "continue" goes back there. */
  returnToCheck?: boolean;
}

export function readFocusFieldState(value: unknown): FocusFieldState {
  if (typeof value !== 'object' || value === null) return {};
  const state = value as Record<string, unknown>;
  return {
    ...(typeof state.focusPath === 'string' ? { focusPath: state.focusPath } : {}),
    ...(state.returnToCheck === true ? { returnToCheck: true } : {}),
  };
}

export function stepPath(applicationId: string, step: StepId): string {
  return `/applications/${applicationId}/${step}`;
}
