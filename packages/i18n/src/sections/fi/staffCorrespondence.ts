// Finnish texts of the case view's information requests and messages (staff app; the source).

export const staffCorrespondence = {
  requests: {
    none: 'Lisäselvityksiä ei ole pyydetty.',
    notAllowed: 'Lisäselvitystä pyytää hakemuksen käsittelijä ({name}) tai esihenkilö.',
    requestedBy: 'Pyytänyt {name} {when}',
    dueDate: 'Vastattava viimeistään {date}',
    state: {
      open: 'Odottaa vastausta',
      overdue: 'Myöhässä: vastausta ei ole saatu määräpäivään mennessä',
      answered: 'Vastattu',
    },
    answerHeading: 'Asiakkaan vastaus {when}',
    answerFiles: 'Vastauksen liitteet',
    noAnswerText: 'Asiakas ei kirjoittanut vastaukseen tekstiä.',
    formHeading: 'Pyydä lisäselvitystä',
    commonItems: 'Tavalliset selvitykset',
    ownItems: 'Omat kohdat',
    ownItemLabel: 'Oma kohta {number}',
    addOwnItem: 'Lisää oma kohta',
    removeOwnItem: 'Poista oma kohta {number}',
    message: 'Saate asiakkaalle',
    messageHint: 'Kerro, miksi selvityksiä tarvitaan. Asiakas näkee tekstin e-asioinnissa.',
    due: 'Vastattava viimeistään',
    dueHint: 'Päätös on tehtävä 7 arkipäivän kuluessa tästä päivästä, ellei asiakas vastaa aiemmin.',
    send: 'Lähetä pyyntö',
    sending: 'Lähetetään…',
    sent: 'Lisäselvityspyyntö lähetettiin. Asiakkaalle lähtee ilmoitus.',
    noItems: 'Valitse vähintään yksi selvitys tai kirjoita oma kohta.',
    noDue: 'Anna päivämäärä.',
    notAllowedNow:
      'Lisäselvitystä ei voi pyytää nyt: hakemus odottaa jo vastausta, tai siitä on tehty päätös.',
    emptyOwnItem: 'Oma kohta {number} on tyhjä. Kirjoita se tai poista se.',
    forbidden: 'Sinulla ei ole oikeutta pyytää lisäselvitystä tähän hakemukseen.',
    invalid: 'Pyyntöä ei voitu lähettää näillä tiedoilla. Tarkista kohdat, saate ja päivämäärä.',
    failed: 'Pyynnön lähettäminen epäonnistui. Yritä uudelleen.',
  },
  messages: {
    none: 'Viestejä ei ole vielä.',
    unread: '{count} lukematonta viestiä asiakkaalta',
    fromClient: 'Asiakas',
    fromOffice: '{name} (toimisto)',
    sentAt: 'Lähetetty {when}',
    readAt: 'Luettu {when}',
    notRead: 'Ei vielä luettu',
    files: 'Liitteet',
    newMessage: 'Uusi viesti asiakkaalle',
    newMessageHint: 'Asiakas saa sähköposti-ilmoituksen uudesta viestistä (ei viestin sisältöä).',
    attach: 'Liitä tiedostoja',
    attachHint: 'PDF, JPEG, PNG, HEIC tai WebP, enintään 25 Mt tiedosto.',
    send: 'Lähetä viesti',
    sending: 'Lähetetään…',
    sent: 'Viesti lähetettiin.',
    empty: 'Kirjoita viesti tai liitä tiedosto.',
    uploadFailed: 'Tiedoston {name} lisääminen epäonnistui: {detail}',
    uploadReasons: {
      tooLarge: 'tiedosto on liian suuri.',
      type: 'tiedostomuotoa ei voi lähettää (sallitut: PDF, JPEG, PNG, HEIC ja WebP).',
      infected: 'tiedostosta löytyi haittaohjelma.',
      other: 'yritä uudelleen.',
    },
    failed: 'Viestin lähettäminen epäonnistui. Yritä uudelleen; viesti lähtee vain kerran.',
    loadFailed: 'Viestejä ei voitu ladata.',
    earlier: 'Näytä lisää viestejä',
  },
  conflict: {
    stale:
      'Joku muu muutti hakemusta sillä välin. Uusin tilanne ladattiin; tarkista se ja tee muutoksesi uudelleen.',
  },
  /** Refusals while a letter's recipient has no name or postal address (the address window of the letter). */
  recipient: {
    parts: {
      name: 'nimi',
      streetAddress: 'katuosoite',
      postalCode: 'postinumero',
      postOffice: 'postitoimipaikka',
    },
    decideRefused:
      'Päätöstä ei voi tehdä, koska vastaanottajan tiedoista puuttuu: {missing}. Kirjeen osoitekenttään tarvitaan nimi ja postiosoite. Pyydä puuttuvat tiedot asiakkaalta.',
    printRefused:
      'Tulostuserää ei tehty: kaikilta odottavilta kirjeiltä puuttuu vastaanottajan nimi tai postiosoite ({letters}).',
    heldBackTitle: 'Osa kirjeistä jäi odottamaan',
    heldBack:
      'Näitä kirjeitä ei otettu erään, koska vastaanottajan nimi tai postiosoite puuttuu: {letters}. Ne odottavat, kunnes asia on selvitetty.',
    letter: '{reference} ({missing})',
  },
} as const;
