// Staff pages need a staff session: anyone else (nobody, or a signed-in citizen) is asked to sign in as staff.

import type { StaffSession } from '@tuki/api-client';
import { LoadingIndicator, useDocumentTitle, useSession, useSignIn, useT } from '@tuki/ui';
import { Button, ButtonVariant, IconSignin } from 'hds-react';
import type { ReactNode } from 'react';

export function RequireStaff({ children }: { children: (session: StaffSession) => ReactNode }) {
  const session = useSession();
  if (session.isPending) return <LoadingIndicator />;
  if (session.data?.kind === 'staff') return children(session.data);
  return <SignInRequired signedInAsCitizen={session.data?.kind === 'citizen'} />;
}

function SignInRequired({ signedInAsCitizen }: { signedInAsCitizen: boolean }) {
  const t = useT();
  useDocumentTitle(t('staff.signInRequired.pageTitle'));
  const { signIn } = useSignIn();
  return (
    <>
      <h1>{t('staff.signInRequired.title')}</h1>
      <p className="tuki-lead">{t('staff.signInRequired.body')}</p>
      {signedInAsCitizen ? (
        <p>{t('staff.signInRequired.signedInAsCitizen')}</p>
      ) : (
        <Button variant={ButtonVariant.Primary} iconStart={<IconSignin aria-hidden />} onClick={signIn}>
          {t('staff.signInRequired.signIn')}
        </Button>
      )}
    </>
  );
}
