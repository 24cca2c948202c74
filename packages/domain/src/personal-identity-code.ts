// Finnish personal identity code (henkilötunnus, HETU).
//
// Format: DDMMYY C NNN X
//   DDMMYY  date of birth
//   C       century sign: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s; 'A'–'F' 2000s
//   NNN     individual number: 002–899, or 900–999 for temporary codes; odd = male, even = female
//   X       check character: the nine digits DDMMYYNNN as a number, mod 31, looked up in
//           CHECK_CHARACTERS
// Only upper-case letters are valid; use normalizePersonalIdentityCode on user input first.

import {
  compareIsoDates,
  formatIsoDate,
  type IsoDate,
  isIsoDate,
  isValidCalendarDate,
  parseIsoDate,
} from './calendar-date.ts';

export const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export const centurySigns = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type CenturySign = (typeof centurySigns)[number];

export type Sex = 'male' | 'female';

export type PersonalIdentityCodeInfo = {
  /** The code exactly as validated. */
  code: string;
  dateOfBirth: IsoDate;
  sex: Sex;
  /** True for individual numbers 900–999 (temporary codes). */
  temporary: boolean;
};

export type PersonalIdentityCodeFailure = 'format' | 'date' | 'check' | 'individual_number';

export type PersonalIdentityCodeParseResult =
  | { ok: true; value: PersonalIdentityCodeInfo }
  | { ok: false; reason: PersonalIdentityCodeFailure };

export type PersonalIdentityCodeOptions = {
  /** Accept individual numbers 900–999 (temporary codes). Default true. */
  allowTemporary?: boolean;
};

// The last character is checked against CHECK_CHARACTERS separately so that a wrong check
// character is reported as 'check', not 'format'.
const CODE_PATTERN = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Z])$/;

/** The first year of the century that the sign stands for. */
function centuryStart(sign: string): number {
  if (sign === '+') return 1800;
  if (sign === '-' || (sign >= 'U' && sign <= 'Y')) return 1900;
  return 2000;
}

function defaultCenturySign(year: number): CenturySign {
  if (year >= 1800 && year <= 1899) return '+';
  if (year >= 1900 && year <= 1999) return '-';
  if (year >= 2000 && year <= 2099) return 'A';
  throw new RangeError(`Year of birth ${year} cannot be expressed in a personal identity code`);
}

/** The check character for the digits DDMMYY and NNN. */
export function personalIdentityCodeCheckCharacter(datePart: string, individualNumber: string): string {
  if (!/^\d{6}$/.test(datePart) || !/^\d{3}$/.test(individualNumber)) {
    throw new RangeError('Expected six date digits and a three-digit individual number');
  }
  const remainder = Number(datePart + individualNumber) % 31;
  return CHECK_CHARACTERS.charAt(remainder);
}

/** Trims whitespace and upper-cases. Does not validate. */
export function normalizePersonalIdentityCode(input: string): string {
  return input.trim().toUpperCase();
}

export function parsePersonalIdentityCode(
  code: string,
  options: PersonalIdentityCodeOptions = {},
): PersonalIdentityCodeParseResult {
  const allowTemporary = options.allowTemporary ?? true;
  const match = CODE_PATTERN.exec(code);
  if (!match) return { ok: false, reason: 'format' };
  const [, dd = '', mm = '', yy = '', sign = '', individual = '', check = ''] = match;

  const year = centuryStart(sign) + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (!isValidCalendarDate(year, month, day)) return { ok: false, reason: 'date' };

  const individualNumber = Number(individual);
  if (individualNumber < 2 || (individualNumber >= 900 && !allowTemporary)) {
    return { ok: false, reason: 'individual_number' };
  }

  if (personalIdentityCodeCheckCharacter(dd + mm + yy, individual) !== check) {
    return { ok: false, reason: 'check' };
  }

  return {
    ok: true,
    value: {
      code,
      dateOfBirth: formatIsoDate(year, month, day),
      sex: individualNumber % 2 === 1 ? 'male' : 'female',
      temporary: individualNumber >= 900,
    },
  };
}

export function isValidPersonalIdentityCode(
  code: string,
  options: PersonalIdentityCodeOptions = {},
): boolean {
  return parsePersonalIdentityCode(code, options).ok;
}

/**
 * Age in full years on the date `on`. The first argument is either a personal identity code
 * or a date of birth ('YYYY-MM-DD').
 *
 * A person born on 29 February reaches the next year of age on 1 March in non-leap years
 * (the birthday has not yet come on 28 February).
 *
 * Throws RangeError for an invalid code or date, or if `on` is before the date of birth.
 */
export function ageOn(codeOrDateOfBirth: string, on: IsoDate): number {
  let dateOfBirth: IsoDate;
  if (isIsoDate(codeOrDateOfBirth)) {
    dateOfBirth = codeOrDateOfBirth;
  } else {
    const parsed = parsePersonalIdentityCode(codeOrDateOfBirth);
    if (!parsed.ok) throw new RangeError(`Not a valid personal identity code (${parsed.reason})`);
    dateOfBirth = parsed.value.dateOfBirth;
  }
  if (compareIsoDates(on, dateOfBirth) < 0) {
    throw new RangeError(`Date ${on} is before the date of birth`);
  }
  const birth = parseIsoDate(dateOfBirth);
  const today = parseIsoDate(on);
  const birthdayPassed = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (birthdayPassed ? 0 : 1);
}

/**
 * Builds a valid personal identity code (for demo data and tests).
 * `individualNumber` is 2–999. The century sign defaults to '+', '-' or 'A' by the year of
 * birth; a given sign must match the century. Throws RangeError on bad input.
 */
export function makePersonalIdentityCode(
  dateOfBirth: IsoDate,
  individualNumber: number,
  centurySign?: CenturySign,
): string {
  const { year, month, day } = parseIsoDate(dateOfBirth);
  const sign = centurySign ?? defaultCenturySign(year);
  if (!(centurySigns as readonly string[]).includes(sign)) {
    throw new RangeError(`Unknown century sign: ${JSON.stringify(sign)}`);
  }
  const start = centuryStart(sign);
  if (year < start || year > start + 99) {
    throw new RangeError(`Century sign ${sign} does not match year of birth ${year}`);
  }
  if (!Number.isInteger(individualNumber) || individualNumber < 2 || individualNumber > 999) {
    throw new RangeError(`Individual number must be an integer 2–999: ${individualNumber}`);
  }
  const datePart =
    String(day).padStart(2, '0') + String(month).padStart(2, '0') + String(year % 100).padStart(2, '0');
  const individual = String(individualNumber).padStart(3, '0');
  return datePart + sign + individual + personalIdentityCodeCheckCharacter(datePart, individual);
}
