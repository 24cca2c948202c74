// Runs the rules engine for the API: the parameter set in force in the month (from parameter-sets.ts, the one place
// the server gets them), then `calculate`; every refusal becomes a problem with texts in the user's language.
//   400 invalid input: `errors[]` with the field's path (`members.0.dateOfBirth`), a message and a stable code;
//   422 a valid input that cannot be calculated: no parameters for the month (path `month`), a municipality not in
//       the month's housing-cost norm table (path `municipalityCode`), or the grace period ended in a month before
//       the norms (path `housing.normGraceEnded`).
import { type Language, translate } from '@tuki/i18n';
import {
  type CalculationInput,
  type CalculationInputIssue,
  type CalculationResult,
  calculate,
  InvalidCalculationInputError,
  MissingHousingNormError,
  NoParametersForMonthError,
  UnknownMunicipalityError,
} from '@tuki/rules';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { type FieldError, InvalidInput, Unprocessable } from '../shared/errors.ts';
import { parameterSetFor } from './parameter-sets.ts';

type ZodIssue = z.core.$ZodIssue;

/** The rules' own issue codes (calculationInputIssues and calculate) and their texts. */
const rulesIssueKeys = {
  'one-applicant': 'calculation.errors.oneApplicant',
  'one-spouse': 'calculation.errors.oneSpouse',
  'duplicate-member': 'calculation.errors.duplicateMember',
  'born-after-month': 'calculation.errors.bornAfterMonth',
  'birth-date-out-of-range': 'calculation.errors.birthDateOutOfRange',
  'month-out-of-range': 'calculation.errors.monthOutOfRange',
  'unknown-member': 'calculation.errors.unknownMember',
  'reduction-outside-family': 'calculation.errors.reductionOutsideFamily',
  'lives-with-parents-applicant-only': 'calculation.errors.livesWithParentsApplicantOnly',
  'family-share-above-costs': 'calculation.errors.familyShareAboveCosts',
} as const;

function rulesIssueError(issue: CalculationInputIssue, language: Language, month: string): FieldError {
  const path = issue.path.join('.');
  if (issue.code === 'reduction-not-in-force') {
    return {
      path,
      code: issue.code,
      message: translate(language, 'calculation.errors.reductionNotInForce', { month }),
    };
  }
  if (issue.code === 'expense-not-in-force') {
    return {
      path,
      code: issue.code,
      message: translate(language, 'calculation.errors.expenseNotInForce', { month }),
    };
  }
  const key = rulesIssueKeys[issue.code as keyof typeof rulesIssueKeys];
  return {
    path,
    code: issue.code,
    message: translate(language, key ?? 'calculation.errors.invalid'),
  };
}

/** One zod issue as a field error with a stable code and a text in `language`. */
function zodIssueError(issue: ZodIssue, language: Language, input: unknown): FieldError {
  const path = issue.path.map(String).join('.') || '(body)';
  const last = issue.path.at(-1);
  const error = (code: string, key: Parameters<typeof translate>[1]) => ({
    path,
    code,
    message: translate(language, key as 'calculation.errors.invalid'),
  });
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (typeof code === 'string') {
        const month =
          typeof input === 'object' && input !== null && 'month' in input ? String(input.month) : '';
        return rulesIssueError(
          { path: issue.path as (string | number)[], code, message: issue.message },
          language,
          month,
        );
      }
      return error('invalid', 'calculation.errors.invalid');
    }
    case 'invalid_type':
      return issue.input === undefined
        ? error('required', 'calculation.errors.required')
        : error('invalid-type', 'calculation.errors.invalidType');
    case 'too_small':
      return issue.origin === 'array'
        ? error('too-small', 'calculation.errors.required')
        : error('too-small', 'calculation.errors.tooSmall');
    case 'too_big':
      return issue.origin === 'array'
        ? error('too-many', 'calculation.errors.tooMany')
        : error('too-large', 'calculation.errors.tooLarge');
    case 'invalid_format':
      if (last === 'month') return error('invalid-month', 'calculation.errors.invalidMonth');
      if (last === 'municipalityCode')
        return error('invalid-municipality', 'calculation.errors.invalidMunicipality');
      return error('invalid-date', 'calculation.errors.invalidDate');
    case 'invalid_value':
      return error('invalid-value', 'calculation.errors.invalidValue');
    case 'unrecognized_keys':
      return error('unknown-field', 'calculation.errors.unknownField');
    case 'not_multiple_of':
      return error('not-whole', 'calculation.errors.notWhole');
    default:
      return error('invalid', 'calculation.errors.invalid');
  }
}

export function invalidInputProblem(errors: FieldError[], language: Language): InvalidInput {
  return new InvalidInput(translate(language, 'calculation.problems.invalid'), {
    code: 'invalid-calculation-input',
    errors,
  });
}

/** A 400 problem for a body that failed its zod schema. */
export function zodProblem(issues: readonly ZodIssue[], language: Language, input: unknown): InvalidInput {
  return invalidInputProblem(
    issues.map((issue) => zodIssueError(issue, language, input)),
    language,
  );
}

function monthsCovered(covered: readonly (readonly [string, string])[]): string {
  return covered.map(([from, to]) => `${from}…${to}`).join(', ');
}

/** The problem for a refusal of the rules engine; undefined for any other error (a bug: let it be a 500). */
export function rulesProblem(
  error: unknown,
  input: CalculationInput,
  language: Language,
): InvalidInput | Unprocessable | undefined {
  if (error instanceof NoParametersForMonthError) {
    const message = translate(language, 'calculation.problems.noParameters', {
      month: error.month,
      covered: monthsCovered(error.covered),
    });
    return new Unprocessable(message, {
      code: 'no-parameters-for-month',
      errors: [{ path: 'month', code: 'no-parameters-for-month', message }],
    });
  }
  if (error instanceof MissingHousingNormError) {
    const message = translate(language, 'calculation.problems.missingNorm', {
      municipality: error.municipalityCode,
      month: error.month,
    });
    return new Unprocessable(message, {
      code: 'missing-housing-norm',
      errors: [{ path: 'housing.normGraceEnded', code: 'missing-housing-norm', message }],
    });
  }
  if (error instanceof UnknownMunicipalityError) {
    const message = translate(language, 'calculation.errors.unknownMunicipality', {
      municipality: error.municipalityCode,
      month: error.month,
    });
    return new Unprocessable(message, {
      code: 'unknown-municipality',
      errors: [{ path: 'municipalityCode', code: 'unknown-municipality', message }],
    });
  }
  if (error instanceof InvalidCalculationInputError) {
    return invalidInputProblem(
      error.issues.map((issue) => rulesIssueError(issue, language, input.month)),
      language,
    );
  }
  // The calendar's RangeError on a date no check caught: still the input's fault, never a 500.
  if (error instanceof RangeError) {
    return invalidInputProblem(
      [{ path: '(body)', code: 'invalid', message: translate(language, 'calculation.errors.invalid') }],
      language,
    );
  }
  return undefined;
}

/** Calculates `input` with the parameters of its month; throws InvalidInput or Unprocessable when refused. */
export async function runCalculation(
  db: Db,
  input: CalculationInput,
  language: Language,
): Promise<CalculationResult> {
  try {
    return calculate(input, await parameterSetFor(db, input.month));
  } catch (error) {
    throw rulesProblem(error, input, language) ?? error;
  }
}
