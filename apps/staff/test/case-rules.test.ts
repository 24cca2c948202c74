import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ApplicationStatus, applicationStatuses, permittedActions } from '@tuki/domain';
import { permits, refusalOf } from '../src/features/case/actions.ts';
import { byName, personName } from '../src/features/case/people.ts';
import { createGate } from '../src/features/common/single-flight.ts';

describe('one request at a time', () => {
  it('refuses a second start until the first has settled', () => {
    const gate = createGate();
    assert.equal(gate.enter(), true);
    assert.equal(gate.busy, true);
    assert.equal(gate.enter(), false, 'the double click');
    gate.leave();
    assert.equal(gate.busy, false);
    assert.equal(gate.enter(), true, 'the next change');
  });
});

describe('what the case view offers (permittedActions from the server; the reasons from the action table)', () => {
  type Status = Parameters<typeof permittedActions>[0]['status'];
  const handler = { id: 'h1', roles: ['handler' as const] };
  const colleague = { id: 'h2', roles: ['handler' as const, 'social_worker' as const] };
  const supervisor = { id: 's1', roles: ['supervisor' as const] };
  const applicant = { personId: 'p1', firstName: 'Aino', lastName: 'Asiakas' };
  /** The case as the server sends it to this staff user. */
  const caseFor = (
    user: { id: string; roles: readonly ('handler' | 'social_worker' | 'supervisor')[] },
    status: Status,
    assignee: string | null,
  ) => ({
    status,
    applicant,
    assignee: assignee === null ? null : { id: assignee, firstName: 'H', lastName: 'K' },
    permittedActions: permittedActions(
      { status, personId: 'p1', assigneeId: assignee },
      { kind: 'staff', id: user.id, roles: user.roles },
    ),
  });

  it('the assignee decides; a colleague is told it is not their case; a supervisor decides any case', () => {
    assert.equal(permits(caseFor(handler, 'in_processing', 'h1'), 'decide'), true);
    assert.equal(permits(caseFor(colleague, 'in_processing', 'h1'), 'decide'), false);
    assert.equal(refusalOf(caseFor(colleague, 'in_processing', 'h1'), 'decide', colleague), 'object');
    assert.equal(permits(caseFor(supervisor, 'in_processing', 'h1'), 'decide'), true);
    assert.equal(permits(caseFor(supervisor, 'in_processing', null), 'decide'), true);
    assert.equal(refusalOf(caseFor(handler, 'in_processing', null), 'decide', handler), 'object');
  });
  it('anyone handling asks about an unassigned case; an assigned one only its caseworker or a supervisor', () => {
    assert.equal(permits(caseFor(colleague, 'submitted', null), 'askForInformation'), true);
    assert.equal(permits(caseFor(handler, 'in_processing', 'h1'), 'askForInformation'), true);
    assert.equal(
      refusalOf(caseFor(colleague, 'in_processing', 'h1'), 'askForInformation', colleague),
      'object',
    );
    assert.equal(permits(caseFor(supervisor, 'in_processing', 'h1'), 'askForInformation'), true);
  });
  it('cases in processing or waiting for information are decided; others are refused by their status', () => {
    assert.equal(permits(caseFor(handler, 'waiting_for_information', 'h1'), 'decide'), true);
    for (const status of ['submitted', 'decided', 'withdrawn', 'closed_as_duplicate'] as const)
      assert.equal(refusalOf(caseFor(handler, status, 'h1'), 'decide', handler), 'status', status);
  });
  it('only what the server sends is offered, even when the table here would allow more', () => {
    const stale = { ...caseFor(handler, 'in_processing', 'h1'), permittedActions: [] };
    assert.equal(permits(stale, 'decide'), false);
    assert.equal(refusalOf(stale, 'decide', handler), 'status', 'the case has changed since');
  });
});

describe('people in the case view', () => {
  it('are named first name first', () =>
    assert.equal(personName({ firstName: 'Hanna', lastName: 'Käsittelijä' }), 'Hanna Käsittelijä'));

  it('are listed in the order of their names as shown, by the language', () => {
    const people = [
      { id: '1', firstName: 'Örjan', lastName: 'Berg' },
      { id: '2', firstName: 'Hanna', lastName: 'Käsittelijä' },
      { id: '3', firstName: 'Aino', lastName: 'Virtanen' },
      { id: '4', firstName: 'Hanna', lastName: 'Aalto' },
      { id: '5', firstName: 'Åsa', lastName: 'Lind' },
    ];
    const shown = (language: string) => byName(people, language).map(personName);
    assert.deepEqual(shown('fi'), [
      'Aino Virtanen',
      'Hanna Aalto',
      'Hanna Käsittelijä',
      'Åsa Lind',
      'Örjan Berg',
    ]);
    assert.equal(people[0]?.firstName, 'Örjan', 'the list itself is not changed');
  });
});

describe('closing as a duplicate and assignment', () => {
  it('are offered on open cases only; a closed one is final like a decided one', () => {
    const supervisor = { id: 's1', roles: ['supervisor' as const] };
    // Every status a case can have once sent (staff never see drafts).
    const statuses = applicationStatuses.filter((status) => status !== 'draft');
    const caseIn = (status: ApplicationStatus) => ({
      status,
      applicant: { personId: 'p1', firstName: 'A', lastName: 'B' },
      assignee: null,
      permittedActions: permittedActions(
        { status, personId: 'p1', assigneeId: null },
        { kind: 'staff', ...supervisor },
      ),
    });
    const open = ['submitted', 'in_processing', 'waiting_for_information'];
    assert.deepEqual(
      statuses.filter((status) => permits(caseIn(status), 'closeAsDuplicate')),
      open,
    );
    assert.deepEqual(
      statuses.filter((status) => refusalOf(caseIn(status), 'take', supervisor) === 'status'),
      ['decided', 'withdrawn', 'closed_as_duplicate'],
    );
  });
});
