// Starts signing in: the development sign-in page in 'dev' auth mode, or the OpenID Connect sign-in of the
// app's audience (a full-page navigation to the server) in 'oidc' mode, coming back to the current page.

import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAppInfo } from '../layout/AppInfo.tsx';
import { usePublicConfig } from './api/get-public-config.ts';

/** The development sign-in page, relative to the app's base path. */
export const devLoginPath = '/login';

export function oidcLoginUrl(audience: string, returnTo: string): string {
  return `/api/v1/auth/${audience}/login?${new URLSearchParams({ returnTo })}`;
}

export function useSignIn(): { signIn: () => void; ready: boolean } {
  const { audience, basePath } = useAppInfo();
  const config = usePublicConfig();
  const navigate = useNavigate();
  const location = useLocation();
  const authMode = config.data?.authMode;

  const signIn = useCallback(() => {
    if (authMode === 'oidc') {
      const here = location.pathname === devLoginPath ? '/' : `${location.pathname}${location.search}`;
      window.location.assign(oidcLoginUrl(audience, `${basePath.slice(0, -1)}${here}`));
    } else {
      navigate(devLoginPath);
    }
  }, [authMode, audience, basePath, location.pathname, location.search, navigate]);

  return { signIn, ready: authMode !== undefined };
}
