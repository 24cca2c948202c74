// The app-wide error shown in a notification: failures no page handles itself (no connection, an expired
// session, a forbidden action, a server error). Pages handle their own 400/404/409 answers inline.

import { isApiProblem, isNetworkError } from '@tuki/api-client';

export type AppErrorKind = 'network' | 'sessionExpired' | 'forbidden' | 'unexpected';

type Listener = () => void;

export interface AppErrorStore {
  get: () => AppErrorKind | undefined;
  report: (kind: AppErrorKind) => void;
  clear: () => void;
  subscribe: (listener: Listener) => () => void;
}

export function createAppErrorStore(): AppErrorStore {
  let current: AppErrorKind | undefined;
  const listeners = new Set<Listener>();
  const set = (kind: AppErrorKind | undefined) => {
    if (kind === current) return;
    current = kind;
    for (const listener of listeners) listener();
  };
  return {
    get: () => current,
    report: (kind) => set(kind),
    clear: () => set(undefined),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** No answer, or a gateway's answer that the service is down or unreachable (502, 503, 504). */
export function isUnreachable(error: unknown): boolean {
  return isNetworkError(error) || (isApiProblem(error) && [502, 503, 504].includes(error.status));
}

/** The app-wide kind of an error, or undefined when the page that made the call should show it. */
export function appErrorKind(error: unknown): AppErrorKind | undefined {
  if (isUnreachable(error)) return 'network';
  if (isApiProblem(error, 401)) return 'sessionExpired';
  if (isApiProblem(error, 403)) return 'forbidden';
  if (isApiProblem(error) && error.status >= 500) return 'unexpected';
  if (isApiProblem(error)) return undefined;
  return 'unexpected';
}
