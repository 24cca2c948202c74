// Domain errors: what a command, a repository or a job throws when it refuses. Each class names the kind of
// refusal, never an HTTP status; http/errors.ts is the one place that turns them into problem+json responses.

/** One field of the input that was wrong: its path, a message for people and a stable code for programs. */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

export interface DomainErrorOptions {
  /** A stable, machine-readable name of the refusal, e.g. `nothing-to-print` (the problem type). */
  code?: string;
  /** The fields that were wrong. */
  errors?: FieldError[];
}

export abstract class DomainError extends Error {
  readonly code: string | undefined;
  readonly errors: FieldError[] | undefined;
  constructor(message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = new.target.name;
    this.code = options.code;
    this.errors = options.errors;
  }
}

/** The input breaks a rule (a missing field, a value out of range); `errors` names the fields. */
export class InvalidInput extends DomainError {}
/** The actor may not do this to this object. */
export class Forbidden extends DomainError {}
/** No such object, or not one the actor may see. */
export class NotFound extends DomainError {}
/** Not allowed in the object's current state, or it clashes with another object. */
export class Conflict extends DomainError {}
/** The change names an older version of the object than the current one. */
export class StaleVersion extends DomainError {}
/** The change must name the version of the object it is based on, and does not. */
export class VersionRequired extends DomainError {}
/** The content is larger than allowed. */
export class TooLarge extends DomainError {}
/** The content is of a kind that is not accepted. */
export class UnsupportedContent extends DomainError {}
/** The input is understood but cannot be acted on (no rules for the month, malware found, a key reused). */
export class Unprocessable extends DomainError {}
/** A service the operation needs is not available now; trying later may work. */
export class Unavailable extends DomainError {}
/** The operation failed on the server's side (a stored file cannot be read). */
export class Failed extends DomainError {}

export const invalidInput = (detail: string, errors?: FieldError[]) =>
  new InvalidInput(detail, errors ? { errors } : {});
export const forbidden = (detail = 'You are not allowed to do this.') => new Forbidden(detail);
export const notFound = (detail = 'The resource does not exist.') => new NotFound(detail);
export const conflict = (detail: string, code?: string) => new Conflict(detail, code ? { code } : {});
