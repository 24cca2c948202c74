import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  ApiProblem,
  createApiClient,
  expectData,
  isApiProblem,
  NetworkError,
  setAcceptLanguage,
  setCsrfToken,
} from '../src/index.ts';

const realFetch = globalThis.fetch;
let requests: Request[] = [];

function answer(respond: (request: Request) => Response): void {
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  };
}

const session = {
  kind: 'citizen',
  person: {
    id: '9b2f3a34-7a43-4f5c-9d62-0d1f0c3b8a11',
    firstName: 'Aino',
    lastName: 'A',
    preferredLanguage: 'fi',
  },
  csrfToken: 'token-1',
  expiresAt: '2026-01-01T00:00:00Z',
};

describe('createApiClient', () => {
  beforeEach(() => {
    requests = [];
    setCsrfToken(undefined);
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the session cookie and returns typed data', async () => {
    answer(() => Response.json(session));
    const api = createApiClient('http://tuki.test');
    const data = await expectData(api.GET('/api/v1/session'));
    assert.equal(data.kind, 'citizen');
    assert.equal(requests[0]?.credentials, 'same-origin');
    assert.equal(requests[0]?.url, 'http://tuki.test/api/v1/session');
  });

  it('sends the interface language in Accept-Language once it is set', async () => {
    answer(() => new Response(null, { status: 204 }));
    const api = createApiClient('http://tuki.test');
    await api.GET('/api/v1/session');
    setAcceptLanguage('sv');
    await api.GET('/api/v1/session');
    setAcceptLanguage(undefined);
    assert.equal(requests[0]?.headers.get('Accept-Language'), null);
    assert.equal(requests[1]?.headers.get('Accept-Language'), 'sv');
  });

  it('keeps the code of a field error', async () => {
    answer(() =>
      Response.json(
        {
          type: 'about:blank',
          title: 'Invalid input',
          status: 400,
          errors: [{ path: 'content.iban', message: 'Tilinumero ei ole kelvollinen', code: 'invalid_iban' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const api = createApiClient('http://tuki.test');
    const error = await api.POST('/api/v1/session/logout').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    assert.ok(isApiProblem(error, 400));
    assert.deepEqual(error.errors, [
      { path: 'content.iban', message: 'Tilinumero ei ole kelvollinen', code: 'invalid_iban' },
    ]);
  });

  it('adds the CSRF token to changes but not to reads', async () => {
    answer(() => new Response(null, { status: 204 }));
    setCsrfToken('token-2');
    const api = createApiClient('http://tuki.test');
    await api.GET('/api/v1/session');
    await api.POST('/api/v1/session/logout');
    assert.equal(requests[0]?.headers.get('X-CSRF-Token'), null);
    assert.equal(requests[1]?.headers.get('X-CSRF-Token'), 'token-2');
  });

  it('turns a problem document into an ApiProblem', async () => {
    answer(() =>
      Response.json(
        {
          type: 'https://tuki.example/problems/invalid-input',
          title: 'Invalid input',
          status: 400,
          detail: 'The request has invalid fields',
          errors: [{ path: 'personalIdentityCode', message: 'Invalid personal identity code' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const api = createApiClient('http://tuki.test');
    const error = await api
      .POST('/api/v1/session/dev-login', { body: { personalIdentityCode: '131052-308X' } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.ok(isApiProblem(error, 400));
    assert.equal(error.title, 'Invalid input');
    assert.equal(error.errorFor('personalIdentityCode'), 'Invalid personal identity code');
  });

  it('gives an ApiProblem with the status for an answer that is not a problem document', async () => {
    answer(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const api = createApiClient('http://tuki.test');
    await assert.rejects(api.GET('/api/v1/config'), (error: unknown) => {
      assert.ok(error instanceof ApiProblem);
      assert.equal(error.status, 502);
      assert.deepEqual(error.errors, []);
      return true;
    });
  });

  it('turns a failed fetch into a NetworkError', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const api = createApiClient('http://tuki.test');
    await assert.rejects(api.GET('/api/v1/config'), NetworkError);
  });
});
