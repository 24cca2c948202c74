// RFC 9457 problem details: every error the API returns has this shape and media type.
import { z } from 'zod';
import type { FieldError } from '../shared/errors.ts';

export const problemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional().describe('A stable code of the rule that failed, e.g. required'),
        }),
      )
      .optional()
      .describe('For invalid input: each field that was wrong'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
export type { FieldError };

const titles: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const types: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  428: 'precondition-required',
  429: 'rate-limited',
  500: 'internal-error',
  503: 'unavailable',
};

export const PROBLEM_TYPE_BASE = 'https://tuki.example/problems/';

/** The title of a status, and the name of its problem type when nothing more precise is known. */
export const problemTitle = (status: number): string => titles[status] ?? 'Error';
export const problemTypeName = (status: number): string => types[status] ?? 'error';

/** An error that the error handler turns into a problem response. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly problemType: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  constructor(status: number, detail?: string, options: { type?: string; errors?: FieldError[] } = {}) {
    super(detail ?? titles[status] ?? 'Error');
    this.status = status;
    this.problemType = options.type ?? types[status] ?? 'error';
    this.title = titles[status] ?? 'Error';
    this.errors = options.errors;
  }
}

export function problemBody(
  status: number,
  detail: string | undefined,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: `${PROBLEM_TYPE_BASE}${types[status] ?? 'error'}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, detail, errors ? { errors } : {});
export const unauthorized = (detail = 'Sign in to continue.') => new HttpProblem(401, detail);
export const forbidden = (detail = 'You are not allowed to do this.') => new HttpProblem(403, detail);
export const notFound = (detail = 'The resource does not exist.') => new HttpProblem(404, detail);
export const conflict = (detail: string) => new HttpProblem(409, detail);

/** The error responses that most operations share, for the OpenAPI document. */
export const commonErrorResponses = {
  400: problemSchema.describe('Invalid input'),
  401: problemSchema.describe('Not signed in'),
  403: problemSchema.describe('Not allowed'),
  500: problemSchema.describe('Internal error'),
} as const;
