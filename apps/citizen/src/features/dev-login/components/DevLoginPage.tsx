// The sign-in page (/login). In 'oidc' auth mode it starts strong identification; in 'dev' mode it is the
// development sign-in that stands in for it. Either way it explains a sign-in the server refused (?error=).

import { isApiProblem } from '@tuki/api-client';
import {
  devLoginPath,
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
import { useNavigate, useSearchParams } from 'react-router';
import { returnPathOf } from '../../common/return-path.ts';
import { DemoCitizenList } from './DemoCitizenList.tsx';
import { PersonalIdentityCodeForm } from './PersonalIdentityCodeForm.tsx';

export function DevLoginPage() {
  const config = usePublicConfig();
  if (config.isPending) return <LoadingIndicator />;
  return config.data?.authMode === 'oidc' ? <OidcSignIn /> : <DevSignIn />;
}

function DevSignIn() {
  const t = useT();
  useDocumentTitle(t('devLogin.pageTitle'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const accounts = useDevAccounts();
  const login = useDevLogin();
  // On to where the sign-in was started for (?returnTo=, e.g. "sign in and apply"), else the front page.
  const returnTo = returnPathOf(searchParams.get('returnTo'), devLoginPath);

  const signIn = (personalIdentityCode: string) =>
    login.mutate({ personalIdentityCode }, { onSuccess: () => navigate(returnTo) });

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
          <p>{t('devLogin.citizenInstructions')}</p>
          <section aria-labelledby="demo-citizens-heading">
            <h2 id="demo-citizens-heading">{t('devLogin.demoCitizensHeading')}</h2>
            {accounts.isPending ? (
              <LoadingIndicator />
            ) : (
              <DemoCitizenList
                citizens={accounts.data?.citizens ?? []}
                onSelect={signIn}
                disabled={login.isPending}
              />
            )}
          </section>
          <PersonalIdentityCodeForm
            onSubmit={signIn}
            pending={login.isPending}
            error={login.error}
            submittedAt={login.submittedAt}
          />
        </>
      )}
    </>
  );
}
