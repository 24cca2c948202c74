// The e-services account is for a signed-in citizen: others are asked to sign in (and come back here).

import { LoadingIndicator, useDocumentTitle, useSession, useT } from '@tuki/ui';
import { Button, ButtonVariant, IconSignin } from 'hds-react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSignInTo } from '../common/sign-in-to.ts';

export function RequireCitizen({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <LoadingIndicator />;
  if (session.data?.kind !== 'citizen') return <SignInRequired />;
  return children;
}

function SignInRequired() {
  const t = useT();
  const location = useLocation();
  const signIn = useSignInTo(`${location.pathname}${location.search}`);
  useDocumentTitle(t('account.signInRequired.title'));
  return (
    <>
      <h1>{t('account.signInRequired.title')}</h1>
      <p className="tuki-lead">{t('account.signInRequired.body')}</p>
      <Button variant={ButtonVariant.Primary} iconStart={<IconSignin aria-hidden />} onClick={signIn}>
        {t('common.signIn')}
      </Button>
    </>
  );
}
