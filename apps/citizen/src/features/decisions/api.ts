// The citizen's decision operations through the typed API client: requestRectification (with its Idempotency-Key
// and the user's language), and where the letter of a decision is opened or downloaded (downloadDecisionDocument).

import type { ApiClient } from '@tuki/api-client';
import type { MyApplication } from '../application/index.ts';

export type Decision = MyApplication['decisions'][number];
export type Rectification = NonNullable<MyApplication['rectification']>;
export type CalculationLine = NonNullable<Decision['calculation']>['result']['lines'][number];

/** The letter shown in the browser (a new tab), or downloaded as a file. */
export function letterUrl(decision: Decision, disposition: 'inline' | 'attachment'): string {
  return disposition === 'inline' ? `${decision.documentUrl}?disposition=inline` : decision.documentUrl;
}

export async function requestRectification(
  api: ApiClient,
  decisionId: string,
  body: { reasons: string; attachmentIds: string[] },
  idempotencyKey: string,
): Promise<{ application: MyApplication; etag: string | null }> {
  const { data, response } = await api.POST('/api/v1/my/decisions/{decisionId}/rectification', {
    params: { path: { decisionId }, header: { 'idempotency-key': idempotencyKey } },
    body,
  });
  if (data === undefined) throw new Error('requestRectification answered without a body');
  return { application: data, etag: response.headers.get('ETag') };
}

/** Today in Finland (YYYY-MM-DD), the day the deadlines are counted in. */
export function helsinkiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}

/** Whether rectification can still be requested: none yet, and today is not past the deadline. */
export function rectificationOpen(decision: Decision, today: string = helsinkiToday()): boolean {
  return decision.rectification === null && today <= decision.rectificationDeadline;
}

/** The page of the rectification form of a decision. */
export function rectificationPath(applicationId: string, decisionId: string): string {
  return `/applications/${applicationId}/decisions/${decisionId}/rectification`;
}
