// Who may do what on a case: one table of the case actions, each naming who takes it (the citizen on their own
// case, or staff in one of the roles), the object check on the case and the statuses it needs. The server enforces
// it with `requirePermission` (one place), and sends `permittedActions` with the case, so the apps show only what
// will be allowed.

import { handlingStaffRoles, type StaffRole } from '../staff-roles.ts';
import {
  type ApplicationStatus,
  applicationStatuses,
  canTransition,
  decidableApplicationStatuses,
  finalApplicationStatuses,
  openApplicationStatuses,
  sentApplicationStatuses,
  transitionRefusal,
} from './status.ts';

/**
 * The check on the case for a staff user: any case; only its assignee or a supervisor; or an unassigned case too
 * (taking an action on it makes the case theirs).
 */
export type StaffObjectCheck = 'anyCase' | 'assigneeOrSupervisor' | 'unassignedOrAssigneeOrSupervisor';

/** The parts of a case the rules look at. */
export interface CaseForActions {
  status: ApplicationStatus;
  /** The applicant. */
  personId: string;
  assigneeId: string | null;
}

/** Who acts: a citizen (the person signed in) or a staff user with their roles. */
export type CaseActor =
  | { kind: 'citizen'; personId: string }
  | { kind: 'staff'; id: string; roles: readonly StaffRole[] };

interface ActionRule {
  /** The citizen may take it on their own case. */
  readonly citizen?: true;
  /** Staff in one of the roles may take it, on the cases the object check lets through. */
  readonly staff?: { readonly roles: readonly StaffRole[]; readonly object: StaffObjectCheck };
  /** The statuses the action needs. */
  readonly statuses: readonly ApplicationStatus[];
  /** Why the action is refused in the case's status (the API's 409 detail). */
  readonly statusRefusal: (status: ApplicationStatus) => string;
  /** Why the staff user may not take it on this case (the API's 403 detail). */
  readonly objectRefusal?: (application: CaseForActions) => string;
}

const withStatusTo = (to: ApplicationStatus) =>
  applicationStatuses.filter((status) => canTransition(status, to));

const notAssignable = (status: ApplicationStatus) =>
  status === 'decided'
    ? 'A decision has been made on the application; it can no longer be assigned.'
    : status === 'closed_as_duplicate'
      ? 'The application has been closed as a duplicate; it can no longer be assigned.'
      : 'The application has been withdrawn; it can no longer be assigned.';

const assignedElsewhere = (application: CaseForActions) =>
  application.assigneeId === null
    ? 'Only a supervisor can give an unassigned application to someone else.'
    : 'The application is assigned to someone else; only a supervisor can reassign it.';

const handling = handlingStaffRoles;

/** Taking, releasing and giving a case: open cases only, and not one assigned to someone else. */
const assignment = {
  statuses: openApplicationStatuses,
  statusRefusal: notAssignable,
  objectRefusal: assignedElsewhere,
} as const;

