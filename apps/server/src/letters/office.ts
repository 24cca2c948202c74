// The office that sends the decisions: the letterhead and the body that handles requests for rectification, in
// each language. The figures are the city's (here: Helsinki's adult social work; the e-mail addresses are
// examples); another city changes this file.
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type {
  DataProtectionContact,
  InvoicingInstructions,
  Letterhead,
  RectificationAuthority,
} from './types.ts';

const letterheads: Record<Language, Letterhead> = {
  fi: {
    organisation: 'Helsingin kaupunki',
    unit: 'Sosiaali-, terveys- ja pelastustoimiala, Aikuissosiaalityö',
    streetAddress: 'PL 6100',
    postalCode: '00099',
    postOffice: 'HELSINGIN KAUPUNKI',
    phone: '09 310 44556',
    email: 'toimeentulotuki@example.hel.fi',
    web: 'hel.fi/toimeentulotuki',
  },
  sv: {
    organisation: 'Helsingfors stad',
    unit: 'Social-, hälsovårds- och räddningssektorn, Socialt arbete för vuxna',
    streetAddress: 'PB 6100',
    postalCode: '00099',
    postOffice: 'HELSINGFORS STAD',
    phone: '09 310 44556',
    email: 'utkomststod@example.hel.fi',
    web: 'hel.fi/utkomststod',
  },
  en: {
    organisation: 'City of Helsinki',
    unit: 'Social Services, Health Care and Rescue Services Division, Adult Social Work',
    streetAddress: 'P.O. Box 6100',
    postalCode: '00099',
    postOffice: 'CITY OF HELSINKI',
    phone: '+358 9 310 44556',
    email: 'social.assistance@example.hel.fi',
    web: 'hel.fi/social-assistance',
  },
};

const authorities: Record<Language, RectificationAuthority> = {
  fi: {
    name: 'Sosiaali-, terveys- ja pelastuslautakunnan yksilöasioiden jaosto',
    postalAddress: ['Helsingin kaupungin kirjaamo', 'PL 10', '00099 HELSINGIN KAUPUNKI'],
    visitingAddress: 'Pohjoisesplanadi 11–13, Helsinki',
    email: 'helsinki.kirjaamo@example.hel.fi',
    openingHours: 'ma–pe klo 8.15–16.00',
  },
  sv: {
    name: 'Social-, hälsovårds- och räddningsnämndens sektion för individärenden',
    postalAddress: ['Helsingfors stads registratorskontor', 'PB 10', '00099 HELSINGFORS STAD'],
    visitingAddress: 'Norra esplanaden 11–13, Helsingfors',
    email: 'helsinki.kirjaamo@example.hel.fi',
    openingHours: 'mån–fre kl. 8.15–16.00',
  },
  en: {
    name: 'Individual Section of the Social Services, Health Care and Rescue Services Committee',
    postalAddress: ['City of Helsinki Registry', 'P.O. Box 10', 'FI-00099 CITY OF HELSINKI'],
    visitingAddress: 'Pohjoisesplanadi 11–13, Helsinki',
    email: 'helsinki.kirjaamo@example.hel.fi',
    openingHours: 'Mon–Fri 8.15 am–4 pm',
  },
};

// Where payees invoice the city for payment commitments: the purchase invoices' postal address and the e-invoicing
// address (OVT: 0037 and the city's business id 0201256-6; the operator and the postal address are examples to be
// confirmed with the city's financial services).
const invoicing: Record<Language, InvoicingInstructions> = {
  fi: {
    addressLines: [
      'Helsingin kaupunki',
      'Aikuissosiaalityö / ostolaskut',
      'PL 3000',
      '00099 HELSINGIN KAUPUNKI',
    ],
    eInvoiceAddress: '003702012566',
    eInvoiceOperator: 'Basware Oyj (BAWCFI22)',
  },
  sv: {
    addressLines: [
      'Helsingfors stad',
      'Socialt arbete för vuxna / inköpsfakturor',
      'PB 3000',
      '00099 HELSINGFORS STAD',
    ],
    eInvoiceAddress: '003702012566',
    eInvoiceOperator: 'Basware Oyj (BAWCFI22)',
  },
  en: {
    addressLines: [
      'City of Helsinki',
      'Adult Social Work / purchase invoices',
      'P.O. Box 3000',
      'FI-00099 CITY OF HELSINKI',
    ],
    eInvoiceAddress: '003702012566',
    eInvoiceOperator: 'Basware Oyj (BAWCFI22)',
  },
};

export const officeLetterhead = (language: Language): Letterhead => letterheads[language];

/** How a payee invoices the city for a payment commitment, in the payee's language. */
export const invoicingInstructions = (language: Language): InvoicingInstructions => invoicing[language];

export const rectificationAuthority = (language: Language): RectificationAuthority => authorities[language];

/** The path of the data-protection notice in the citizen app (apps/citizen, route `privacy`). */
export const DATA_PROTECTION_NOTICE_PATH = '/privacy';

/**
 * The data-protection notice's address and the data protection officer's contact, for the letters and e-mails.
 * The officer is the one named on the notice itself (the `dataProtection` i18n section), so the page, the letters
 * and the e-mails never disagree.
 */
export function dataProtectionContact(language: Language, publicUrl: string): DataProtectionContact {
  return {
    noticeUrl: `${publicUrl.replace(/\/$/, '')}${DATA_PROTECTION_NOTICE_PATH}`,
    officer: `${translate(language, 'dataProtection.officer.email')}, ${translate(language, 'dataProtection.officer.phone')}`,
  };
}
