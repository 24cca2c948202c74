// Finnish texts of the staffUsers section (the source; Swedish and English are typed against it).

export const staffUsers = {
  pageTitle: 'Käyttäjät',
  title: 'Käyttäjät',
  intro:
    'Lisää työntekijät, jotka käyttävät Tukea, anna heille käyttöoikeusroolit ja poista käytöstä ne, jotka eivät enää tarvitse pääsyä.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbidden:
    'Käyttäjien hallinta on vain pääkäyttäjille. Jos tarvitset tätä näkymää, ota yhteyttä pääkäyttäjään.',
  listHeading: 'Kaikki käyttäjät',
  loadFailed: 'Käyttäjiä ei voitu ladata. Yritä hetken kuluttua uudelleen.',
  columns: {
    name: 'Nimi',
    username: 'Käyttäjätunnus',
    roles: 'Roolit',
    status: 'Tila',
    actions: 'Toiminnot',
  },
  statusActive: 'Käytössä',
  statusInactive: 'Poistettu käytöstä',
  noRoles: 'Ei rooleja',
  edit: 'Muokkaa',
  editUser: 'Muokkaa: {name}',
  addHeading: 'Lisää käyttäjä',
  editHeading: 'Muokkaa käyttäjää {name}',
  fields: {
    username: 'Käyttäjätunnus',
    usernameHelp:
      'Sama tunnus kuin organisaation käyttäjähakemistossa: pienet kirjaimet a–z, numerot ja merkit . _ @ -',
    firstName: 'Etunimi',
    lastName: 'Sukunimi',
    email: 'Sähköposti (vapaaehtoinen)',
    roles: 'Käyttöoikeusroolit',
    rolesHelp: 'Käyttäjä voi kirjautua ilman rooleja, mutta ei voi tehdä mitään.',
    active: 'Käyttäjä on käytössä',
    activeHelp: 'Kun poistat käyttäjän käytöstä, hänen istuntonsa päättyvät heti eikä hän voi kirjautua.',
    activeSelf: 'Et voi poistaa itseäsi käytöstä.',
  },
  add: 'Lisää käyttäjä',
  save: 'Tallenna muutokset',
  cancel: 'Peruuta',
  added: 'Käyttäjä {name} lisättiin.',
  pendingRoles: 'Odottaa hyväksyntää: {roles}',
  saved: 'Käyttäjän {name} muutokset tallennettiin.',
  staleTitle: 'Käyttäjää oli muutettu',
  errorSummary: 'Tarkista nämä kohdat',
  errors: {
    usernameRequired: 'Kirjoita käyttäjätunnus.',
    usernameInvalid:
      'Käyttäjätunnuksessa voi olla vain pieniä kirjaimia a–z, numeroita ja merkkejä . _ @ - (enintään 100 merkkiä).',
    usernameTaken: 'Käyttäjätunnus on jo käytössä. Valitse toinen tunnus.',
    firstNameRequired: 'Kirjoita etunimi.',
    lastNameRequired: 'Kirjoita sukunimi.',
    emailInvalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
    rolesInvalid: 'Tarkista roolit.',
    lastAdmin:
      'Tämä on viimeinen käytössä oleva pääkäyttäjä. Anna ensin pääkäyttäjän rooli jollekulle toiselle käytössä olevalle käyttäjälle.',
    cannotGrantSelf: 'Et voi antaa itsellesi uusia rooleja. Pyydä toista pääkäyttäjää tekemään se.',
    cannotDeactivateSelf: 'Et voi poistaa itseäsi käytöstä. Pyydä toista pääkäyttäjää tekemään se.',
    stale:
      'Joku muu muutti tätä käyttäjää sillä välin. Uusin versio ladattiin: tarkista tiedot ja tee muutoksesi uudelleen.',
    notFound: 'Käyttäjää ei enää löydy.',
    failed: 'Tallentaminen ei onnistunut. Yritä uudelleen.',
  },
} as const;
