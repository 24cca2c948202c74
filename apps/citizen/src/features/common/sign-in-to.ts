// Signing in on the way to a page of the account: in 'dev' mode the development sign-in page with `?returnTo=` (the
// same parameter the OpenID Connect sign-in page reads), in 'oidc' mode the identity service, coming back to it.

import { devLoginPath, oidcLoginUrl, usePublicConfig } from '@tuki/ui';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

export function useSignInTo(returnTo: string): () => void {
  const config = usePublicConfig();
  const navigate = useNavigate();
  const authMode = config.data?.authMode;
  return useCallback(() => {
    if (authMode === 'oidc') window.location.assign(oidcLoginUrl('citizen', returnTo));
    else navigate(`${devLoginPath}?${new URLSearchParams({ returnTo })}`);
  }, [authMode, navigate, returnTo]);
}
