// Finnish texts of the data-protection notice (EU General Data Protection Regulation, Articles 13 and 14) for the
// processing of personal data in the social assistance e-services (the source; Swedish and English are typed
// against it). The citizen app's public page /privacy shows it; the decision letters and the e-mails link to it
// and name the data protection officer from `officer`. Another city changes the controller and contacts here.

export const dataProtection = {
  title: 'Tietosuojaseloste',
  subtitle: 'Henkilötietojen käsittely toimeentulotukiasioissa (Tuki-asiointi)',
  intro:
    'Tässä selosteessa kerrotaan, miten käsittelemme henkilötietojasi ja perheenjäsentesi tietoja, kun haet toimeentulotukea tai asioit toimeentulotukiasiassasi, ja mitä oikeuksia sinulla on (EU:n yleinen tietosuoja-asetus, 13 ja 14 artikla).',
  controller: {
    heading: 'Rekisterinpitäjä',
    text: 'Helsingin kaupunki, sosiaali-, terveys- ja pelastuslautakunta. Henkilötietoja käsittelee sosiaali-, terveys- ja pelastustoimialan aikuissosiaalityö.',
    address:
      'Helsingin kaupungin kirjaamo, PL 10, 00099 Helsingin kaupunki. Sähköposti helsinki.kirjaamo@example.hel.fi.',
  },
  officer: {
    heading: 'Tietosuojavastaava',
    name: 'Helsingin kaupungin tietosuojavastaava',
    email: 'tietosuoja@example.hel.fi',
    phone: '09 310 1691',
    address: 'PL 1, 00099 Helsingin kaupunki',
  },
  purpose: {
    heading: 'Käsittelyn tarkoitus',
    text: 'Käsittelemme tietoja, jotta voimme ottaa vastaan hakemuksesi, selvittää oikeutesi toimeentulotukeen, tehdä päätöksen ja antaa sen tiedoksi, maksaa myönnetyn tuen, käsitellä oikaisuvaatimukset sekä hoitaa asiakkuuteesi liittyvän neuvonnan ja yhteydenpidon. Tietoja käytetään myös lain edellyttämiin tilastoihin (esimerkiksi käsittelyaikojen seuranta) ilman tunnistettavia henkilötietoja.',
  },
  legalBasis: {
    heading: 'Käsittelyn oikeusperuste',
    gdpr: 'Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi ja yleistä etua koskevan tehtävän suorittamiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan c ja e alakohta). Terveyttä ja muita erityisiä henkilötietoryhmiä koskevia tietoja käsitellään sosiaalihuollon ja sosiaaliturvan järjestämiseksi (9 artiklan 2 kohdan h ja b alakohta).',
    acts: 'Kansallinen lainsäädäntö: laki toimeentulotuesta (1412/1997), laki sosiaalihuollon asiakkaan asemasta ja oikeuksista (812/2000), laki sosiaalihuollon asiakasasiakirjoista (254/2015) ja laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023).',
  },
  data: {
    heading: 'Käsiteltävät tiedot ja niiden lähteet',
    text: 'Hakijan ja perheenjäsenten nimet, henkilötunnukset tai syntymäajat, yhteystiedot, perhe- ja asumistiedot, tulot, varat, menot, tilinumero, hakemuksen liitteet, viestit, päätökset ja niiden laskelmat sekä tieto siitä, kuka on käsitellyt tietoja ja milloin. Tiedot saadaan sinulta itseltäsi ja tunnistautumispalvelusta. Lain sallimissa tilanteissa tietoja voidaan pyytää myös muilta viranomaisilta, kuten Kansaneläkelaitokselta ja Verohallinnolta, sekä pankeilta (laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 20 §).',
  },
  recipients: {
    heading: 'Tietojen luovutukset ja vastaanottajat',
    text: 'Tietoja luovutetaan vain lain perusteella, esimerkiksi Kansaneläkelaitokselle perustoimeentulotukea koskevissa asioissa. Jos olet ottanut käyttöön Suomi.fi-viestit, päätökset ja viestit voidaan toimittaa valtakunnalliseen viestinvälityspalveluun. Tuki maksetaan pankkiin ilmoittamallesi tilille. Paperikirjeet tulostetaan ja postitetaan kaupungin sopimuskumppanin kautta. Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.',
  },
  retention: {
    heading: 'Säilytysaika',
    text: 'Lähetetyt hakemukset, päätökset ja niihin liittyvät asiakirjat ovat sosiaalihuollon asiakasasiakirjoja, jotka säilytetään sosiaalihuollon asiakasasiakirjoja koskevan lainsäädännön ja Kansallisarkiston määrittelemien säilytysaikojen mukaan (työikäisten palveluissa 10 vuotta asiakkuuden päättymisestä) ja hävitetään sen jälkeen. Lähettämättömät hakemusluonnokset poistetaan 90 päivän kuluttua viimeisestä muutoksesta.',
  },
  automated: {
    heading: 'Automaattinen päätöksenteko',
    text: 'Tuki laskee toimeentulotuen määrän laskentasääntöjen avulla, mutta päätöksen tekee aina sosiaalihuollon työntekijä. Automaattista päätöksentekoa tai profilointia ei käytetä.',
  },
  rights: {
    heading: 'Oikeutesi',
    access:
      'Oikeus saada pääsy tietoihisi (15 artikla). Voit ladata tietosi e-asioinnin asetuksista tai pyytää niitä kirjaamosta.',
    rectification: 'Oikeus vaatia virheellisen tiedon oikaisemista (16 artikla).',
    restriction: 'Oikeus vaatia käsittelyn rajoittamista (18 artikla).',
    objection:
      'Oikeus vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella siltä osin kuin käsittely perustuu yleistä etua koskevaan tehtävään (21 artikla).',
    erasure:
      'Tietoja ei voi poistaa tai siirtää järjestelmästä toiseen siltä osin kuin laki velvoittaa säilyttämään ne (17 artiklan 3 kohta); hakemusluonnokset voit poistaa itse.',
    complaint:
      'Sinulla on oikeus tehdä valitus valvontaviranomaiselle, joka on tietosuojavaltuutetun toimisto (tietosuoja.fi, PL 800, 00531 Helsinki).',
    howTo:
      'Pyynnöt voit lähettää kirjaamoon. Tietosuojaa koskevissa kysymyksissä voit ottaa yhteyttä tietosuojavastaavaan.',
  },
  contactEmail: 'Sähköposti',
  contactPhone: 'Puhelin',
  contactAddress: 'Postiosoite',
} as const;
