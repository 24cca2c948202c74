// The sign-in page (/staff/login). In 'oidc' auth mode it starts the organisation's sign-in; in 'dev' mode it
// lists the seeded staff users, grouped by role. Either way it explains a sign-in the server refused (?error=).

import { isApiProblem } from '@tuki/api-client';
import {
  isDevLoginInputError,
  LoadingIndicator,
  Notice,
  OidcSignIn,
  SignInErrorNotice,
  useDevAccounts,
  useDevLogin,
  useDocumentTitle,
  usePublicConfig,
  useT,
} from '@tuki/ui';
import { useNavigate } from 'react-router';
import { StaffUserList } from './StaffUserList.tsx';

export function DevLoginPage() {
  const config = usePublicConfig();
  if (config.isPending) return <LoadingIndicator />;
  return config.data?.authMode === 'oidc' ? <OidcSignIn /> : <DevSignIn />;
}

function DevSignIn() {
  const t = useT();
  useDocumentTitle(t('devLogin.pageTitle'));
  const navigate = useNavigate();
  const accounts = useDevAccounts();
  const login = useDevLogin();

  const signIn = (username: string) => login.mutate({ username }, { onSuccess: () => navigate('/') });

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
        <>
          {isDevLoginInputError(login.error) ? (
            <Notice
              type="error"
              label={isApiProblem(login.error, 404) ? t('errors.unknownUser') : t('errors.unexpectedTitle')}
              autofocus
            >
              {isApiProblem(login.error, 429) ? login.error.detail : null}
            </Notice>
          ) : null}
          <section aria-labelledby="staff-users-heading">
            <h2 id="staff-users-heading">{t('devLogin.staffUsersHeading')}</h2>
            <p>{t('devLogin.staffInstructions')}</p>
            {accounts.isPending ? (
              <LoadingIndicator />
            ) : (
              <StaffUserList
                staff={accounts.data?.staff ?? []}
                onSelect={signIn}
                disabled={login.isPending}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
