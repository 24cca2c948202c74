// logout: ends the session, forgets everything cached for it, and returns to the front page.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiClient, isApiProblem, setCsrfToken } from '@tuki/api-client';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiProvider.tsx';
import { replaceSession } from './get-session.ts';

let signedOutByUser = false;

/** Whether the session just ended because the user signed out (read once), rather than by expiring. */
export function takeSignedOutByUser(): boolean {
  const value = signedOutByUser;
  signedOutByUser = false;
  return value;
}

export async function logout(api: ApiClient): Promise<void> {
  try {
    await api.POST('/api/v1/session/logout');
  } catch (error) {
    // An expired or already ended session is as good as signed out.
    if (!isApiProblem(error, 401) && !isApiProblem(error, 403)) throw error;
  }
  setCsrfToken(undefined);
}

export function useLogout() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => logout(api),
    onSuccess: () => {
      signedOutByUser = true;
      replaceSession(queryClient, null);
      navigate('/');
    },
  });
}
