// The case action table, exhaustively: every action × every kind of actor (the citizen who owns the case, another
// citizen, each staff role as the assignee, as someone else, on an unassigned case) × every status. The expected
// answers are written out below from the rules as the law and the office state them, not read from the table.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ActionNotPermitted,
  type ApplicationStatus,
  applicationStatuses,
  type CaseAction,
  type CaseActor,
  caseActionNames,
  isPermitted,
  permittedActions,
  requirePermission,
  type StaffRole,
  staffRoles,
  whyNot,
} from '../src/index.ts';

const OWNER = 'person-1';
const ME = 'staff-me';
const OTHER = 'staff-other';

type Assignee = 'me' | 'other' | 'none';
const assignees: readonly Assignee[] = ['me', 'other', 'none'];
const caseIn = (status: ApplicationStatus, assignee: Assignee = 'none') => ({
  status,
  personId: OWNER,
  assigneeId: assignee === 'me' ? ME : assignee === 'other' ? OTHER : null,
});

const open: readonly ApplicationStatus[] = ['submitted', 'in_processing', 'waiting_for_information'];
const sent: readonly ApplicationStatus[] = applicationStatuses.filter((status) => status !== 'draft');

/** The statuses each action needs. */
const statusesOf: Record<CaseAction, readonly ApplicationStatus[]> = {
  editDraft: ['draft'],
  submit: ['draft'],
  withdraw: ['draft', ...open],
  answerInformationRequest: ['waiting_for_information'],
  uploadAttachment: applicationStatuses.filter((status) => status !== 'withdrawn'),
  sendMessage: sent,
  take: open,
  release: open,
  reassign: open,
  askForInformation: ['submitted', 'in_processing'],
  setUrgency: open,
  decide: ['in_processing', 'waiting_for_information'],
  closeAsDuplicate: open,
  addNote: sent,
  resolveAttention: ['decided'],
  uploadCaseAttachment: sent.filter((status) => status !== 'withdrawn'),
};

const citizenActions: readonly CaseAction[] = [
  'editDraft',
  'submit',
  'withdraw',
  'answerInformationRequest',
  'uploadAttachment',
  'sendMessage',
];
const handlingRoles: readonly StaffRole[] = ['handler', 'social_worker', 'supervisor'];
/** Only the assignee or a supervisor; an unassigned case is open to anyone handling; or any case. */
const objectCheckOf: Partial<Record<CaseAction, 'assigneeOrSupervisor' | 'unassignedToo' | 'any'>> = {
  take: 'unassignedToo',
  release: 'unassignedToo',
  askForInformation: 'unassignedToo',
  setUrgency: 'unassignedToo',
  reassign: 'assigneeOrSupervisor',
  decide: 'assigneeOrSupervisor',
  closeAsDuplicate: 'assigneeOrSupervisor',
  sendMessage: 'any',
  addNote: 'any',
  resolveAttention: 'any',
  uploadCaseAttachment: 'any',
};

function expected(action: CaseAction, status: ApplicationStatus, actor: CaseActor, assignee: Assignee) {
  if (!statusesOf[action].includes(status)) return false;
  if (actor.kind === 'citizen') return citizenActions.includes(action) && actor.personId === OWNER;
  const check = objectCheckOf[action];
  if (!check || !actor.roles.some((role) => handlingRoles.includes(role))) return false;
  if (check === 'any' || assignee === 'me' || actor.roles.includes('supervisor')) return true;
  return check === 'unassignedToo' && assignee === 'none';
}

const actors: { name: string; actor: CaseActor }[] = [
  { name: 'the citizen who owns the case', actor: { kind: 'citizen', personId: OWNER } },
  { name: 'another citizen', actor: { kind: 'citizen', personId: 'person-2' } },
  ...staffRoles.map((role) => ({ name: role, actor: { kind: 'staff' as const, id: ME, roles: [role] } })),
  {
    name: 'a handler who is also a social worker',
    actor: { kind: 'staff', id: ME, roles: ['handler', 'social_worker'] },
  },
];

