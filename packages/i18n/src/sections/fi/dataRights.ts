// Finnish texts of the citizen's data rights (the source; Swedish and English are typed against it): downloading
// all one's data from the settings page, the README.txt of that download, and the reasons the GDPR API gives when
// it refuses to delete a person's data (shown to the citizen by the city's profile service).

export const dataRights = {
  export: {
    heading: 'Lataa tietosi',
    intro:
      'Voit ladata kaikki tietosi Tuki-palvelusta yhtenä zip-tiedostona. Se sisältää henkilötietosi, hakemuksesi sisältöineen ja vaiheineen, lisäselvityspyynnöt ja vastauksesi, viestit, päätökset laskelmineen, asetuksesi sekä tiedon siitä, kuka on katsonut tietojasi ja milloin.',
    files: 'Mukana ovat myös lähettämäsi liitteet ja päätöskirjeet (PDF).',
    button: 'Lataa tietosi (zip)',
    preparing: 'Tietojasi kootaan. Lataus alkaa hetken kuluttua.',
  },
  readme: {
    title: 'Tietosi Tuki-palvelusta',
    created: 'Koottu {time}.',
    person: 'Henkilö: {name}',
    json: 'tuki-export.json: kaikki tietosi koneluettavassa JSON-muodossa: henkilötiedot, asetukset, hakemukset sisältöineen ja tilahistorioineen, lisäselvityspyynnöt ja vastaukset, viestit, päätökset laskelmineen, päätösten maksut (muun saajan, kuten vuokranantajan, tilinumero osittain peitettynä) ja maksusitoumukset, päätöskirjeiden toimitustiedot, Suomi.fi-viestit, tiedot siitä, miten palautuneet kirjeet ja hylätyt maksut on selvitetty, liitteiden tiedot sekä lokimerkinnät siitä, kuka on käsitellyt tietojasi ja milloin.',
    applications:
      'applications/: kansio kullekin hakemukselle (nimenä hakemuksen tunnus tai luonnoksen tunnisteen alku). Sen attachments-kansiossa ovat liitteet ja decision-letters-kansiossa päätöskirjeet.',
    notIncluded:
      'Liitettä, jonka virustarkistus on kesken tai epäonnistui, ei ole mukana; sen tiedot ovat JSON-tiedostossa.',
    questions:
      'Jos sinulla on kysyttävää tiedoistasi tai haluat korjata niitä, ota yhteyttä sosiaalipalveluihin.',
  },
  gdpr: {
    recordsMustBeKept:
      'Tietojasi ei voi poistaa, koska sinulla on Tuki-palvelussa lähetettyjä toimeentulotukihakemuksia tai päätöksiä. Sosiaalihuollon asiakasasiakirjat on säilytettävä lain (laki sosiaalihuollon asiakasasiakirjoista) määräämän ajan. Hakemusluonnokset ja muut tiedot, joita ei tarvitse säilyttää, poistetaan.',
  },
} as const;
