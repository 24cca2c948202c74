// The case action table (packages/domain/src/application/actions.ts) applied to the server's rows and actors:
// every command checks its action here, and the case's readers get the permitted actions from here.
import {
  type CaseAction,
  type CaseActor,
  type CaseForActions,
  permittedActions,
  requirePermission,
} from '@tuki/domain';
import type { ApplicationRow, PersonRow, StaffUserRow } from '../db/schema.ts';

type CaseRow = Pick<ApplicationRow, 'status' | 'person_id' | 'assignee_id'>;

/** A staff actor or a citizen actor (or an uploader): the user the rules look at. */
type Actor = { staffUser: Pick<StaffUserRow, 'id' | 'roles'> } | { person: Pick<PersonRow, 'id'> };

export const caseForActions = (row: CaseRow): CaseForActions => ({
  status: row.status,
  personId: row.person_id,
  assigneeId: row.assignee_id,
});

export const caseActorOf = (actor: Actor): CaseActor =>
  'staffUser' in actor
    ? { kind: 'staff', id: actor.staffUser.id, roles: actor.staffUser.roles }
    : { kind: 'citizen', personId: actor.person.id };

/** Refuses the action unless the table allows it (403, 404 or 409; see http/errors.ts). */
export function requireCasePermission(
  action: CaseAction,
  row: CaseRow,
  actor: Actor,
  options: { afterStatusCheck?: () => void } = {},
): void {
  requirePermission(action, caseForActions(row), caseActorOf(actor), options);
}

export const permittedActionsOf = (row: CaseRow, actor: Actor): CaseAction[] =>
  permittedActions(caseForActions(row), caseActorOf(actor));
