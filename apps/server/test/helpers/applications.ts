// Shared by the application tests: a signed-in caller, requests on its behalf, and a complete application.
import type { ApplicationContent, ApplicationStatus } from '@tuki/domain';
import type { LightMyRequestResponse } from 'fastify';
import { devSignIn, madeBefore, type TestApp } from './test-app.ts';

export const APPLICATIONS = '/api/v1/my/applications';

export interface Caller {
  cookie: string;
  csrfToken: string;
  /** The person or staff user id. */
  id: string;
}

export async function signIn(t: TestApp, body: SignInBody): Promise<Caller> {
  const { cookie, csrfToken, session } = await devSignIn(t, body);
  const subject = (session.person ?? session.staffUser) as { id: string };
  return { cookie, csrfToken, id: subject.id };
}

type SignInBody = { personalIdentityCode: string } | { username: string };

/** How each caller made by useCaller signs in, for signInAgain. */
const signInBodies = new WeakMap<Caller, SignInBody>();

/** A caller signed in before the suite's tests (after the hooks registered before this call, such as the app's). */
export function useCaller(t: TestApp, body: SignInBody): Caller {
  const caller = madeBefore(() => signIn(t, body));
  signInBodies.set(caller, body);
  return caller;
}

/** Gives callers made by useCaller a new session each (as after an idle timeout), in the same objects. */
export async function signInAgain(t: TestApp, callers: Caller[]): Promise<void> {
  for (const caller of callers) {
    const body = signInBodies.get(caller);
    if (!body) throw new Error('only a caller made by useCaller can sign in again');
    Object.assign(caller, await signIn(t, body));
  }
}

export interface CallOptions {
  payload?: unknown;
  headers?: Record<string, string>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as the caller's browser sends it: the session cookie and, for changes, the CSRF header. */
export function call(
  t: TestApp,
  caller: Caller | undefined,
  method: Method,
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (caller) {
    headers.cookie = caller.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = caller.csrfToken;
  }
  return t.app.inject({
    method,
    url,
    headers,
    ...(options.payload !== undefined ? { payload: options.payload as object } : {}),
  });
}

export async function createDraft(
  t: TestApp,
  caller: Caller,
  kind?: string,
): Promise<LightMyRequestResponse> {
  const response = await call(t, caller, 'POST', APPLICATIONS, { payload: kind ? { kind } : {} });
  if (response.statusCode !== 201) throw new Error(`creating a draft failed: ${response.body}`);
  return response;
}

/** A complete application of a single person renting a flat, for the month of `month`. */
export function completeContent(
  prefilled: ApplicationContent,
  month: string,
  overrides: Partial<ApplicationContent> = {},
): ApplicationContent {
  return {
    ...prefilled,
    applicant: { ...prefilled.applicant, maritalStatus: 'single', occupation: 'Työtön työnhakija' },
    children: [],
    otherMembers: [],
    housing: { type: 'rental', detachedHouse: false, rentCents: 65_000, waterCents: 2_000 },
    incomes: [{ member: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
    assets: [{ type: 'bank_account', valueCents: 12_000 }],
    expenses: [],
    month,
    iban: 'FI21 1234 5600 0007 85',
    urgent: false,
    declaration: true,
    ...overrides,
  };
}

/** A detached house the applicant owns, with its running costs declared (the questions of content version 2). */
export const ownDetachedHouse = {
  type: 'owner_occupied',
  detachedHouse: true,
  waterCents: 3_000,
  heatingCents: 12_000,
  wasteCents: 2_500,
  chimneySweepingCents: 800,
  propertyInsuranceCents: 4_000,
  propertyTaxCents: 3_500,
  plotRentCents: 6_000,
  electricityCents: 7_000,
} as const satisfies ApplicationContent['housing'];

/** Creates a draft, fills it in completely and returns its id and current ETag. */
export async function completeDraft(
  t: TestApp,
  caller: Caller,
  month: string,
  overrides: Partial<ApplicationContent> = {},
): Promise<{ id: string; etag: string }> {
  const created = (await createDraft(t, caller)).json();
  const response = await call(t, caller, 'PUT', `${APPLICATIONS}/${created.id}`, {
    payload: { content: completeContent(created.content, month, overrides) },
  });
  if (response.statusCode !== 200) throw new Error(`filling in the draft failed: ${response.body}`);
  return { id: created.id, etag: String(response.headers.etag) };
}

/**
 * Stores an application straight in the database, without content and as sent on 18 November 2026 unless told:
 * for tests of what staff and API clients see of cases, not of how they come about.
 */
export async function insertApplication(
  t: TestApp,
  personId: string,
  values: {
    referenceNumber: string;
    status?: ApplicationStatus;
    due?: string;
    submittedAt?: string;
    urgent?: boolean;
    assignee?: string | null;
  },
): Promise<string> {
  const row = await t.database.db
    .insertInto('application')
    .values({
      person_id: personId,
      kind: 'basic',
      status: values.status ?? 'submitted',
      content: '{}',
      reference_number: values.referenceNumber,
      urgent: values.urgent ?? false,
      submitted_at: values.submittedAt ?? '2026-11-18T08:00:00Z',
      due_date: values.due ?? '2026-11-27',
      assignee_id: values.assignee ?? null,
      created_at: '2026-11-17T08:00:00Z',
      updated_at: '2026-11-18T08:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