describe('the case action table', () => {
  test('names every action the tests know, and no other', () => {
    assert.deepEqual([...caseActionNames].sort(), Object.keys(statusesOf).sort());
  });

  for (const { name, actor } of actors) {
    test(`${name}: every action in every status, on a case of their own, someone else's, or no one's`, () => {
      for (const status of applicationStatuses) {
        for (const assignee of assignees) {
          const application = caseIn(status, assignee);
          const permitted = permittedActions(application, actor);
          for (const action of caseActionNames) {
            const want = expected(action, status, actor, assignee);
            const label = `${action} in ${status}, assignee ${assignee}`;
            assert.equal(permitted.includes(action), want, label);
            assert.equal(isPermitted(action, application, actor), want, label);
            const refusal = whyNot(action, application, actor);
            assert.equal(refusal === null, want, label);
            if (want) {
              assert.doesNotThrow(() => requirePermission(action, application, actor), label);
            } else {
              assert.throws(
                () => requirePermission(action, application, actor),
                (error: unknown) =>
                  error instanceof ActionNotPermitted &&
                  error.action === action &&
                  error.reason === refusal?.reason &&
                  error.message === refusal.detail,
                label,
              );
            }
          }
        }
      }
    });
  }

  test('the reasons: the kind of actor first, then whose application, then the status, then whose case', () => {
    const handler: CaseActor = { kind: 'staff', id: ME, roles: ['handler'] };
    const admin: CaseActor = { kind: 'staff', id: ME, roles: ['admin'] };
    const stranger: CaseActor = { kind: 'citizen', personId: 'person-2' };
    assert.equal(whyNot('decide', caseIn('decided', 'other'), admin)?.reason, 'actor');
    assert.equal(
      whyNot('decide', caseIn('in_processing'), { kind: 'citizen', personId: OWNER })?.reason,
      'actor',
    );
    assert.equal(
      whyNot('addNote', caseIn('in_processing'), { kind: 'citizen', personId: OWNER })?.reason,
      'actor',
    );
    assert.equal(whyNot('withdraw', caseIn('decided'), stranger)?.reason, 'notOwn');
    assert.equal(whyNot('decide', caseIn('decided', 'other'), handler)?.reason, 'status');
    assert.equal(whyNot('decide', caseIn('in_processing', 'other'), handler)?.reason, 'object');
  });

  test('the refusals say what the API has always said', () => {
    const handler: CaseActor = { kind: 'staff', id: ME, roles: ['handler'] };
    const owner: CaseActor = { kind: 'citizen', personId: OWNER };
    assert.equal(
      whyNot('decide', caseIn('submitted', 'me'), handler)?.detail,
      'The application must be taken into processing before it is decided.',
    );
    assert.equal(
      whyNot('decide', caseIn('in_processing', 'other'), handler)?.detail,
      'Only the assigned caseworker or a supervisor can decide the application.',
    );
    assert.equal(
      whyNot('reassign', caseIn('submitted'), handler)?.detail,
      'Only a supervisor can give an unassigned application to someone else.',
    );
    assert.equal(
      whyNot('take', caseIn('decided'), handler)?.detail,
      'A decision has been made on the application; it can no longer be assigned.',
    );
    assert.equal(
      whyNot('askForInformation', caseIn('waiting_for_information', 'me'), handler)?.detail,
      'The application is already waiting for information; the open request must be answered first.',
    );
    assert.equal(
      whyNot('withdraw', caseIn('decided'), owner)?.detail,
      'A decision has been made on the application. It cannot be withdrawn now.',
    );
    assert.equal(
      whyNot('editDraft', caseIn('withdrawn'), owner)?.detail,
      'The application has been withdrawn and can no longer be changed.',
    );
  });

  test('the check between the status and whose case runs only when the status allows the action', () => {
    const handler: CaseActor = { kind: 'staff', id: ME, roles: ['handler'] };
    let checked = 0;
    const between = { afterStatusCheck: () => void checked++ };
    assert.throws(() => requirePermission('decide', caseIn('decided', 'me'), handler, between));
    assert.equal(checked, 0);
    assert.throws(() => requirePermission('decide', caseIn('in_processing', 'other'), handler, between));
    assert.equal(checked, 1, 'a stale version is told before someone else’s case');
    requirePermission('decide', caseIn('in_processing', 'me'), handler, between);
    assert.equal(checked, 2);
  });
});
