// devLogin: development sign-in as a citizen (personal identity code) or a staff user (username).
// The page that calls it shows 400 and 404 answers next to the input; other failures go to the app-wide notice.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ApiClient,
  type DevLoginRequest,
  expectData,
  isApiProblem,
  type Session,
  setCsrfToken,
} from '@tuki/api-client';
import { useApi } from '../../api/ApiProvider.tsx';
import { appErrorKind } from '../../errors/error-store.ts';
import { replaceSession } from './get-session.ts';

export async function devLogin(api: ApiClient, body: DevLoginRequest): Promise<Session> {
  const session = await expectData(api.POST('/api/v1/session/dev-login', { body }));
  setCsrfToken(session.csrfToken);
  return session;
}

/** Whether the page should show this devLogin failure itself (invalid code, unknown user). */
export function isDevLoginInputError(error: unknown): boolean {
  return isApiProblem(error) && appErrorKind(error) === undefined;
}

export function useDevLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DevLoginRequest) => devLogin(api, body),
    onSuccess: (session) => {
      replaceSession(queryClient, session);
    },
  });
}
