// Finnish texts of deciding a case in the staff app (the source; Swedish and English are typed against it).

export const staffDecisions = {
  heading: 'Päätös',
  noCalculation: 'Laskelma ei ole ajan tasalla. Tarkista laskelma ennen myönteistä päätöstä.',
  calculated: 'Laskelman mukainen toimeentulotuki: {amount}',
  outcome: 'Ratkaisu',
  withCalculation: 'Liitä laskelma päätökseen',
  reasons: 'Perustelut',
  reasonsHint: 'Valitut perustelut tulostuvat päätökseen asiakkaan kielellä ({language}).',
  ownWords: 'Omat perustelut',
  ownWordsHint: 'Tulostuu päätökseen sellaisenaan. Erota kappaleet tyhjällä rivillä.',
  languageWarning: {
    title: 'Omat perustelut ovat eri kielellä kuin päätöskirje',
    body: 'Omat perustelut näyttävät olevan eri kielellä ({detected}) kuin päätöskirje ({language}). Ne tulostuvat kirjeeseen sellaisinaan: kirjoita ne kirjeen kielellä.',
  },
  review: 'Tarkista ja tee päätös',
  confirmHeading: 'Vahvista päätös',
  confirmSummary:
    'Ratkaisu: {outcome}, {amount}. Päätöskirjeen kieli on {language}, ja asiakkaalle lähtee ilmoitus.',
  confirm: 'Vahvista päätös',
  deciding: 'Tehdään päätöstä…',
  cancel: 'Peruuta',
  decisionsHeading: 'Päätökset',
  decidedTitle: 'Päätös tehty',
  decided: 'Päätös tallennettiin: {outcome} {amount} kuukaudelle {month}. Asiakkaalle lähtee ilmoitus.',
  notAllowedTitle: 'Et voi tehdä päätöstä',
  notAllowed:
    'Päätöksen tekee hakemuksen käsittelijä ({name}) tai esihenkilö. Voit katsoa hakemusta ja laskelmaa.',
  notAllowedUnassigned:
    'Päätöksen tekee hakemuksen käsittelijä tai esihenkilö. Ota hakemus käsittelyyn, jos teet päätöksen.',
  forMonth: 'kuukaudelle {month}',
  decidedBy: 'Päättäjä {name}, {when}',
  mailed: 'Päätöskirje lähti postitse {when}.',
  toBeMailed: 'Päätöskirje lähtee postitse seuraavassa tulostuserässä.',
  electronic: 'Asiakas on valinnut sähköisen tiedoksiannon.',
  openLetter: 'Avaa päätöskirje (PDF, avautuu uuteen ikkunaan)',
  rectificationRequested: 'Päätöksestä on tehty oikaisuvaatimus:',
  rectificationUntil: 'Oikaisua voi hakea {date} asti.',
  rectificationHeading: 'Oikaisuvaatimus',
  rectificationOf: 'Koskee päätöstä hakemukseen',
  rectificationReasons: 'Asiakkaan perustelut',
  errors: {
    outcome: 'Valitse ratkaisu.',
    calculation: 'Myönteinen päätös tarvitsee ajan tasalla olevan laskelman.',
    nothingToApprove: 'Laskelman mukaan tukea ei myönnetä: valitse kielteinen ratkaisu.',
    reasons: 'Valitse vähintään yksi perustelu tai kirjoita omat perustelut.',
    notNow: 'Päätöstä ei voi tehdä nyt: hakemus ei ole käsittelyssä, tai siitä on jo tehty päätös.',
    forbidden:
      'Sinulla ei ole oikeutta tehdä päätöstä: sen tekee hakemuksen käsittelijä tai esihenkilö. Hakemus on ladattu uudelleen.',
    invalid: 'Päätöstä ei voitu tehdä näillä tiedoilla. Tarkista ratkaisu, laskelma ja perustelut.',
    failed: 'Päätöksen tekeminen epäonnistui. Yritä uudelleen.',
  },
} as const;
