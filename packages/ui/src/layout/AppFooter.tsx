// The HDS footer with the service name and the city's logo.

import { Footer, Logo, logoFi, logoSv } from 'hds-react';
import { useLanguage, useT } from '../i18n/LanguageProvider.tsx';
import { useAppInfo } from './AppInfo.tsx';

export function AppFooter() {
  const t = useT();
  const { language } = useLanguage();
  const { appName, basePath } = useAppInfo();
  return (
    <Footer title={t(appName)}>
      <Footer.Base
        copyrightHolder={t('common.cityName')}
        copyrightText={t('common.allRightsReserved')}
        backToTopLabel={t('common.backToTop')}
        logo={<Logo src={language === 'sv' ? logoSv : logoFi} alt={t('common.cityName')} />}
        logoHref={basePath}
      />
    </Footer>
  );
}
