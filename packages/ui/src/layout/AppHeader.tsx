// The HDS header: service name, language switch, the signed-in user's name and sign-in / sign-out.

import { isLanguage, type Language, languages } from '@tuki/i18n/web';
import { Header, IconSignin, IconSignout, IconUser, Logo, logoFi, logoSv } from 'hds-react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLanguage, useT } from '../i18n/LanguageProvider.tsx';
import { useSession } from '../session/api/get-session.ts';
import { useLogout } from '../session/api/logout.ts';
import { displayName } from '../session/display-name.ts';
import { useSignIn } from '../session/useSignIn.ts';
import { useAppInfo } from './AppInfo.tsx';

export const mainContentId = 'main';

export function AppHeader() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { appName, basePath } = useAppInfo();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  const { signIn } = useSignIn();

  const languageOptions = languages.map((value: Language) => ({
    value,
    label: t(`common.languageNames.${value}`),
    isPrimary: true,
  }));
  const goHome = (event: MouseEvent) => {
    event.preventDefault();
    navigate('/');
  };

  return (
    <Header
      languages={languageOptions}
      defaultLanguage={language}
      onDidChangeLanguage={(next) => {
        if (isLanguage(next)) setLanguage(next);
      }}
    >
      <Header.SkipLink skipTo={`#${mainContentId}`} label={t('common.skipToContent')} />
      <Header.ActionBar
        title={t(appName)}
        titleAriaLabel={t(appName)}
        titleHref={basePath}
        onTitleClick={goHome}
        frontPageLabel={t('common.frontPage')}
        logo={<Logo src={language === 'sv' ? logoSv : logoFi} alt={t('common.cityName')} />}
        logoAriaLabel={t('common.cityName')}
        logoHref={basePath}
        onLogoClick={goHome}
        menuButtonLabel={t('common.menu')}
        menuButtonAriaLabel={t('common.menu')}
      >
        <Header.LanguageSelector aria-label={t('common.changeLanguage')} />
        {session.data ? (
          <>
            <div className="tuki-header-user">
              <IconUser aria-hidden />
              <span data-testid="signed-in-name">{displayName(session.data)}</span>
            </div>
            <Header.ActionBarButton
              label={t('common.signOut')}
              icon={<IconSignout aria-hidden />}
              onClick={() => logout.mutate()}
              fixedRightPosition
            />
          </>
        ) : !session.isPending ? (
          <Header.ActionBarButton
            label={t('common.signIn')}
            icon={<IconSignin aria-hidden />}
            onClick={signIn}
            fixedRightPosition
          />
        ) : null}
      </Header.ActionBar>
    </Header>
  );
}
