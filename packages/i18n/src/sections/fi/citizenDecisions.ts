// Finnish texts of decisions in the citizen's e-services account (the source; Swedish and English are typed against
// it): the decision on the application page, its letter and delivery, the request for rectification (the form, and
// the case it becomes) and the choice of electronic delivery in the settings. Plain language: the letter itself
// carries the formal wording.

export const citizenDecisions = {
  /** The footer link to the data-protection notice, on every page. */
  dataProtectionLink: 'Tietosuoja',
  notice: {
    title: 'Hakemukseesi on tehty päätös',
    titleRectification: 'Oikaisuvaatimukseesi on tehty päätös',
    body: 'Päätös: {outcome}. Näet päätöksen tiedot ja päätöskirjeen tällä sivulla.',
    link: 'Siirry päätökseen',
  },
  heading: 'Päätös',
  headingMany: 'Päätökset',
  decisionHeading: 'Päätös {date}',
  outcome: {
    approved: 'Tukea myönnetään',
    partially_approved: 'Tukea myönnetään osittain',
    rejected: 'Tukea ei myönnetä',
  },
  facts: {
    month: 'Tukikuukausi',
    amount: 'Myönnetty tuki',
    decidedAt: 'Päätöspäivä',
    decidedBy: 'Päätöksen tekijä',
    paymentDate: 'Maksupäivä',
  },
  letter: {
    heading: 'Päätöskirje',
    open: 'Avaa päätöskirje (PDF)',
    opensInNewWindow: 'avautuu uuteen ikkunaan',
    download: 'Lataa päätöskirje (PDF)',
    help: 'Päätöskirjeessä ovat päätöksen perustelut, laskelma ja ohjeet oikaisuvaatimuksen tekemiseen.',
  },
  delivery: {
    paper: 'Päätöskirje lähetetään myös postitse.',
    mailed: 'Päätöskirje on lähetetty postitse {date}.',
    electronic: 'Päätös on annettu vain sähköisesti tähän e-asiointiin, eikä kirjettä lähetetä postitse.',
  },
  reasonsHeading: 'Perustelut',
  provisionsHeading: 'Sovelletut säännökset',
  calculation: {
    show: 'Näytä laskelma',
    line: 'Erä',
    amount: 'Määrä',
  },
  rectification: {
    heading: 'Oikaisuvaatimus',
    canRequest:
      'Jos olet eri mieltä päätöksestä, voit hakea siihen oikaisua. Oikaisuvaatimus on tehtävä viimeistään {date}.',
    request: 'Hae oikaisua',
    requested: 'Olet hakenut oikaisua tähän päätökseen.',
    requestedLink: 'Oikaisuvaatimus {reference}',
    status: 'Käsittelyn tila',
    tooLate:
      'Oikaisuvaatimuksen määräaika päättyi {date}. Jos sinulla on kysyttävää päätöksestä, ota yhteyttä sosiaalitoimistoon.',
    contact: 'Lähetä viesti sosiaalitoimistoon',
    appeal:
      'Oikaisuvaatimukseen annettuun päätökseen voi hakea muutosta valittamalla hallinto-oikeuteen. Ohjeet ovat päätöskirjeessä.',
  },
  form: {
    pageTitle: 'Oikaisuvaatimus',
    title: 'Hae oikaisua päätökseen',
    backToApplication: 'Takaisin hakemukseen',
    intro:
      'Jos olet eri mieltä päätöksestä, voit vaatia, että se tarkistetaan ja korjataan. Oikaisuvaatimus käsitellään omana asianaan, ja saat siihen uuden päätöksen asiointitilillesi.',
    decisionHeading: 'Päätös, johon haet oikaisua',
    application: 'Hakemus',
    deadline: 'Lähetä oikaisuvaatimus viimeistään {date}.',
    includeHeading: 'Kerro oikaisuvaatimuksessa',
    include: {
      what: 'mikä päätöksessä on mielestäsi väärin',
      how: 'miten päätöstä pitäisi muuttaa',
      why: 'miksi päätöstä pitäisi muuttaa.',
    },
    attachments:
      'Liitä mukaan asiakirjat, jotka tukevat vaatimustasi, esimerkiksi laskut, kuitit tai tiliotteet.',
    reasons: 'Oikaisuvaatimuksen perustelut',
    reasonsHelp: 'Mikä päätöksessä on väärin, miten sitä pitäisi muuttaa ja miksi.',
    reasonsRequired: 'Kerro, miksi päätöstä pitäisi mielestäsi muuttaa.',
    send: 'Lähetä oikaisuvaatimus',
    sending: 'Lähetetään…',
    errorHeading: 'Oikaisuvaatimusta ei lähetetty',
    failed: 'Oikaisuvaatimuksen lähettäminen ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
    notFoundTitle: 'Päätöstä ei löytynyt',
    notFound: 'Päätöstä ei löytynyt. Osoite voi olla väärä.',
    notAvailableTitle: 'Oikaisua ei voi hakea tällä lomakkeella',
  },
  sent: {
    title: 'Oikaisuvaatimus on lähetetty',
    body: 'Oikaisuvaatimuksesi on vastaanotettu, ja sen tunnus on {reference}. Saat siihen päätöksen asiointitilillesi.',
  },
  concerns: {
    heading: 'Mitä oikaisuvaatimus koskee',
    decision: 'Päätös, johon haet oikaisua',
    decisionOf: 'Hakemuksen {reference} päätös',
    decisionOfUnnamed: 'Hakemuksesi päätös',
    reasonsHeading: 'Perustelusi',
  },
  settings: {
    deliveryLegend: 'Päätösten toimitustapa',
    electronic: 'Haluan päätökset vain sähköisesti e-asiointiin (ei kirjettä postitse)',
    electronicHelp:
      'Jos et valitse tätä, päätöskirje lähetetään sinulle myös postitse. Päätökset näkyvät aina asiointitililläsi.',
  },
} as const;
