// Finnish texts of the correspondence between the client and the office: requests for information, answers,
// messages, and the refusals the server gives about them (the source; Swedish and English are typed against it).

export const correspondence = {
  alreadyAnswered: 'Lisäselvityspyyntöön on jo vastattu.',
  closed: 'Hakemus ei enää odota lisäselvitystä, joten pyyntöön ei voi vastata.',
  empty: 'Kirjoita vastaus tai liitä vähintään yksi tiedosto.',
  unknownFile: 'Tiedostoa ei löytynyt tai se on jo lähetetty. Lisää tiedosto uudelleen.',
  emptyMessage: 'Kirjoita viesti tai liitä vähintään yksi tiedosto.',
  items: {
    bank_statements: 'Tiliotteet kahdelta edelliseltä kuukaudelta kaikista tileistä',
    rental_agreement: 'Vuokrasopimus',
    pay_slips: 'Palkkalaskelmat',
    receipts: 'Kuitit menoista',
    benefit_decisions: 'Päätökset saamistasi etuuksista (esimerkiksi Kela)',
    other: 'Muu selvitys',
  },
} as const;
