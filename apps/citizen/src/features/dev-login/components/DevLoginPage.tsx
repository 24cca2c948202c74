// The development sign-in page (/login): stands in for strong identification when the server runs in dev mode.

import { isApiProblem } from '@tuki/api-client';
import {
  LoadingIndicator,
  Notice,
  useDevAccounts,
  useDevLogin,
  useDocumentTitle,
  usePublicConfig,
  useT,
} from '@tuki/ui';
import { useNavigate } from 'react-router';
import { DemoCitizenList } from './DemoCitizenList.tsx';
import { PersonalIdentityCodeForm } from './PersonalIdentityCodeForm.tsx';

export function DevLoginPage() {
  const t = useT();
  useDocumentTitle(t('devLogin.pageTitle'));
  const navigate = useNavigate();
  const config = usePublicConfig();
  const accounts = useDevAccounts();
  const login = useDevLogin();

  const signIn = (personalIdentityCode: string) =>
    login.mutate({ personalIdentityCode }, { onSuccess: () => navigate('/') });

  const unavailable = config.data?.authMode === 'oidc' || isApiProblem(accounts.error, 404);
  return (
    <>
      <h1>{t('devLogin.title')}</h1>
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
