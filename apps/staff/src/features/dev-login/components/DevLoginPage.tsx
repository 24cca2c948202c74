// The sign-in page (/staff/login). In 'oidc' auth mode it starts the organisation's sign-in; in 'dev' mode it
// lists the seeded staff users, grouped by role.

import { isApiProblem } from '@tuki/api-client';
import {
  isDevLoginInputError,
  LoadingIndicator,
  Notice,
  SignInPage,
  useDevAccounts,
  useDevLogin,
  useT,
} from '@tuki/ui';
import { useNavigate } from 'react-router';
import { StaffUserList } from './StaffUserList.tsx';

export function DevLoginPage() {
  return (
    <SignInPage>
      <StaffSignIn />
    </SignInPage>
  );
}

function StaffSignIn() {
  const t = useT();
  const navigate = useNavigate();
  const accounts = useDevAccounts();
  const login = useDevLogin();

  const signIn = (username: string) => login.mutate({ username }, { onSuccess: () => navigate('/') });

  return (
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
          <StaffUserList staff={accounts.data?.staff ?? []} onSelect={signIn} disabled={login.isPending} />
        )}
      </section>
    </>
  );
}