/** The case actions. */
export const caseActions = {
  // The citizen's own application.
  editDraft: {
    citizen: true,
    statuses: ['draft'],
    statusRefusal: (status) =>
      status === 'withdrawn'
        ? 'The application has been withdrawn and can no longer be changed.'
        : 'The application has been sent and can no longer be changed.',
  },
  submit: {
    citizen: true,
    statuses: withStatusTo('submitted'),
    statusRefusal: (status) => transitionRefusal(status, 'submitted'),
  },
  withdraw: {
    citizen: true,
    statuses: withStatusTo('withdrawn'),
    statusRefusal: (status) => transitionRefusal(status, 'withdrawn'),
  },
  answerInformationRequest: {
    citizen: true,
    statuses: ['waiting_for_information'],
    statusRefusal: () => 'The request for information is closed.',
  },
  /** A file for the draft, or once sent, for an answer or a message. */
  uploadAttachment: {
    citizen: true,
    statuses: applicationStatuses.filter((status) => status !== 'withdrawn'),
    statusRefusal: () => 'The application has been withdrawn, so no files can be added to it.',
  },
  // Both sides.
  sendMessage: {
    citizen: true,
    staff: { roles: handling, object: 'anyCase' },
    statuses: sentApplicationStatuses,
    statusRefusal: () => 'There is no such sent application.',
  },
  // Staff handling the case.
  /** Take the case oneself. */
  take: { staff: { roles: handling, object: 'unassignedOrAssigneeOrSupervisor' }, ...assignment },
  /** Release the case (no one's). */
  release: { staff: { roles: handling, object: 'unassignedOrAssigneeOrSupervisor' }, ...assignment },
  /** Give the case to a colleague. */
  reassign: { staff: { roles: handling, object: 'assigneeOrSupervisor' }, ...assignment },
  askForInformation: {
    staff: { roles: handling, object: 'unassignedOrAssigneeOrSupervisor' },
    // Asking starts the handling of a case not yet taken into processing.
    statuses: ['submitted', ...withStatusTo('waiting_for_information')],
    statusRefusal: (status) =>
      status === 'waiting_for_information'
        ? 'The application is already waiting for information; the open request must be answered first.'
        : transitionRefusal(status, 'waiting_for_information'),
    objectRefusal: () =>
      'The application is assigned to someone else; only they or a supervisor can ask for information.',
  },
  /** Mark the case urgent or not (TTL 14 a §): the decision due date follows. */
  setUrgency: {
    staff: { roles: handling, object: 'unassignedOrAssigneeOrSupervisor' },
    statuses: openApplicationStatuses,
    statusRefusal: () => 'The application is closed: decided, withdrawn or closed as a duplicate.',
    objectRefusal: () =>
      'The application is assigned to someone else; only they or a supervisor can change its urgency.',
  },
  decide: {
    staff: { roles: handling, object: 'assigneeOrSupervisor' },
    statuses: decidableApplicationStatuses,
    statusRefusal: (status) =>
      status === 'submitted'
        ? 'The application must be taken into processing before it is decided.'
        : 'The application is closed: decided, withdrawn or closed as a duplicate.',
    objectRefusal: () => 'Only the assigned caseworker or a supervisor can decide the application.',
  },
  closeAsDuplicate: {
    staff: { roles: handling, object: 'assigneeOrSupervisor' },
    statuses: withStatusTo('closed_as_duplicate'),
    statusRefusal: (status) => transitionRefusal(status, 'closed_as_duplicate'),
    objectRefusal: () =>
      'Only the assigned caseworker or a supervisor can close the application as a duplicate.',
  },
  /**
   * Clear what went wrong after the decision (the work queue's "needs attention"): a letter returned to the sender
   * (a new address and the letter to print again, or handled otherwise), a payment the bank rejected (a corrected
   * account number and the payment to the next batch, or handled otherwise). Office work on any decided case: the
   * decision's maker may be away when the letter comes back.
   */
  resolveAttention: {
    staff: { roles: handling, object: 'anyCase' },
    statuses: finalApplicationStatuses.filter((status) => status === 'decided'),
    statusRefusal: () => 'Only a decided application has a decision letter or payments to see to.',
  },
  addNote: {
    staff: { roles: handling, object: 'anyCase' },
    statuses: sentApplicationStatuses,
    statusRefusal: () => 'There is no such application.',
  },
  /** A file the office sends with a message or a request. */
  uploadCaseAttachment: {
    staff: { roles: handling, object: 'anyCase' },
    statuses: sentApplicationStatuses.filter((status) => status !== 'withdrawn'),
    statusRefusal: () => 'The application has been withdrawn, so no files can be added to it.',
  },
} as const satisfies Record<string, ActionRule>;

export type CaseAction = keyof typeof caseActions;
export const caseActionNames = Object.keys(caseActions) as CaseAction[];

const ruleOf = (action: CaseAction): ActionRule => caseActions[action];

