// Finnish texts of a decision's letter delivery and payments in the staff app's case view (the source; Swedish and
// English are typed against it). Loaded with the case view.

export const staffSentAndPaid = {
  delivery: {
    heading: 'Kirjeen toimitus',
    channel: {
      suomifi_electronic: 'Suomi.fi-viesti',
      suomifi_paper: 'Suomi.fi-paperiposti',
      local_print: 'Paikallinen tulostuserä',
      eservice: 'Vain e-asiointitili',
      none: 'Toimitustapa ei vielä selvillä',
    },
    status: {
      pending: 'Odottaa lähetystä',
      sent: 'Lähetetty',
      local: 'Paikallisessa tulostuksessa',
      read: 'Luettu',
      returned_to_sender: 'Palautunut lähettäjälle',
    },
    step: {
      sent: 'Lähetetty',
      printed: 'Tulostukseen',
      read: 'Luettu',
      returned: 'Palautui',
    },
    returnedTitle: 'Kirje palautui lähettäjälle',
    returnedBody:
      'Asiakas ei ole saanut päätöskirjettä postitse. Tarkista osoite ja toimita päätös asiakkaalle uudelleen.',
  },
  payments: {
    heading: 'Maksut',
    payee: 'Saaja',
    amount: 'Summa',
    status: 'Tila',
    paidOn: 'Maksupäivä',
    payeeKind: { client: 'asiakas', landlord: 'vuokranantaja' },
    state: {
      waiting: 'Odottaa maksuerää',
      inBatch: 'Maksuerässä',
      sent: 'Lähetetty pankkiin',
      paid: 'Maksettu',
      rejected: 'Hylätty',
    },
    due: 'eräpäivä {date}',
    sentAt: 'lähetetty {date}',
    rejectedBecause: 'Pankin syy: {reason}',
    reason: {
      AC01: 'virheellinen tilinumero',
      AC03: 'virheellinen saajan tilinumero',
      AC04: 'tili on lopetettu',
      AC06: 'tili on estetty',
      AG01: 'tilille ei voi maksaa',
      AM05: 'kaksinkertainen maksu',
      BE01: 'saajan nimi ei vastaa tiliä',
      MD07: 'tilinomistaja on kuollut',
      MS03: 'pankki ei kertonut syytä',
      RC01: 'virheellinen pankin tunniste',
    },
    unknownReason: 'koodi {code}',
    none: 'Päätökselle ei ole luotu maksua. Tarkista, onko tuki maksettava muuta kautta.',
  },
} as const;
