// Finnish texts of the archive section (the source; Swedish and English are typed against it): the archivist's page
// of destruction lists (documents whose retention has ended) and the records of what has been destroyed.

export const archive = {
  pageTitle: 'Arkisto',
  title: 'Arkisto: hävitettävät asiakirjat',
  intro:
    'Kerran kuukaudessa laaditaan ehdotus hävitettävistä asioista: suljetut asiat, joiden kaikkien asiakirjojen säilytysaika on päättynyt. Tarkista ehdotus ja hyväksy se. Hyväksytyt asiat hävitetään kokonaan, ja niistä jää hävityspöytäkirja.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbidden: 'Arkisto on vain arkistonhoitajille.',
  loading: 'Ladataan…',
  loadFailed: 'Tietoja ei voitu ladata. Yritä hetken kuluttua uudelleen.',
  proposedHeading: 'Hävitysehdotus',
  noProposal: 'Hyväksyttävää hävitysehdotusta ei ole.',
  proposedOn: 'Ehdotus {period}, laadittu {date}. Asioita: {count}.',
  table: {
    caption: 'Ehdotuksen asiat',
    reference: 'Asia',
    recordTypes: 'Asiakirjat',
    closedOn: 'Suljettu',
    destroyAfter: 'Säilytys päättyi',
  },
  recordTypes: {
    application: 'hakemus',
    attachment: 'liite',
    message: 'viesti',
    decision: 'päätös',
    letter: 'päätöskirje',
    payment_file: 'maksuaineisto',
  },
  count: '{type} ({count})',
  approve: 'Hyväksy hävitys',
  confirmTitle: 'Hävitetäänkö asiakirjat?',
  confirmBody:
    'Ehdotuksen {count} asiaa hävitetään pysyvästi kaikkine asiakirjoineen ja tiedostoineen. Tätä ei voi perua. Hävityksestä jää pöytäkirja ja lokimerkintä.',
  confirm: 'Hävitä',
  cancel: 'Peruuta',
  approving: 'Asiakirjoja hävitetään…',
  approved: 'Hävitys on tehty. Hävitettyjä asioita: {count}.',
  failed: 'Hävitystä ei tehty. Yritä uudelleen.',
  stale: 'Ehdotus on muuttunut sen jälkeen, kun avasit sen. Tarkista se uudelleen.',
  recordsHeading: 'Hävityspöytäkirjat',
  noRecords: 'Asiakirjoja ei ole vielä hävitetty.',
  records: {
    caption: 'Hävitetyt asiat',
    reference: 'Asia',
    recordTypes: 'Asiakirjat',
    basis: 'Säilytysajan peruste',
    approvedBy: 'Hyväksyjä',
    destroyedAt: 'Hävitetty',
  },
} as const;
