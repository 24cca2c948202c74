// Turns every error into an application/problem+json response, and unknown API paths into 404 problems.

import { ActionNotPermitted, type RefusalReason } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
  unavailableSummary,
} from '../db/unavailable.ts';
import {
  Conflict,
  DomainError,
  Failed,
  Forbidden,
  InvalidInput,
  NotFound,
  StaleVersion,
  TooLarge,
  Unavailable,
  Unprocessable,
  UnsupportedContent,
  VersionRequired,
} from '../shared/errors.ts';
import { acceptedLanguages } from './language.ts';
import {
  type FieldError,
  HttpProblem,
  PROBLEM_TYPE_BASE,
  type Problem,
  problemBody,
  problemTitle,
  problemTypeName,
} from './problem.ts';

/** The status of each kind of domain error: the one mapping of the server's refusals to HTTP. */
const domainStatuses: readonly [abstract new (...args: never[]) => DomainError, number][] = [
  [InvalidInput, 400],
  [Forbidden, 403],
  [NotFound, 404],
  [Conflict, 409],
  [StaleVersion, 412],
  [TooLarge, 413],
  [UnsupportedContent, 415],
  [Unprocessable, 422],
  [VersionRequired, 428],
  [Failed, 500],
  [Unavailable, 503],
];

/** A refusal as a problem: its status, type name (without the base URI), title, detail and fields. */
export interface ProblemOf {
  status: number;
  type: string;
  title: string;
  detail: string;
  errors: FieldError[] | undefined;
}

/** The problem that an HttpProblem or a domain error stands for. */
export function problemOf(error: HttpProblem | DomainError): ProblemOf {
  if (error instanceof HttpProblem) {
    return {
      status: error.status,
      type: error.problemType,
      title: error.title,
      detail: error.message,
      errors: error.errors,
    };
  }
  const status = domainStatuses.find(([kind]) => error instanceof kind)?.[1] ?? 500;
  return {
    status,
    type: error.code ?? problemTypeName(status),
    title: problemTitle(status),
    detail: error.message,
    errors: error.errors,
  };
}

/** The answer to an action the case action table refuses (packages/domain/src/application/actions.ts). */
const refusalStatus: Record<RefusalReason, number> = { actor: 403, notOwn: 404, status: 409, object: 403 };

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail?: string,
  extra: Partial<Problem> = {},
) {
  const body = problemBody(status, detail, { requestId: reply.request.id, ...extra });
  return reply.code(status).type('application/problem+json').send(body);
}

function fieldPath(instancePath: string, prefix: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return prefix === 'body' ? path || '(body)' : path ? `${prefix}.${path}` : prefix;
}

/** Postgres error codes that mean the client sent something the database refused. */
const clientSqlStates = new Set(['23505', '23503', '23514', '22P02', '22001']);

/** 503 with Retry-After while the database is unavailable; the text in the language asked for, else Finnish. */
export function sendDatabaseUnavailable(reply: FastifyReply) {
  const language = acceptedLanguages(reply.request.headers['accept-language'])[0] ?? 'fi';
  reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
  return sendProblem(reply, 503, translate(language, 'errors.unavailable'), {
    type: 'https://tuki.example/problems/database-unavailable',
  });
}

const UNAVAILABLE_WARNING_INTERVAL_MS = 60_000;

export function registerErrorHandling(app: FastifyInstance): void {
  // While the database is away every request fails alike: one warning a minute, with the count of the others.
  let warnedAt = Number.NEGATIVE_INFINITY;
  let unwarned = 0;
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isDatabaseUnavailable(error)) {
      if (Date.now() - warnedAt >= UNAVAILABLE_WARNING_INTERVAL_MS) {
        request.log.warn(
          { database: unavailableSummary(error), alsoAnswered503: unwarned },
          'database unavailable: answering 503',
        );
        warnedAt = Date.now();
        unwarned = 0;
      } else unwarned++;
      return sendDatabaseUnavailable(reply);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((issue) => ({
        path: fieldPath(issue.instancePath, prefix),
        message: issue.message ?? 'is invalid',
      }));
      return sendProblem(reply, 400, 'The request is not valid.', { errors });
    }
    if (error instanceof ActionNotPermitted) {
      return sendProblem(reply, refusalStatus[error.reason], error.message);
    }
    if (error instanceof HttpProblem || error instanceof DomainError) {
      const problem = problemOf(error);
      if (problem.status >= 500) request.log.error({ err: error }, error.message);
      return sendProblem(reply, problem.status, problem.detail, {
        type: `${PROBLEM_TYPE_BASE}${problem.type}`,
        title: problem.title,
        ...(problem.errors ? { errors: problem.errors } : {}),
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendProblem(reply, 500, 'The server could not produce a valid response.');
    }
    const code = (error as { code?: string }).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(reply, 413, 'The request body is too large.');
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(reply, 415, 'This content type is not supported here.');
    }
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY')
      return sendProblem(reply, 400, 'The body is not valid JSON.');
    if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendProblem(reply, 400, 'The JSON body is empty.');
    if (code && clientSqlStates.has(code)) {
      request.log.warn({ err: error }, 'database refused the input');
      return sendProblem(reply, 409, 'The data conflicts with existing records or rules.');
    }
    // Any other data exception (SQLSTATE class 22: a value out of range, a character the database cannot store)
    // comes from a value the input policy and the schemas let through: the client's input, not our failure.
    if (code && /^22[0-9A-Z]{3}$/.test(code)) {
      request.log.warn({ err: error }, 'database refused a value of the input');
      return sendProblem(reply, 400, 'A value of the request is outside what can be stored.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(
        reply,
        status,
        error instanceof SyntaxError ? 'The body is not valid JSON.' : error.message,
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'Something went wrong on our side. Try again later.');
  });
}

export function isApiPath(url: string): boolean {
  return ['/api', '/gdpr-api'].some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );
}
