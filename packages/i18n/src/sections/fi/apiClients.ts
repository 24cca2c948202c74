// Finnish texts of the apiClients section (the source; Swedish and English are typed against it): the admin's page
// of API clients (other systems) and the keys that sign their access tokens.

export const apiClients = {
  pageTitle: 'API-asiakkaat',
  title: 'API-asiakkaat',
  intro:
    'Muut järjestelmät käyttävät Tukea rajapinnan kautta API-asiakkaina. Rekisteröi asiakas, anna sille vain tarvittavat käyttöoikeudet ja poista se käytöstä, kun sitä ei enää tarvita. Jokainen asiakkaan tekemä henkilötietojen luku kirjautuu lokiin.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbidden: 'API-asiakkaiden hallinta on vain pääkäyttäjille.',
  listHeading: 'Rekisteröidyt asiakkaat',
  loadFailed: 'Tietoja ei voitu ladata. Yritä hetken kuluttua uudelleen.',
  empty: 'Yhtään API-asiakasta ei ole vielä rekisteröity.',
  columns: {
    name: 'Nimi',
    clientId: 'Asiakastunnus (client_id)',
    contact: 'Yhteyshenkilö',
    scopes: 'Käyttöoikeudet',
    status: 'Tila',
    actions: 'Toiminnot',
  },
  statusActive: 'Käytössä',
  statusInactive: 'Poistettu käytöstä',
  statusPending: 'Odottaa hyväksyntää',
  statusRejected: 'Hylätty',
  noScopes: 'Ei käyttöoikeuksia',
  edit: 'Muokkaa',
  editClient: 'Muokkaa: {name}',
  addHeading: 'Rekisteröi uusi asiakas',
  add: 'Rekisteröi asiakas',
  editHeading: 'Muokkaa asiakasta {name}',
  save: 'Tallenna',
  cancel: 'Peruuta',
  saved: 'Asiakkaan {name} tiedot tallennettiin.',
  added: 'Asiakas {name} rekisteröitiin.',
  addedPending:
    'Asiakas {name} rekisteröitiin. Se saa tunnuksia vasta, kun toinen ylläpitäjä on hyväksynyt sen (Hyväksynnät).',
  fields: {
    name: 'Nimi',
    nameHelp: 'Järjestelmän nimi, esimerkiksi Asiointitili tai Arkisto',
    contact: 'Yhteyshenkilö',
    contactHelp: 'Kuka vastaa asiakkaasta: sähköpostiosoite tai nimi ja puhelinnumero',
    scopes: 'Käyttöoikeudet',
    scopesHelp: 'Anna vain ne oikeudet, joita järjestelmä tarvitsee.',
    active: 'Asiakas on käytössä',
    activeHelp:
      'Käytöstä poistettu asiakas ei saa tunnuksia, ja sen voimassa olevat tunnukset lakkaavat toimimasta heti.',
  },
  scopes: {
    applicationsRead: 'Hakemusten luku (applications:read)',
    decisionsRead: 'Päätösten luku (decisions:read)',
    eventsManage: 'Tapahtumatilausten hallinta (events:manage)',
    statisticsRead: 'Tilastojen luku (statistics:read)',
    auditRead: 'Lokitietojen luku (audit:read)',
    gdprRead: 'Henkilön tietojen haku tietosuojapyyntöön (gdpr:read)',
    gdprDelete: 'Henkilön tietojen poisto tietosuojapyynnöstä (gdpr:delete)',
  },
  secret: {
    heading: 'Asiakkaan {name} salaisuus',
    warning:
      'Kopioi salaisuus ja toimita se järjestelmän ylläpitäjälle turvallista reittiä. Salaisuus näytetään vain tämän kerran: Tuki ei tallenna sitä, eikä sitä voi näyttää uudelleen.',
    clientId: 'Asiakastunnus (client_id)',
    value: 'Salaisuus (client_secret)',
    copy: 'Kopioi salaisuus',
    copied: 'Salaisuus kopioitiin leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse salaisuus ja kopioi se itse.',
    done: 'Olen tallentanut salaisuuden',
  },
  rotateSecret: {
    button: 'Luo uusi salaisuus',
    confirmTitle: 'Luodaanko uusi salaisuus?',
    confirm:
      'Vanha salaisuus lakkaa toimimasta heti. Jo myönnetyt tunnukset toimivat, kunnes ne vanhenevat. Järjestelmä tarvitsee uuden salaisuuden saadakseen uusia tunnuksia.',
    confirmButton: 'Luo uusi salaisuus',
    done: 'Asiakkaalle {name} luotiin uusi salaisuus.',
  },
  keys: {
    heading: 'Tunnusten allekirjoitusavaimet',
    intro:
      'Uusimmalla avaimella allekirjoitetaan uudet tunnukset. Vaihdon jälkeen vanha avain hyväksyy sillä allekirjoitetut tunnukset, kunnes ne vanhenevat (5 minuuttia).',
    columns: { kid: 'Avaimen tunnus (kid)', algorithm: 'Algoritmi', createdAt: 'Luotu', status: 'Tila' },
    current: 'Allekirjoittaa uudet tunnukset',
    retired: 'Poistettu käytöstä {date}',
    rotate: 'Vaihda allekirjoitusavain',
    rotated: 'Uusi allekirjoitusavain {kid} otettiin käyttöön.',
    none: 'Avainta ei ole vielä luotu: se luodaan, kun ensimmäinen tunnus myönnetään.',
  },
  errors: {
    summary: 'Korjaa nämä kohdat:',
    nameRequired: 'Anna asiakkaan nimi.',
    contactRequired: 'Anna yhteyshenkilö.',
    failed: 'Tallennus ei onnistunut. Yritä uudelleen.',
    stale:
      'Joku muu muutti asiakasta sillä välin. Lomakkeella ovat nyt uusimmat tiedot; tee muutoksesi uudelleen.',
    staleTitle: 'Tiedot ovat muuttuneet',
    notFound: 'Asiakasta ei löytynyt.',
  },
} as const;