/** The staff roles that may take the action (none: only the citizen). */
export const rolesFor = (action: CaseAction): readonly StaffRole[] => ruleOf(action).staff?.roles ?? [];

/**
 * Why an action is refused: `actor` (not for this kind of user, or none of the roles), `notOwn` (another person's
 * application: the API answers as if it did not exist), `status` (not in this status: 409) or `object` (someone
 * else's case: 403). The checks run in this order.
 */
export type RefusalReason = 'actor' | 'notOwn' | 'status' | 'object';

export interface Refusal {
  reason: RefusalReason;
  detail: string;
}

function passesObjectCheck(
  check: StaffObjectCheck,
  application: CaseForActions,
  actor: { id: string; roles: readonly StaffRole[] },
): boolean {
  if (check === 'anyCase') return true;
  if (application.assigneeId === actor.id || actor.roles.includes('supervisor')) return true;
  return check === 'unassignedOrAssigneeOrSupervisor' && application.assigneeId === null;
}

/** The status and object checks of an action, split so a caller can check a precondition between them. */
function refusalOf(
  action: CaseAction,
  application: CaseForActions,
  actor: CaseActor,
  stage: 'all' | 'status' | 'object',
): Refusal | null {
  const rule = ruleOf(action);
  if (stage !== 'object') {
    if (actor.kind === 'citizen') {
      if (!rule.citizen) return { reason: 'actor', detail: 'This is not open to citizens.' };
      if (application.personId !== actor.personId)
        return { reason: 'notOwn', detail: 'There is no such application.' };
    } else {
      const roles = rule.staff?.roles ?? [];
      if (!actor.roles.some((role) => roles.includes(role))) {
        return {
          reason: 'actor',
          detail: roles.length
            ? `This needs one of the roles: ${roles.join(', ')}.`
            : 'This is not open to staff.',
        };
      }
    }
    if (!rule.statuses.includes(application.status))
      return { reason: 'status', detail: rule.statusRefusal(application.status) };
    if (stage === 'status') return null;
  }
  if (actor.kind === 'staff' && rule.staff && !passesObjectCheck(rule.staff.object, application, actor)) {
    return { reason: 'object', detail: rule.objectRefusal?.(application) ?? 'This is not your case.' };
  }
  return null;
}

/** Why the actor may not take the action on the case; null when they may. */
export function whyNot(action: CaseAction, application: CaseForActions, actor: CaseActor): Refusal | null {
  return refusalOf(action, application, actor, 'all');
}

export const isPermitted = (action: CaseAction, application: CaseForActions, actor: CaseActor) =>
  whyNot(action, application, actor) === null;

/** The actions the actor may take on the case, in the table's order. */
export function permittedActions(application: CaseForActions, actor: CaseActor): CaseAction[] {
  return caseActionNames.filter((action) => isPermitted(action, application, actor));
}

/** An action refused by the table; the API answers 403, 404 or 409 by its reason. */
export class ActionNotPermitted extends Error {
  readonly action: CaseAction;
  readonly reason: RefusalReason;
  constructor(action: CaseAction, refusal: Refusal) {
    super(refusal.detail);
    this.name = 'ActionNotPermitted';
    this.action = action;
    this.reason = refusal.reason;
  }
}

/**
 * Throws `ActionNotPermitted` unless the actor may take the action on the case. `afterStatusCheck` runs between the
 * status check and the object check (the If-Match check: a stale version is told before someone else's case).
 */
export function requirePermission(
  action: CaseAction,
  application: CaseForActions,
  actor: CaseActor,
  options: { afterStatusCheck?: () => void } = {},
): void {
  const early = refusalOf(action, application, actor, 'status');
  if (early) throw new ActionNotPermitted(action, early);
  options.afterStatusCheck?.();
  const late = refusalOf(action, application, actor, 'object');
  if (late) throw new ActionNotPermitted(action, late);
}
