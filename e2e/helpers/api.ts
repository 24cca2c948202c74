// The server's HTTP API as the browser tests use it to prepare a scene: dev sign-in, requests with the session
// cookie and CSRF token, and a complete application sent by a demo citizen.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { completeContent } from '../../apps/server/test/helpers/applications.ts';
import { singleApplicantCalculation } from '../../apps/server/test/helpers/cases.ts';
import { matti } from '../../apps/server/test/helpers/demo-citizens.ts';

export interface ApiSession {
  cookie: string;
  csrf: string;
  /** Set when a staff user signed in. */
  staffUser?: { id: string; firstName: string; lastName: string };
}

/** Today in Finland (YYYY-MM-DD). */
export function helsinkiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

export function testApi(baseUrl: () => string) {
  async function api(
    session: ApiSession | undefined,
    method: string,
    path: string,
    options: { json?: unknown; body?: FormData | string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (session) {
      headers.cookie = session.cookie;
      if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
    }
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${baseUrl()}${path}`, {
      method,
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
    });
  }

  /** Development sign-in; `unnamed` signs a new identity code in without a name (as an identity service may). */
  async function signInApi(
    body: { personalIdentityCode: string; unnamed?: boolean } | { username: string },
  ): Promise<ApiSession> {
    const response = await api(undefined, 'POST', '/api/v1/session/dev-login', { json: body });
    assert.equal(response.status, 200, await response.clone().text());
    const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const session = (await response.json()) as { csrfToken: string; staffUser?: ApiSession['staffUser'] };
    return session.staffUser
      ? { cookie, csrf: session.csrfToken, staffUser: session.staffUser }
      : { cookie, csrf: session.csrfToken };
  }

  /** Gives the application to a staff user (null: to nobody) as `session`; fails unless 200. */
  async function assign(
    session: ApiSession,
    applicationId: string,
    staffId: string | null,
    headers: Record<string, string> = {},
  ): Promise<void> {
    const assigned = await api(session, 'POST', `/api/v1/applications/${applicationId}/assignment`, {
      json: { staffId },
      headers,
    });
    assert.equal(assigned.status, 200, await assigned.clone().text());
  }

  /**
   * The handler takes the application and approves it with a calculation of this month for a single applicant
   * (rent 670 €, unemployment benefit 700 €, 120 € in the bank); returns the decision.
   */
  async function takeAndApprove<T = { id: string; delivery: string }>(
    handler: ApiSession,
    applicationId: string,
  ): Promise<T> {
    if (!handler.staffUser) throw new Error('not signed in as a staff user');
    await assign(handler, applicationId, handler.staffUser.id);
    const decided = await api(handler, 'POST', `/api/v1/applications/${applicationId}/decision`, {
      json: {
        outcome: 'approved',
        calculation: singleApplicantCalculation(helsinkiToday().slice(0, 7)),
        reasoning: '',
        reasonTemplates: ['calculatedNeed'],
      },
    });
    assert.equal(decided.status, 201, await decided.clone().text());
    return (await decided.json()) as T;
  }

  async function sendApplication(
    citizen: { personalIdentityCode: string },
    file?: { name: string; type: string; bytes: Buffer },
    /** Content that replaces the complete defaults (`completeContent`), e.g. other members of the home. */
    overrides: Parameters<typeof completeContent>[2] = {},
  ): Promise<{ id: string; ref: string }> {
    const session = await signInApi({ personalIdentityCode: citizen.personalIdentityCode });
    const created = await api(session, 'POST', '/api/v1/my/applications', { json: {} });
    assert.equal(created.status, 201);
    const draft = (await created.json()) as { id: string; content: Parameters<typeof completeContent>[0] };
    const month = helsinkiToday().slice(0, 7);
    let etag = created.headers.get('etag') ?? '';
    const filled = await api(session, 'PUT', `/api/v1/my/applications/${draft.id}`, {
      json: { content: completeContent(draft.content, month, overrides) },
      headers: { 'if-match': etag },
    });
    assert.equal(filled.status, 200, await filled.clone().text());
    if (file) {
      const form = new FormData();
      form.append('category', 'rental_agreement');
      form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
      const uploaded = await api(session, 'POST', `/api/v1/my/applications/${draft.id}/attachments`, {
        body: form,
      });
      assert.equal(uploaded.status, 201, await uploaded.clone().text());
    }
    etag = (await api(session, 'GET', `/api/v1/my/applications/${draft.id}`)).headers.get('etag') ?? '';
    const sent = await api(session, 'POST', `/api/v1/my/applications/${draft.id}/submit`, {
      headers: { 'if-match': etag },
    });
    assert.equal(sent.status, 200, await sent.clone().text());
    const body = (await sent.json()) as { referenceNumber: string };
    return { id: draft.id, ref: body.referenceNumber };
  }

  /**
   * A complete draft of this month by a married applicant naming `spouse` (by default a made-up name with the
   * given code); sent unless `send` is false.
   */
  async function coupleApplication(
    citizen: { personalIdentityCode: string },
    spouse: string | { personalIdentityCode: string; firstName: string; lastName: string },
    send: boolean,
  ): Promise<{ id: string; ref: string | null; session: ApiSession }> {
    const named =
      typeof spouse === 'string'
        ? { firstName: 'Puoliso', lastName: 'Testi', personalIdentityCode: spouse }
        : spouse;
    const session = await signInApi({ personalIdentityCode: citizen.personalIdentityCode });
    const created = await api(session, 'POST', '/api/v1/my/applications', { json: {} });
    assert.equal(created.status, 201);
    const draft = (await created.json()) as { id: string; content: Parameters<typeof completeContent>[0] };
    const content = completeContent(draft.content, helsinkiToday().slice(0, 7));
    const filled = await api(session, 'PUT', `/api/v1/my/applications/${draft.id}`, {
      json: {
        content: {
          ...content,
          applicant: { ...content.applicant, maritalStatus: 'married' },
          spouse: {
            firstName: named.firstName,
            lastName: named.lastName,
            personalIdentityCode: named.personalIdentityCode,
            occupation: 'Opiskelija',
          },
        },
      },
      headers: { 'if-match': created.headers.get('etag') ?? '' },
    });
    assert.equal(filled.status, 200, await filled.clone().text());
    if (!send) return { id: draft.id, ref: null, session };
    const sent = await api(session, 'POST', `/api/v1/my/applications/${draft.id}/submit`, {
      headers: { 'if-match': filled.headers.get('etag') ?? '' },
    });
    assert.equal(sent.status, 200, await sent.clone().text());
    return {
      id: draft.id,
      ref: ((await sent.json()) as { referenceNumber: string }).referenceNumber,
      session,
    };
  }

  return { api, signInApi, sendApplication, assign, takeAndApprove, coupleApplication };
}

/**
 * Matti's application, sent and assigned to the handler before the tests of a describe block: the case most staff
 * tests start from. `application()` gives it once the block's `before` has run.
 */
export function assignedCase(baseUrl: () => string) {
  const { signInApi, sendApplication, assign } = testApi(baseUrl);
  let application: { id: string; ref: string } | undefined;
  before(async () => {
    application = await sendApplication(matti);
    const handler = await signInApi({ username: 'handler' });
    await assign(handler, application.id, handler.staffUser?.id ?? '');
  });
  return {
    application(): { id: string; ref: string } {
      if (!application) throw new Error('the case is prepared in before()');
      return application;
    },
  };
}
