// The sign-in page of either app. In 'oidc' auth mode it starts the real sign-in (OidcSignIn); in 'dev' mode it is
// the development sign-in that stands in for it, whose accounts and form the app gives as `children`. Either way
// it explains a sign-in the server refused (?error=).

import { isApiProblem } from '@tuki/api-client';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../../i18n/useDocumentTitle.ts';
import { Notice } from '../../layout/Notice.tsx';
import { LoadingIndicator } from '../../pages/LoadingIndicator.tsx';
import { usePublicConfig } from '../api/get-public-config.ts';
import { useDevAccounts } from '../api/list-dev-accounts.ts';
import { OidcSignIn } from './OidcSignIn.tsx';
import { SignInErrorNotice } from './SignInErrorNotice.tsx';

export function SignInPage({ children }: { children: ReactNode }) {
  const config = usePublicConfig();
  if (config.isPending) return <LoadingIndicator />;
  return config.data?.authMode === 'oidc' ? <OidcSignIn /> : <DevSignIn>{children}</DevSignIn>;
}

function DevSignIn({ children }: { children: ReactNode }) {
  const t = useT();
  useDocumentTitle(t('devLogin.pageTitle'));
  const accounts = useDevAccounts();
  const unavailable = isApiProblem(accounts.error, 404);
  return (
    <>
      <h1>{t('devLogin.title')}</h1>
      <SignInErrorNotice />
      <p className="tuki-lead">{t('devLogin.intro')}</p>
      {unavailable ? (
        <Notice type="alert" label={t('devLogin.notAvailableTitle')}>
          {t('devLogin.notAvailable')}
        </Notice>
      ) : (
        children
      )}
    </>
  );
}
