// Finnish texts of the `paymentCommitment` section (the source; Swedish and English are typed against it): the
// payment commitment (maksusitoumus) given to a payee (apps/server/src/letters/templates/payment-commitment.typ,
// in the payee's language), and the refusals of a decision's landlord payment and commitments.

export const paymentCommitment = {
  /** In the header, in capitals. */
  documentType: 'MAKSUSITOUMUS',
  /** The main heading and the PDF title. */
  title: 'Maksusitoumus',
  number: 'Maksusitoumuksen numero',
  date: 'Päivämäärä',
  referenceNumber: 'Diaarinumero',
  decisionId: 'Päätöksen tunnus',
  payee: 'Maksunsaaja',
  client: 'Asiakas',
  /** After the client's name: {date} is the date of birth. */
  born: 'syntynyt {date}',
  kind: 'Sitoumus koskee',
  kinds: {
    rent_deposit: 'Vuokravakuus',
    rent: 'Vuokra',
    medicines: 'Lääkkeet',
    other: 'Muu meno',
  },
  covers: 'Tarkemmin',
  maxAmount: 'Enimmäismäärä',
  validity: 'Voimassa',
  /** {organisation} is the city. */
  intro:
    '{organisation} sitoutuu maksamaan alla nimetyn asiakkaan puolesta maksunsaajalle tässä maksusitoumuksessa nimetyt kulut enintään ilmoitettuun määrään asti. Sitoumus perustuu toimeentulotuesta annettuun päätökseen.',
  conditionsHeading: 'Ehdot',
  conditions: [
    'Maksusitoumus koskee vain siinä nimettyjä kuluja ja on voimassa vain ilmoitettuna aikana.',
    'Enimmäismäärä sisältää arvonlisäveron. Sen ylittävää osaa kaupunki ei maksa.',
    'Maksusitoumusta ei voi vaihtaa rahaksi eikä siirtää toiselle.',
  ],
  invoicingHeading: 'Laskutusohjeet',
  invoicingIntro:
    'Laskuta kaupunkia voimassaoloajan kuluessa. Merkitse laskuun maksusitoumuksen numero {number} ja asiakkaan nimi.',
  invoicingAddress: 'Laskutusosoite',
  eInvoiceAddress: 'Verkkolaskuosoite',
  eInvoiceOperator: 'Välittäjä',
  invoiceReference: 'Viite laskuun',
  issuerHeading: 'Maksusitoumuksen antaja',
  electronicApproval:
    'Maksusitoumus on hyväksytty sähköisesti, eikä siinä siksi ole käsin kirjoitettua allekirjoitusta.',
  contactHeading: 'Lisätietoja',
  phone: 'Puhelin',
  email: 'Sähköposti',
  errors: {
    invalidIban: 'Vuokranantajan tilinumero ei ole kelvollinen IBAN, esimerkiksi FI21 1234 5600 0007 85.',
    invalidBic: 'Vuokranantajan BIC-tunnus ei ole kelvollinen, esimerkiksi NDEAFIHH.',
    noRent: 'Laskelmassa ei ole asumismenoja, joten vuokraa ei voi maksaa vuokranantajalle.',
    rejected: 'Kielteisellä päätöksellä ei voi maksaa vuokraa vuokranantajalle eikä antaa maksusitoumuksia.',
    validity: 'Maksusitoumuksen voimassaolo ei voi päättyä ennen kuin se alkaa.',
  },
};
