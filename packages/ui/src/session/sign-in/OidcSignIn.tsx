// The sign-in page in 'oidc' auth mode: citizens identify strongly at the identity service, staff use their work
// account. A full-page navigation to the server starts it, and the server brings the user back signed in (or to
// the sign-in page with ?error=<reason>).

import { Button, ButtonVariant, IconSignin } from 'hds-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../../i18n/useDocumentTitle.ts';
import { useAppInfo } from '../../layout/AppInfo.tsx';
import { oidcLoginUrl } from '../useSignIn.ts';
import { signInReturnTo } from './return-to.ts';
import { SignInErrorNotice } from './SignInErrorNotice.tsx';

export function OidcSignIn() {
  const t = useT();
  useDocumentTitle(t('signIn.pageTitle'));
  const { audience, basePath } = useAppInfo();
  const [searchParams] = useSearchParams();

  const signIn = () =>
    window.location.assign(oidcLoginUrl(audience, signInReturnTo(searchParams.get('returnTo'), basePath)));

  return (
    <>
      <h1>{t(audience === 'staff' ? 'signIn.staff.title' : 'signIn.citizen.title')}</h1>
      <SignInErrorNotice />
      <p className="tuki-lead">{t(audience === 'staff' ? 'signIn.staff.intro' : 'signIn.citizen.intro')}</p>
      <Button variant={ButtonVariant.Primary} iconStart={<IconSignin aria-hidden />} onClick={signIn}>
        {t('common.signIn')}
      </Button>
    </>
  );
}
