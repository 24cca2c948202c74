// The React side of the DraftSaver: one per open application, saved when the page is hidden or left, retried when
// the connection returns, and told when the user has signed in again.

import { isApiProblem } from '@tuki/api-client';
import { useApi, useAppErrorStore, useSession } from '@tuki/ui';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getMyApplication, updateApplicationDraft, type VersionedApplication } from '../api/applications.ts';
import { DraftSaver, type DraftSnapshot, type SaveFailure } from './draft-saver.ts';

/** 412: changed elsewhere; 409/404: no longer a draft of yours; 401: signed out; anything else: try again later. */
export function classifySaveError(error: unknown): SaveFailure {
  if (isApiProblem(error, 412)) return 'conflict';
  if (isApiProblem(error, 409) || isApiProblem(error, 404)) return 'locked';
  if (isApiProblem(error, 401)) return 'signedOut';
  return 'retry';
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function useDraftSaver(
  applicationId: string,
  loaded: VersionedApplication,
): { saver: DraftSaver; snapshot: DraftSnapshot } {
  const api = useApi();
  const errors = useAppErrorStore();
  const [saver] = useState(
    () =>
      new DraftSaver(
        applicationId,
        { content: loaded.application.content, etag: loaded.etag },
        {
          save: async (content, etag, { keepalive }) => {
            const saved = await updateApplicationDraft(api, applicationId, content, etag, keepalive);
            return { etag: saved.etag };
          },
          load: async () => {
            const latest = await getMyApplication(api, applicationId);
            return { content: latest.application.content, etag: latest.etag };
          },
          classify: (error) => {
            const failure = classifySaveError(error);
            if (failure === 'signedOut') errors.report('sessionExpired');
            return failure;
          },
          storage: sessionStorageOrUndefined(),
        },
      ),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush({ keepalive: true });
    const onOnline = () => saver.resume();
    // Leaving while a change is not on the server yet (no connection): the browser asks first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const kind = saver.getSnapshot().status.kind;
      if (saver.getSnapshot().dirty && (kind === 'retrying' || kind === 'conflict' || kind === 'signedOut')) {
        event.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the form inside the app: whatever is waiting is saved now.
      void saver.flush();
    };
  }, [saver]);

  // Signed in again after the session ended: the waiting changes go to the server.
  const session = useSession();
  const signedIn = session.data?.kind === 'citizen';
  useEffect(() => {
    if (signedIn) saver.resume();
  }, [signedIn, saver]);

  return { saver, snapshot };
}
