// Errors the API client throws: an API answer that was not a success, or no answer at all.

export interface ProblemFieldError {
  /** Where the input was wrong, e.g. `personalIdentityCode` or `content.applicant.email`. */
  path: string;
  message: string;
  /** A machine-readable reason, e.g. a validation code such as `required` or `invalid_iban`. */
  code?: string;
}

/** The fields of an RFC 9457 problem document. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string | undefined;
  errors: ProblemFieldError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [
          typeof item.code === 'string'
            ? { path: item.path, message: item.message, code: item.code }
            : { path: item.path, message: item.message },
        ]
      : [],
  );
}

/** An API answer with a 4xx or 5xx status, usually an `application/problem+json` document. */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];

  constructor(problem: ProblemDetails) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.errors = problem.errors;
  }

  /** The message for one input field, if the API named it in `errors`. */
  errorFor(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }

  /** Reads a failed response; a body that is not a problem document still gives status and title. */
  static async fromResponse(response: Response): Promise<ApiProblem> {
    let body: unknown;
    if (/[/+]json\b/.test(response.headers.get('Content-Type') ?? '')) {
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
    }
    const problem = isRecord(body) ? body : {};
    return new ApiProblem({
      type: typeof problem.type === 'string' ? problem.type : 'about:blank',
      title:
        typeof problem.title === 'string' ? problem.title : response.statusText || `HTTP ${response.status}`,
      status: typeof problem.status === 'number' ? problem.status : response.status,
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
      errors: fieldErrors(problem.errors),
    });
  }
}

/** The request never got an answer: the network is down, the server is unreachable, or the request was cut. */
export class NetworkError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The API could not be reached', options);
    this.name = 'NetworkError';
  }
}

export function isApiProblem(error: unknown, status?: number): error is ApiProblem {
  return error instanceof ApiProblem && (status === undefined || error.status === status);
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
