// Swedish texts of the `paymentCommitment` section (see the Finnish source, fi/paymentCommitment.ts).
import type { DeepStringShape } from '../../types.ts';
import type { paymentCommitment as source } from '../fi/paymentCommitment.ts';

export const paymentCommitment: DeepStringShape<typeof source> = {
  documentType: 'BETALNINGSFÖRBINDELSE',
  title: 'Betalningsförbindelse',
  number: 'Betalningsförbindelsens nummer',
  date: 'Datum',
  referenceNumber: 'Diarienummer',
  decisionId: 'Beslutets beteckning',
  payee: 'Betalningsmottagare',
  client: 'Klient',
  born: 'född {date}',
  kind: 'Förbindelsen gäller',
  kinds: {
    rent_deposit: 'Hyresgaranti',
    rent: 'Hyra',
    medicines: 'Läkemedel',
    other: 'Annan utgift',
  },
  covers: 'Närmare',
  maxAmount: 'Högsta belopp',
  validity: 'Giltig',
  intro:
    '{organisation} förbinder sig att för den klient som nämns nedan betala betalningsmottagaren de kostnader som anges i denna betalningsförbindelse, högst till det angivna beloppet. Förbindelsen grundar sig på ett beslut om utkomststöd.',
  conditionsHeading: 'Villkor',
  conditions: [
    'Betalningsförbindelsen gäller endast de kostnader som nämns i den och endast under den angivna tiden.',
    'Det högsta beloppet inkluderar mervärdesskatt. Staden betalar inte den del som överskrider det.',
    'Betalningsförbindelsen kan inte växlas till pengar eller överlåtas till någon annan.',
  ],
  invoicingHeading: 'Faktureringsanvisningar',
  invoicingIntro:
    'Fakturera staden under giltighetstiden. Ange betalningsförbindelsens nummer {number} och klientens namn på fakturan.',
  invoicingAddress: 'Faktureringsadress',
  eInvoiceAddress: 'E-fakturaadress',
  eInvoiceOperator: 'Förmedlare',
  invoiceReference: 'Referens på fakturan',
  issuerHeading: 'Betalningsförbindelsen har getts av',
  electronicApproval:
    'Betalningsförbindelsen har godkänts elektroniskt och har därför ingen handskriven underskrift.',
  contactHeading: 'Mer information',
  phone: 'Telefon',
  email: 'E-post',
  errors: {
    invalidIban: 'Hyresvärdens kontonummer är inte ett giltigt IBAN, till exempel FI21 1234 5600 0007 85.',
    invalidBic: 'Hyresvärdens BIC-kod är inte giltig, till exempel NDEAFIHH.',
    noRent: 'Kalkylen har inga boendeutgifter, så hyran kan inte betalas till hyresvärden.',
    rejected:
      'Med ett negativt beslut kan hyran inte betalas till hyresvärden och inga betalningsförbindelser ges.',
    validity: 'Betalningsförbindelsens giltighet kan inte upphöra innan den börjar.',
  },
};
