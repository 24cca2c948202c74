// The sign-in page (/login). In 'oidc' auth mode it starts strong identification; in 'dev' mode it is the
// development sign-in that stands in for it: the demo citizens and a personal identity code of one's own.

import { devLoginPath, LoadingIndicator, SignInPage, useDevAccounts, useDevLogin, useT } from '@tuki/ui';
import { useNavigate, useSearchParams } from 'react-router';
import { returnPathOf } from '../../common/return-path.ts';
import { DemoCitizenList } from './DemoCitizenList.tsx';
import { PersonalIdentityCodeForm } from './PersonalIdentityCodeForm.tsx';

export function DevLoginPage() {
  return (
    <SignInPage>
      <CitizenSignIn />
    </SignInPage>
  );
}

function CitizenSignIn() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const accounts = useDevAccounts();
  const login = useDevLogin();
  // On to where the sign-in was started for (?returnTo=, e.g. "sign in and apply"), else the front page.
  const returnTo = returnPathOf(searchParams.get('returnTo'), devLoginPath);

  const signIn = (personalIdentityCode: string) =>
    login.mutate({ personalIdentityCode }, { onSuccess: () => navigate(returnTo) });

  return (
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
  );
}
