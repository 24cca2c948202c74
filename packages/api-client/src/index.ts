// Public API of @tuki/api-client.

export { type ApiClient, createApiClient, expectData } from './client.ts';
export { csrfHeader, getCsrfToken, setCsrfToken } from './csrf.ts';
export { getAcceptLanguage, setAcceptLanguage } from './language.ts';
export {
  ApiProblem,
  isApiProblem,
  isNetworkError,
  NetworkError,
  type ProblemDetails,
  type ProblemFieldError,
} from './problem.ts';
export type { components, operations, paths } from './schema.gen.ts';
export type * from './types.ts';
