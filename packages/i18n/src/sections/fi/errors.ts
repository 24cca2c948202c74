// Finnish texts of the `errors` section (the source; Swedish and English are typed against it).

export const errors = {
  networkTitle: 'Yhteysvirhe',
  network: 'Yhteys palveluun ei onnistunut. Tarkista verkkoyhteytesi ja yritä uudelleen.',
  sessionExpiredTitle: 'Istunto vanhentui',
  sessionExpired: 'Istuntosi on vanhentunut. Kirjaudu uudelleen sisään.',
  invalidPersonalIdentityCode: 'Henkilötunnus ei ole kelvollinen. Tarkista henkilötunnus.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbidden: 'Sinulla ei ole oikeutta tähän toimintoon.',
  notFoundTitle: 'Sivua ei löytynyt',
  notFound: 'Hakemaasi sivua ei löytynyt. Tarkista osoite tai palaa etusivulle.',
  unknownUser: 'Käyttäjää ei löytynyt.',
  unexpectedTitle: 'Virhe',
  unexpected: 'Tapahtui odottamaton virhe. Yritä myöhemmin uudelleen.',
  unavailable: 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
  retry: 'Yritä uudelleen',
} as const;
