// The application's status machine: every change goes through `assertTransition`, so an illegal one is refused
// in one place (the API answers 409).

export const applicationStatuses = [
  'draft',
  'submitted',
  'in_processing',
  'waiting_for_information',
  'decided',
  'withdrawn',
  'closed_as_duplicate',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** The kinds of application a citizen fills in. */
export const applicationKinds = ['basic', 'supplementary', 'preventive'] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/** The kinds of case in the queue: the applications, and requests for rectification of a decision. */
export const caseKinds = [...applicationKinds, 'rectification'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** A request for rectification is made within 30 days of being notified of the decision (HL 49 c §). */
export const RECTIFICATION_DAYS = 30;

const transitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['in_processing', 'withdrawn', 'closed_as_duplicate'],
  in_processing: ['waiting_for_information', 'decided', 'withdrawn', 'closed_as_duplicate'],
  waiting_for_information: ['in_processing', 'decided', 'withdrawn', 'closed_as_duplicate'],
  decided: [],
  withdrawn: [],
  // Merged into another application of the same person or family for the same month: final, no decision.
  closed_as_duplicate: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return transitions[from].includes(to);
}

export class IllegalTransition extends Error {
  readonly from: ApplicationStatus;
  readonly to: ApplicationStatus;
  constructor(from: ApplicationStatus, to: ApplicationStatus) {
    super(`an application cannot go from ${from} to ${to}`);
    this.from = from;
    this.to = to;
  }
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransition(from, to);
}

const refusals: Partial<Record<ApplicationStatus, string>> = {
  decided: 'A decision has been made on the application.',
  withdrawn: 'The application has been withdrawn.',
  closed_as_duplicate: 'The application has been closed as a duplicate.',
  submitted: 'The application has already been sent.',
  in_processing: 'The application has already been sent.',
  waiting_for_information: 'The application has already been sent.',
};

/** Why an application cannot go from one status to another, as the API explains it. */
export function transitionRefusal(from: ApplicationStatus, to: ApplicationStatus): string {
  return `${refusals[from] ?? ''} It cannot be ${to === 'submitted' ? 'sent' : to} now.`.trim();
}

/** Whether the citizen may still change the content and its attachments. */
export const isEditable = (status: ApplicationStatus) => status === 'draft';

/** Whether the citizen may still withdraw the application. */
export const isWithdrawable = (status: ApplicationStatus) => canTransition(status, 'withdrawn');

/** The statuses in which a case is still to be handled (the work queue's default view). */
export const openApplicationStatuses = ['submitted', 'in_processing', 'waiting_for_information'] as const;

/** The final statuses: nothing more happens to the application. */
export const finalApplicationStatuses = ['decided', 'withdrawn', 'closed_as_duplicate'] as const;

/** The statuses of a sent application (every one but the draft): the ones staff see. */
export const sentApplicationStatuses = applicationStatuses.filter(
  (status): status is Exclude<ApplicationStatus, 'draft'> => status !== 'draft',
);

/** The statuses in which a case is decided: taken into processing, and not yet closed. */
export const decidableApplicationStatuses = ['in_processing', 'waiting_for_information'] as const;

export const isOpenStatus = (status: ApplicationStatus) =>
  (openApplicationStatuses as readonly ApplicationStatus[]).includes(status);

export const isFinalStatus = (status: ApplicationStatus) =>
  (finalApplicationStatuses as readonly ApplicationStatus[]).includes(status);

/**
 * The statuses in which another application of the same person or family for the same month makes an application
 * a possible duplicate: open or decided. Drafts, withdrawn applications and those already closed as duplicates do
 * not count.
 */
export const duplicateCountingStatuses = [...openApplicationStatuses, 'decided'] as const;
