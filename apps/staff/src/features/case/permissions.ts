// Who may do what on a case, as the server decides it (apps/server/src/decisions/decide.ts and the assignment
// command): the UI offers only what will be allowed, and explains why something is not.

import type { StaffRole } from '@tuki/api-client';
import { finalApplicationStatuses, openApplicationStatuses } from '@tuki/domain';
import { isSupervisor } from '../session/index.ts';

/** The staff user as the session gives it. */
export interface Actor {
  id: string;
  roles: readonly StaffRole[];
}

/** The parts of a case the rules look at. */
export interface CaseForRules {
  status: string;
  assignee: { id: string } | null;
}

/** A final status (decided, withdrawn, closed as a duplicate): nothing more is done on the case. */
export const isFinal = (status: string) => (finalApplicationStatuses as readonly string[]).includes(status);

/** The open statuses, in which a case can be closed as a duplicate. */
export const isOpen = (status: string) => (openApplicationStatuses as readonly string[]).includes(status);

/** The statuses in which a case is decided. */
export const decidableStatuses: readonly string[] = ['in_processing', 'waiting_for_information'];

export const isDecidable = (application: CaseForRules) => decidableStatuses.includes(application.status);

/** Only the assigned caseworker or a supervisor decides (the server answers 403 to anyone else). */
export const mayDecide = (application: CaseForRules, actor: Actor) =>
  application.assignee?.id === actor.id || isSupervisor(actor.roles);

/** An unassigned case anyone handling may ask about (and so take); an assigned one only its caseworker or a supervisor. */
export const mayAskForInformation = (application: CaseForRules, actor: Actor) =>
  application.assignee === null || mayDecide(application, actor);
