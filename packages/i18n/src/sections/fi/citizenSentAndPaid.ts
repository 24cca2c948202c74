// Finnish texts of how a decision reached the client and how its money is paid, on the application page of the
// e-services account (the source; Swedish and English are typed against it). Loaded with the decision section.

export const citizenSentAndPaid = {
  delivery: {
    electronic: 'Päätös lähetettiin Suomi.fi-viesteihisi {date}.',
    read: 'Avasit viestin {date}.',
    mailed: 'Päätöskirje postitettiin sinulle {date}.',
    pending: 'Päätöskirjettä ollaan lähettämässä sinulle.',
    eservice: 'Päätös on annettu vain tähän e-asiointiin.',
    returned:
      'Sinulle postitettu päätöskirje palautui meille {date}, koska sitä ei saatu perille. Voit lukea päätöksen täältä. Tarkista, että osoitteesi on ajan tasalla väestötietojärjestelmässä.',
  },
  payments: {
    heading: 'Maksu',
    headingMany: 'Maksut',
    paid: 'Maksettu {date}: {amount}',
    paidToLandlord: 'Maksettu vuokranantajallesi {date}: {amount}',
    toBePaid: 'Maksetaan {date}: {amount}',
    toBePaidToLandlord: 'Maksetaan vuokranantajallesi {date}: {amount}',
    toBePaidSoon: 'Maksetaan lähipäivinä: {amount}',
    toBePaidSoonToLandlord: 'Maksetaan vuokranantajallesi lähipäivinä: {amount}',
    failed: 'Maksu ({amount}) epäonnistui – otamme sinuun yhteyttä.',
    failedToLandlord: 'Maksu vuokranantajallesi ({amount}) epäonnistui – otamme sinuun yhteyttä.',
    account: 'Tilille {iban}',
  },
} as const;
