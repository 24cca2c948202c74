// Finnish texts of requests for rectification of a decision (the source; Swedish and English are typed against it).

export const rectification = {
  tooLate: 'Oikaisuvaatimuksen määräaika päättyi {date}. Voit ottaa yhteyttä sosiaalitoimistoon.',
  alreadyRequested: 'Tähän päätökseen on jo tehty oikaisuvaatimus.',
  noReasons: 'Kerro, miksi päätöstä pitäisi mielestäsi muuttaa.',
} as const;
