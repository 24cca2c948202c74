// Finnish texts of the `signIn` section (the source; Swedish and English are typed against it).

export const signIn = {
  pageTitle: 'Kirjautuminen',
  citizen: {
    title: 'Kirjaudu palveluun',
    intro:
      'Kirjaudu sisään vahvalla tunnistautumisella. Voit tunnistautua verkkopankkitunnuksilla, mobiilivarmenteella tai henkilökortilla.',
  },
  staff: {
    title: 'Kirjaudu sisään työntekijänä',
    intro: 'Kirjaudu sisään työtunnuksellasi.',
  },
  errorTitle: 'Kirjautuminen ei onnistunut',
  errors: {
    insufficientLoa:
      'Tämä palvelu edellyttää vahvaa tunnistautumista. Kirjaudu uudelleen verkkopankkitunnuksilla, mobiilivarmenteella tai henkilökortilla.',
    noIdentityCode:
      'Emme saaneet henkilötunnustasi tunnistuspalvelusta, joten emme voineet tunnistaa sinua. Yritä uudelleen. Jos ongelma toistuu, kokeile toista tunnistustapaa.',
    interrupted: 'Kirjautuminen keskeytyi tai vanhentui. Yritä uudelleen.',
    cancelled: 'Kirjautuminen peruttiin tai se epäonnistui tunnistuspalvelussa. Yritä uudelleen.',
    noUsername:
      'Emme saaneet käyttäjätunnustasi kirjautumispalvelusta. Yritä uudelleen. Jos ongelma toistuu, ota yhteyttä pääkäyttäjään.',
    inactive:
      'Käyttäjätunnuksesi on poistettu käytöstä tässä palvelussa. Jos tarvitset pääsyn palveluun, ota yhteyttä pääkäyttäjään.',
    notConfigured: 'Kirjautuminen ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
    rateLimited:
      'Liian monta kirjautumisyritystä lyhyessä ajassa. Yritä uudelleen {seconds} sekunnin kuluttua.',
    unknown: 'Kirjautumisessa tapahtui virhe. Yritä hetken kuluttua uudelleen.',
  },
} as const;
