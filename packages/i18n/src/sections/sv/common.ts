// Swedish texts of the `common` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { common as source } from '../fi/common.ts';

export const common: DeepStringShape<typeof source> = {
  citizenAppName: 'Tuki – e-tjänst för utkomststöd',
  staffAppName: 'Tuki – handläggning av utkomststöd',
  documentTitle: '{page} – {app}',
  cityName: 'Helsingfors stad',
  frontPage: 'Startsida',
  signIn: 'Logga in',
  signOut: 'Logga ut',
  signedInAs: 'Inloggad som {name}',
  userMenu: 'Användarmeny',
  skipToContent: 'Hoppa till huvudinnehållet',
  language: 'Språk',
  changeLanguage: 'Byt språk',
  menu: 'Meny',
  close: 'Stäng',
  dateTime: '{date} kl. {time}',
  loading: 'Laddar…',
  backToTop: 'Tillbaka upp',
  allRightsReserved: 'Alla rättigheter förbehållna',
  languageNames: {
    fi: 'Suomi',
    sv: 'Svenska',
    en: 'English',
  },
  languageNamesInText: {
    fi: 'finska',
    sv: 'svenska',
    en: 'engelska',
  },
  roles: {
    handler: 'Förmånshandläggare',
    social_worker: 'Socialarbetare',
    supervisor: 'Förman',
    admin: 'Huvudanvändare',
    auditor: 'Granskare',
    payment_approver: 'Godkännare av utbetalningar',
    archivist: 'Arkivarie',
  },
};
