// The steps of the form, one topic each, and which answers (content paths) belong to which step. A step is
// checked with the domain's completeness rules filtered to its own paths, so that the browser asks for exactly
// what the server will require when the application is sent.

import {
  type ApplicationContent,
  checkApplicationComplete,
  contentSectionIds,
  coupleStatuses,
  helsinkiDate,
  type ValidationCode,
  type ValidationIssue,
} from '@tuki/domain';

/** A step for each section of the content, then checking and sending. */
export const stepIds = [...contentSectionIds, 'check'] as const;
export type StepId = (typeof stepIds)[number];

/** The first part of a content path → the step that asks it. */
const stepOfTopLevel: Record<string, StepId> = {
  applicant: 'applicant',
  spouse: 'household',
  children: 'household',
  otherMembers: 'household',
  housing: 'housing',
  incomes: 'incomes',
  assets: 'assets',
  expenses: 'expenses',
  month: 'payment',
  iban: 'payment',
  urgent: 'urgency',
  urgentReason: 'urgency',
  additionalInformation: 'additional',
  declaration: 'check',
};

export function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (stepIds as readonly string[]).includes(value);
}

/** The step of a content path (`applicant.address.city` → applicant); undefined for an unknown path. */
export function stepOfPath(path: string): StepId | undefined {
  return stepOfTopLevel[path.split('.')[0] ?? ''];
}

export function stepIndex(step: StepId): number {
  return stepIds.indexOf(step);
}

/** Today in Finland: the month applied for is checked against it. */
export function todayInFinland(): string {
  return helsinkiDate(new Date());
}

/** Every problem of the content that belongs to `step`, in the order of the form. */
export function stepIssues(
  content: ApplicationContent,
  step: StepId,
  today = todayInFinland(),
): ValidationIssue[] {
  return checkApplicationComplete(content, today).filter((issue) => stepOfPath(issue.path) === step);
}

/** Codes that say something is missing: these wait until the user continues, and are not shown on leaving a field. */
const missingCodes: ReadonlySet<ValidationCode> = new Set([
  'required',
  'amount_required',
  'contact_required',
  'declaration_required',
  'unknown_member',
]);

export function isFormatProblem(code: ValidationCode): boolean {
  return !missingCodes.has(code);
}

/** Whether the household has a spouse or partner (the marital status says so). */
export function hasSpouse(content: ApplicationContent): boolean {
  const status = content.applicant?.maritalStatus;
  return status !== undefined && coupleStatuses.includes(status);
}
