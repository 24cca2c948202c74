// Finnish texts of the `common` section (the source; Swedish and English are typed against it).

export const common = {
  citizenAppName: 'Tuki – toimeentulotuen e-asiointi',
  staffAppName: 'Tuki – toimeentulotuen käsittely',
  documentTitle: '{page} – {app}',
  cityName: 'Helsingin kaupunki',
  frontPage: 'Etusivu',
  signIn: 'Kirjaudu sisään',
  signOut: 'Kirjaudu ulos',
  signedInAs: 'Kirjautuneena: {name}',
  userMenu: 'Käyttäjävalikko',
  skipToContent: 'Siirry pääsisältöön',
  language: 'Kieli',
  changeLanguage: 'Vaihda kieli',
  menu: 'Valikko',
  close: 'Sulje',
  dateTime: '{date} klo {time}',
  loading: 'Ladataan…',
  backToTop: 'Takaisin ylös',
  allRightsReserved: 'Kaikki oikeudet pidätetään',
  languageNames: {
    fi: 'Suomi',
    sv: 'Svenska',
    en: 'English',
  },
  languageNamesInText: {
    fi: 'suomi',
    sv: 'ruotsi',
    en: 'englanti',
  },
  roles: {
    handler: 'Etuuskäsittelijä',
    social_worker: 'Sosiaalityöntekijä',
    supervisor: 'Esihenkilö',
    admin: 'Pääkäyttäjä',
    auditor: 'Tarkastaja',
  },
} as const;
