// Finnish texts of the printBatches section (the source; Swedish and English are typed against it): the page that
// makes the day's print batch of the decision letters to be mailed on paper.

export const printBatches = {
  pageTitle: 'Postitettavat päätökset',
  title: 'Postitettavat päätökset',
  intro:
    'Päätöskirje postitetaan asiakkaille, jotka eivät ole valinneet sähköistä tiedoksiantoa. Tee päivän tulostuserä: kaikki postitusta odottavat kirjeet yhtenä PDF-tiedostona postinumeron mukaan järjestettyinä. Kirjeet merkitään samalla postitetuiksi.',
  duplex:
    'Tulosta erä kaksipuolisena. Jokainen kirje alkaa omalta arkiltaan: jos kirjeessä on pariton määrä sivuja, sen perään on lisätty tyhjä sivu.',
  queueHeading: 'Odottaa postitusta',
  waiting: 'Postitettavia kirjeitä: {count}',
  oldest: 'Vanhin päätös on tehty {dateTime}.',
  noneWaiting: 'Kaikki paperilla lähetettävät päätökset on otettu tulostuserään.',
  loading: 'Ladataan postitustilannetta…',
  loadFailed: 'Postitustilannetta ei voitu ladata. Yritä hetken kuluttua uudelleen.',
  create: 'Tee tulostuserä',
  creating: 'Tulostuserää tehdään. Tämä voi kestää hetken…',
  created: 'Tulostuserä on valmis (kirjeitä: {count}, sivuja: {pages}). Kirjeet on merkitty postitetuiksi.',
  resultHeading: 'Tulostuserä on valmis',
  download: 'Lataa tulostuserä (PDF, {size})',
  nothingToPrintTitle: 'Ei tulostettavaa',
  nothingToPrint:
    'Postitusta odottavia kirjeitä ei ole. Joku on ehkä juuri tehnyt tulostuserän: se näkyy aiempien erien luettelossa.',
  failedTitle: 'Tulostuserää ei tehty',
  failed: 'Tulostuserän tekeminen ei onnistunut, eikä kirjeitä merkitty postitetuiksi. Yritä uudelleen.',
  unknownOutcome:
    'Yhteys katkesi, eikä ole varmaa, ehdittiinkö tulostuserä tehdä. Paina painiketta uudelleen: jos erä ehdittiin tehdä, saat saman erän etkä uutta.',
  listHeading: 'Aiemmat tulostuserät',
  none: 'Tulostuseriä ei ole vielä tehty.',
  listFailed: 'Tulostuseriä ei voitu ladata. Yritä hetken kuluttua uudelleen.',
  table: {
    caption: 'Tulostuserät, uusin ensin',
    createdAt: 'Tehty',
    createdBy: 'Tekijä',
    letters: 'Kirjeitä',
    document: 'Tiedosto',
  },
  downloadRow: 'Lataa PDF ({size})',
  downloadRowContext: 'tulostuserä {dateTime}',
  showMore: 'Näytä lisää tulostuseriä',
} as const;
