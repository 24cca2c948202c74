import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isPersonNameMissing,
  normalizePersonName,
  PERSON_NAME_MAX_LENGTH,
  personNameProblem,
} from '../src/person-name.ts';

describe('a name typed by the person', () => {
  it('accepts letters of any alphabet, spaces, hyphens and apostrophes', () => {
    for (const name of ['Maija', 'Anna-Liisa', 'Öhman', "O'Brien", 'D’Artagnan', 'von Wright', 'Åsa', 'Ng']) {
      assert.equal(personNameProblem(name), null, name);
    }
  });

  it('refuses digits, punctuation, only marks and empty names', () => {
    assert.equal(personNameProblem('   '), 'required');
    assert.equal(personNameProblem('Matti2'), 'invalid_characters');
    assert.equal(personNameProblem('Matti.'), 'invalid_characters');
    assert.equal(personNameProblem('<b>'), 'invalid_characters');
    assert.equal(personNameProblem("--'"), 'invalid_characters');
  });

  it('counts the length after normalisation', () => {
    assert.equal(personNameProblem('a'.repeat(PERSON_NAME_MAX_LENGTH)), null);
    assert.equal(personNameProblem('a'.repeat(PERSON_NAME_MAX_LENGTH + 1)), 'too_long');
    assert.equal(normalizePersonName('  Anna   Liisa '), 'Anna Liisa');
    // A decomposed ö becomes one character.
    assert.equal(normalizePersonName('O\u0308hman'), 'Öhman');
  });

  it('knows when a name is missing', () => {
    assert.equal(isPersonNameMissing({ firstName: '', lastName: 'Virtanen' }), true);
    assert.equal(isPersonNameMissing({ firstName: 'Maija', lastName: ' ' }), true);
    assert.equal(isPersonNameMissing({ firstName: 'Maija', lastName: 'Virtanen' }), false);
  });
});
