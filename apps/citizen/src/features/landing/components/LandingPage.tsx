// The citizen front page: what the service is for, and sign-in (or, when signed in, a greeting and the way to the
// e-services account).

import { displayName, LoadingIndicator, useDocumentTitle, useSession, useT } from '@tuki/ui';
import { Button, ButtonVariant, IconArrowRight, IconSignin } from 'hds-react';
import { Link } from 'react-router';
import { useSignInTo } from '../../common/sign-in-to.ts';

export function LandingPage() {
  const t = useT();
  useDocumentTitle(t('citizen.landing.pageTitle'));
  const session = useSession();
  // "Sign in and apply" goes on to the account, where the applications are and a new one is started.
  const signIn = useSignInTo('/applications');

  if (session.isPending) {
    return (
      <>
        <h1>{t('citizen.landing.title')}</h1>
        <LoadingIndicator />
      </>
    );
  }

  const signedIn = session.data?.kind === 'citizen' ? session.data : undefined;
  return (
    <>
      <h1>
        {signedIn
          ? t('citizen.landing.welcome', { name: displayName(signedIn) })
          : t('citizen.landing.title')}
      </h1>
      {signedIn ? (
        <section aria-labelledby="account-heading" className="tuki-account-box">
          <h2 id="account-heading">{t('citizen.landing.accountHeading')}</h2>
          <p>{t('citizen.landing.accountHelp')}</p>
          <Link to="/applications" className="tuki-button-link">
            {t('citizen.landing.toAccount')}
            <IconArrowRight aria-hidden />
          </Link>
        </section>
      ) : null}
      <p className="tuki-lead">{t('citizen.landing.intro')}</p>

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t('citizen.landing.servicesHeading')}</h2>
        <ul>
          <li>{t('citizen.landing.services.apply')}</li>
          <li>{t('citizen.landing.services.attachments')}</li>
          <li>{t('citizen.landing.services.follow')}</li>
          <li>{t('citizen.landing.services.answer')}</li>
          <li>{t('citizen.landing.services.decisions')}</li>
        </ul>
      </section>

      {signedIn ? null : (
        <section aria-labelledby="sign-in-heading" className="tuki-section">
          <h2 id="sign-in-heading">{t('citizen.landing.signInHeading')}</h2>
          <p>{t('citizen.landing.signInHelp')}</p>
          <Button variant={ButtonVariant.Primary} iconStart={<IconSignin aria-hidden />} onClick={signIn}>
            {t('citizen.landing.signInToApply')}
          </Button>
        </section>
      )}

      <section aria-labelledby="calculator-heading" className="tuki-section">
        <h2 id="calculator-heading">{t('calculator.link.landingHeading')}</h2>
        <p>
          {t('calculator.link.landingHelp')} <Link to="/calculator">{t('calculator.link.text')}</Link>
        </p>
      </section>

      <p className="tuki-section">{t('citizen.landing.urgentHelp')}</p>
    </>
  );
}
