// A person's first and last name as a citizen may type them when the identity service did not give them:
// letters of any alphabet (with their combining marks), spaces, hyphens and apostrophes, at least one letter,
// at most PERSON_NAME_MAX_LENGTH characters. The same rule runs in the browser and on the server.

export const PERSON_NAME_MAX_LENGTH = 100;

export type PersonNameProblem = 'required' | 'too_long' | 'invalid_characters';

const allowed = /^[\p{L}\p{M}' ’-]+$/u;
const letter = /\p{L}/u;

/** NFC, no leading or trailing spaces, runs of spaces as one (what is stored). */
export function normalizePersonName(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The problem of a name part after normalisation, or null when it is acceptable. */
export function personNameProblem(value: string): PersonNameProblem | null {
  const name = normalizePersonName(value);
  if (name === '') return 'required';
  if ([...name].length > PERSON_NAME_MAX_LENGTH) return 'too_long';
  if (!allowed.test(name) || !letter.test(name)) return 'invalid_characters';
  return null;
}

/** Whether a person's name is incomplete (the identity service gave no first or no last name). */
export function isPersonNameMissing(person: { firstName: string; lastName: string }): boolean {
  return person.firstName.trim() === '' || person.lastName.trim() === '';
}
