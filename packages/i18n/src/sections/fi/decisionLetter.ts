// Finnish texts of the `decisionLetter` section (the source; Swedish and English are typed against it): the fixed
// wording of the decision letter. The template (apps/server/src/letters/templates/decision-letter.typ) contains no
// wording of its own: it prints what it is given. Terms follow the glossary of the domain document (§4). A list is
// a list of paragraphs.

export const decisionLetter = {
  /** In the header, in capitals. */
  documentType: 'PÄÄTÖS',
  /** The main heading and the PDF title. */
  title: 'Päätös toimeentulotuesta',
  date: 'Päivämäärä',
  referenceNumber: 'Diaarinumero',
  decisionId: 'Päätöksen tunnus',
  applicant: 'Hakija',
  /** Label of the kind of assistance, and the kinds (AssistanceKind). */
  kind: 'Tukimuoto',
  kinds: {
    basic: 'Perustoimeentulotuki',
    supplementary: 'Täydentävä toimeentulotuki',
    preventive: 'Ehkäisevä toimeentulotuki',
  },
  month: 'Tukikuukausi',
  outcome: 'Ratkaisu',
  outcomes: { approved: 'Myönteinen', partially_approved: 'Osittain myönteinen', rejected: 'Kielteinen' },
  outcomeSentences: {
    approved: 'Hakemuksesi on hyväksytty. Sinulle myönnetään toimeentulotukea seuraavasti.',
    partially_approved:
      'Hakemuksesi on hyväksytty osittain. Sinulle myönnetään toimeentulotukea seuraavasti; perustelut ovat alla.',
    rejected: 'Hakemuksesi on hylätty. Perustelut ovat alla.',
  },
  amount: 'Myönnetty toimeentulotuki',
  /** Label of the day the letter was sent, and of the last day to ask for rectification. */
  sentOn: 'Lähetetty',
  rectificationDeadline: 'Oikaisuvaatimus viimeistään',
  partiesHeading: 'Asianosaiset',
  partiesIntro: 'Päätös koskee hakijaa ja hänen perhettään:',
  roles: { applicant: 'hakija', spouse: 'puoliso', child: 'lapsi' },
  /** After a party's name: {date} is the date of birth. */
  born: 'syntynyt {date}',
  birthUnknown: 'syntymäaika ei tiedossa',
  /**
   * The one notification rule of the channel, with the dates: {sent}, {notified}, {deadline}. `paperPending` is for
   * a paper letter not yet mailed (its mailed copy carries the dates).
   */
  dispatch: {
    electronic:
      'Päätös on lähetetty sähköisesti e-asiointitilillesi {sent}. Sen katsotaan tulleen tiedoksesi kolmantena päivänä lähettämisestä eli {notified} (laki sähköisestä asioinnista viranomaistoiminnassa 19 §). Oikaisuvaatimus on siksi tehtävä viimeistään {deadline}.',
    paper:
      'Päätös on lähetetty kirjeenä {sent}. Sen katsotaan tulleen tiedoksesi seitsemäntenä päivänä lähettämisestä eli {notified}, jollei muuta näytetä (hallintolaki 59 §). Oikaisuvaatimus on siksi tehtävä viimeistään {deadline}.',
    paperPending:
      'Päätös postitetaan sinulle kirjeenä. Postitettavassa kirjeessä on sen lähetyspäivä, tiedoksisaantipäivä ja oikaisuvaatimuksen viimeinen päivä. Kirjeen katsotaan tulleen tiedoksesi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä (hallintolaki 59 §).',
  },
  /** Under the calculation table: what its references cite. */
  tableNote: 'TTL = laki toimeentulotuesta (1412/1997).',
  dataProtectionHeading: 'Henkilötietojen käsittely',
  /** {url}: the notice; {officer}: the data protection officer's contact. */
  dataProtection:
    'Käsittelemme henkilötietojasi ja perheenjäsentesi tietoja toimeentulotukiasian hoitamiseksi. Tietosuojaselosteessa kerrotaan, mitä tietoja käsittelemme, miksi ja kuinka kauan, ja mitä oikeuksia sinulla on: {url}. Tietosuojavastaava: {officer}.',
  decisionHeading: 'Päätös',
  calculationHeading: 'Laskelma',
  calculationIntro: 'Toimeentulotuki on laskettu seuraavasti (euroa kuukaudessa).',
  columnItem: 'Erä',
  columnLegalReference: 'Lainkohta',
  columnAmount: 'Määrä',
  sectionExpenses: 'Hyväksytyt menot',
  sectionIncome: 'Huomioon otetut tulot ja varat',
  totalExpenses: 'Menot yhteensä',
  totalIncome: 'Tulot ja varat yhteensä',
  calculatedAmount: 'Toimeentulotuki (menot – tulot ja varat, vähintään 0)',
  reasonsHeading: 'Perustelut',
  legalProvisionsHeading: 'Sovelletut oikeusohjeet',
  paymentHeading: 'Maksaminen',
  paymentDate: 'Maksupäivä',
  paymentAccount: 'Tili',
  paymentAccountNote: 'Tilinumerosta näytetään tietoturvan vuoksi vain alku ja loppu.',
  /** The rent part paid straight to the landlord (in the payment section). */
  rentToLandlord: 'Vuokra maksetaan suoraan vuokranantajalle',
  landlord: 'Vuokranantaja',
  landlordAccount: 'Vuokranantajan tili',
  landlordAmount: 'Vuokranantajalle maksetaan',
  clientAccount: 'Sinun tilisi',
  clientAmount: 'Sinulle maksetaan',
  rentToLandlordNote:
    'Päätöksellä myönnetystä tuesta vuokran osuus maksetaan suoraan vuokranantajallesi. Sinun ei tarvitse maksaa tätä osaa vuokrasta itse.',
  /** The payment commitments of the decision. */
  commitmentsHeading: 'Maksusitoumukset',
  commitmentsIntro:
    'Sinulle on myönnetty seuraavat maksusitoumukset. Maksusitoumus annetaan maksunsaajalle, joka laskuttaa kaupunkia suoraan. Maksusitoumusta ei voi vaihtaa rahaksi eikä siirtää toiselle.',
  /** One commitment: {number}, {payee}, {covers}, {amount}, {from}, {to}. */
  commitmentItem: '{number}: {covers}, maksunsaaja {payee}, enintään {amount}, voimassa {from}–{to}',
  decisionMakerHeading: 'Päätöksen tekijä',
  electronicApproval:
    'Päätös on hyväksytty sähköisesti, eikä siinä siksi ole käsin kirjoitettua allekirjoitusta.',
  contactHeading: 'Lisätietoja',
  contactIntro: 'Lisätietoja päätöksestä antaa',
  phone: 'Puhelin',
  email: 'Sähköposti',
  web: 'Verkkosivut',
  appeal: {
    heading: 'Oikaisuvaatimusohje',
    intro: [
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla suoraan hallinto-oikeuteen.',
      'Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa.',
    ],
    /** Label before the authority's name. */
    authority: 'Oikaisuvaatimuksen käsittelee',
    /** Label before the postal address. */
    address: 'Oikaisuvaatimus toimitetaan osoitteeseen',
    visitingAddress: 'Käyntiosoite',
    email: 'Sähköposti',
    openingHours: 'Aukioloaika',
    timeHeading: 'Määräaika',
    time: [
      'Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen.',
    ],
    howHeading: 'Oikaisuvaatimuksen tekeminen',
    how: [
      'Oikaisuvaatimus tehdään kirjallisesti. Sen voi lähettää postitse tai sähköpostitse tai jättää kirjaamoon. Oikaisuvaatimuksen on oltava perillä viimeistään määräajan viimeisenä päivänä ennen kirjaamon aukioloajan päättymistä. Oikaisuvaatimus lähetetään lähettäjän omalla vastuulla.',
    ],
    contentsHeading: 'Oikaisuvaatimuksen sisältö',
    contentsIntro: 'Oikaisuvaatimuksessa on ilmoitettava',
    contentsItems: [
      'päätös, johon oikaisua vaaditaan (esimerkiksi päätöksen päivämäärä ja diaarinumero)',
      'millaista oikaisua vaaditaan',
      'millä perusteilla oikaisua vaaditaan',
      'oikaisuvaatimuksen tekijän nimi ja yhteystiedot: postiosoite, puhelinnumero ja sähköpostiosoite.',
    ],
    contentsAfter: [
      'Jos oikaisuvaatimuksen tekijän puhevaltaa käyttää hänen laillinen edustajansa tai asiamiehensä tai jos oikaisuvaatimuksen laatijana on joku muu henkilö, oikaisuvaatimuksessa on ilmoitettava myös tämän henkilön nimi ja kotikunta.',
      'Paperilla tehty oikaisuvaatimus on allekirjoitettava. Oikaisuvaatimukseen liitetään asiakirjat, joihin vaatimuksen tekijä vetoaa, jos niitä ei ole aiemmin toimitettu.',
    ],
    furtherHeading: 'Muutoksenhaku oikaisuvaatimukseen annettuun päätökseen',
    further: [
      'Oikaisuvaatimukseen annettuun päätökseen voi hakea muutosta valittamalla hallinto-oikeuteen. Valitusosoitus annetaan oikaisuvaatimukseen annettavan päätöksen yhteydessä.',
    ],
    legalBasis:
      'Laki toimeentulotuesta (1412/1997) 24 §, sosiaalihuoltolaki (1301/2014) 48 §, hallintolaki (434/2003) 7 a luku.',
  },
} as const;
