// English texts of the `common` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { common as source } from '../fi/common.ts';

export const common: DeepStringShape<typeof source> = {
  citizenAppName: 'Tuki – social assistance e-services',
  staffAppName: 'Tuki – social assistance case handling',
  documentTitle: '{page} – {app}',
  cityName: 'City of Helsinki',
  frontPage: 'Front page',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  userMenu: 'User menu',
  skipToContent: 'Skip to main content',
  language: 'Language',
  changeLanguage: 'Change language',
  menu: 'Menu',
  close: 'Close',
  dateTime: '{date} at {time}',
  loading: 'Loading…',
  backToTop: 'Back to top',
  allRightsReserved: 'All rights reserved',
  languageNames: {
    fi: 'Suomi',
    sv: 'Svenska',
    en: 'English',
  },
  languageNamesInText: {
    fi: 'Finnish',
    sv: 'Swedish',
    en: 'English',
  },
  roles: {
    handler: 'Benefits handler',
    social_worker: 'Social worker',
    supervisor: 'Supervisor',
    admin: 'Administrator',
    auditor: 'Auditor',
    payment_approver: 'Payment approver',
    archivist: 'Archivist',
  },
};
