// The HDS footer with the service name, the app's own links (the citizen app: the data-protection notice) and the
// city's logo.

import { Footer, Logo, logoFi, logoSv } from 'hds-react';
import { Link } from 'react-router';
import { useLanguage, useT } from '../i18n/LanguageProvider.tsx';
import { useAppInfo } from './AppInfo.tsx';

export function AppFooter() {
  const t = useT();
  const { language } = useLanguage();
  const { appName, basePath, footerLinks } = useAppInfo();
  return (
    <Footer title={t(appName)}>
      <Footer.Base
        copyrightHolder={t('common.cityName')}
        copyrightText={t('common.allRightsReserved')}
        backToTopLabel={t('common.backToTop')}
        logo={<Logo src={language === 'sv' ? logoSv : logoFi} alt={t('common.cityName')} />}
        logoHref={basePath}
      >
        {footerLinks.map((link) => (
          <Footer.Link key={link.path} as={Link} to={link.path} label={link.label(t)} />
        ))}
      </Footer.Base>
    </Footer>
  );
}
