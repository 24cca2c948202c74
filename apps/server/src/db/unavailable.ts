// "The database is not there right now": the errors that mean PostgreSQL is unreachable, restarting or has dropped
// the connection, as opposed to errors of the query itself. Requests answer them with 503 and Retry-After, the
// workers back off, and all recover by themselves once the database answers again (the pool opens new connections).

/** Thrown where the server itself decides the database is unavailable (e.g. a readiness ping that took too long). */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'The database is not reachable.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * PostgreSQL SQLSTATEs of an unavailable server: class 08 (connection exception), 57P01 admin shutdown (a restart,
 * pg_terminate_backend), 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down), 57P05 idle
 * session timeout, 53300 too many connections.
 */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);

/** Socket and name-resolution errors of Node while connecting to or talking with the server. */
const unavailableNetworkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** The messages node-postgres gives a lost or never-made connection (they carry no code). */
const unavailableMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Client has encountered a connection error/,
  /^Connection ended unexpectedly/,
];

function isUnavailableItself(error: object): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (unavailableSqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (unavailableNetworkCodes.has(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message));
}

/** True when the error (or its cause, or one of an AggregateError's errors) means the database is unavailable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if (isUnavailableItself(error)) return true;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return cause !== undefined && isDatabaseUnavailable(cause, depth + 1);
}

/** What may be logged of such an error: its code and message (PostgreSQL's texts here carry no personal data). */
export function unavailableSummary(error: unknown): { code?: string; message: string } {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    message: typeof message === 'string' ? message : 'unknown error',
  };
}

/** Seconds a client is asked to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
