import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byName, personName } from '../src/features/case/people.ts';
import {
  type Actor,
  isDecidable,
  isFinal,
  isOpen,
  mayAskForInformation,
  mayDecide,
} from '../src/features/case/permissions.ts';
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

describe('who decides a case (as the server: the assignee or a supervisor)', () => {
  const handler: Actor = { id: 'h1', roles: ['handler'] };
  const colleague: Actor = { id: 'h2', roles: ['handler', 'social_worker'] };
  const supervisor: Actor = { id: 's1', roles: ['supervisor'] };
  const assigned = { status: 'in_processing', assignee: { id: 'h1' } };

  it('the assignee decides', () => assert.equal(mayDecide(assigned, handler), true));
  it('a colleague who is not the assignee does not', () =>
    assert.equal(mayDecide(assigned, colleague), false));
  it('a supervisor decides any case', () => {
    assert.equal(mayDecide(assigned, supervisor), true);
    assert.equal(mayDecide({ status: 'in_processing', assignee: null }, supervisor), true);
  });
  it('nobody is the assignee of an unassigned case', () =>
    assert.equal(mayDecide({ status: 'in_processing', assignee: null }, handler), false));
  it('anyone handling asks about an unassigned case; an assigned one only its caseworker or a supervisor', () => {
    assert.equal(mayAskForInformation({ status: 'submitted', assignee: null }, colleague), true);
    assert.equal(mayAskForInformation(assigned, handler), true);
    assert.equal(mayAskForInformation(assigned, colleague), false);
    assert.equal(mayAskForInformation(assigned, supervisor), true);
  });
  it('cases in processing or waiting for information are decided', () => {
    assert.equal(isDecidable(assigned), true);
    assert.equal(isDecidable({ ...assigned, status: 'waiting_for_information' }), true);
    assert.equal(isDecidable({ ...assigned, status: 'submitted' }), false);
    assert.equal(isDecidable({ ...assigned, status: 'decided' }), false);
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

describe('closing as a duplicate', () => {
  it('is offered on open cases only; a closed one is final like a decided one', () => {
    const statuses = [
      'submitted',
      'in_processing',
      'waiting_for_information',
      'decided',
      'withdrawn',
      'closed_as_duplicate',
    ];
    assert.deepEqual(statuses.filter(isOpen), ['submitted', 'in_processing', 'waiting_for_information']);
    assert.deepEqual(statuses.filter(isFinal), ['decided', 'withdrawn', 'closed_as_duplicate']);
    assert.equal(isDecidable({ status: 'closed_as_duplicate', assignee: null }), false);
  });
});
