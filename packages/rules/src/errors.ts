// The errors of the rules engine. Every refusal is one of these classes, so a caller (the API) can map it to its
// answer without parsing messages: `code` is stable, the message is for logs and developers.

/** One problem with a calculation input, with the path of the offending field (as in zod issues). */
export type CalculationInputIssue = {
  path: (string | number)[];
  code: string;
  message: string;
};

/** Base class of every error the rules engine throws on purpose. */
export class RulesError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * No parameter set covers the month: the calculation is refused rather than made with another period's figures.
 */
export class NoParametersForMonthError extends RulesError {
  readonly month: string;
  /** The months the available sets cover, as `[from, through]` ranges (inclusive). */
  readonly covered: readonly (readonly [string, string])[];

  constructor(month: string, covered: readonly (readonly [string, string])[]) {
    const ranges = covered.length === 0 ? 'none' : covered.map(([from, to]) => `${from}…${to}`).join(', ');
    super('no-parameters-for-month', `No assistance parameters for ${month} (months covered: ${ranges})`);
    this.month = month;
    this.covered = covered;
  }
}

/** `calculate` was given a parameter set that is not in force in the input's month. */
export class ParametersNotInForceError extends RulesError {
  readonly month: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly validThrough: string;

  constructor(month: string, version: string, effectiveFrom: string, validThrough: string) {
    super(
      'parameters-not-in-force',
      `Parameter set ${version} (${effectiveFrom}…${validThrough}) is not in force in ${month}`,
    );
    this.month = month;
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    this.validThrough = validThrough;
  }
}

/** The input breaks a rule that its schema alone cannot check (or was not validated with the schema). */
export class InvalidCalculationInputError extends RulesError {
  readonly issues: readonly CalculationInputIssue[];

  constructor(issues: readonly CalculationInputIssue[]) {
    super(
      'invalid-calculation-input',
      `Invalid calculation input: ${issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
    );
    this.issues = issues;
  }
}

/**
 * The grace period has ended (`housing.normGraceEnded`), so the municipal housing-cost norm must cap the costs,
 * but the parameter set has no norms at all (a month before the norms, 2024-04).
 */
export class MissingHousingNormError extends RulesError {
  readonly municipalityCode: string;
  readonly month: string;
  readonly parametersVersion: string;

  constructor(municipalityCode: string, month: string, parametersVersion: string) {
    super(
      'missing-housing-norm',
      `Parameter set ${parametersVersion} has no housing-cost norm for municipality ${municipalityCode} in ${month}`,
    );
    this.municipalityCode = municipalityCode;
    this.month = month;
    this.parametersVersion = parametersVersion;
  }
}

/**
 * The parameter set has a housing-cost norm table for the month (from 2024-04 on) and the municipality is not in
 * it: a code that does not exist, or a municipality the table lacks. Refused whether or not the grace period has
 * ended — never calculated without a norm.
 */
export class UnknownMunicipalityError extends RulesError {
  readonly municipalityCode: string;
  readonly month: string;
  readonly parametersVersion: string;

  constructor(municipalityCode: string, month: string, parametersVersion: string) {
    super(
      'unknown-municipality',
      `Municipality ${municipalityCode} is not in the housing-cost norm table of ${month} (parameter set ${parametersVersion})`,
    );
    this.municipalityCode = municipalityCode;
    this.month = month;
    this.parametersVersion = parametersVersion;
  }
}
