// The typed API client: openapi-fetch over the generated paths, with the session's cookie, the CSRF token and the
// user's language (Accept-Language), and errors turned into exceptions (ApiProblem for an error answer,
// NetworkError for no answer).

import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { csrfHeader, getCsrfToken, needsCsrfToken } from './csrf.ts';
import { getAcceptLanguage } from './language.ts';
import { ApiProblem, NetworkError } from './problem.ts';
import type { paths } from './schema.gen.ts';

export type ApiClient = Client<paths>;

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getCsrfToken();
    if (token !== undefined && needsCsrfToken(request.method) && !request.headers.has(csrfHeader)) {
      request.headers.set(csrfHeader, token);
    }
    const language = getAcceptLanguage();
    if (language !== undefined && !request.headers.has('Accept-Language')) {
      request.headers.set('Accept-Language', language);
    }
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await ApiProblem.fromResponse(response);
    return undefined;
  },
  onError({ error }) {
    if (error instanceof Error && error.name === 'AbortError') return error;
    return new NetworkError({ cause: error });
  },
};

/**
 * A client for the API at `baseUrl` ('' = the page's own origin, as the web apps are served by the API server).
 * Every call resolves only for a 2xx answer and rejects with ApiProblem or NetworkError otherwise.
 */
export function createApiClient(baseUrl = ''): ApiClient {
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin' });
  client.use(sessionMiddleware);
  return client;
}

/**
 * The body of a successful call: `const session = await expectData(api.GET('/api/v1/session'))`.
 * Throws if a call that should answer with a body did not.
 */
export async function expectData<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) {
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Empty response',
      status: response.status,
      detail: `${response.url} answered ${response.status} without a body`,
      errors: [],
    });
  }
  return data;
}
