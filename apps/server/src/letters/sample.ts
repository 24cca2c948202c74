// A complete example letter in each language: for the tests, the benchmark and trying the template out.
// Made-up figures that add up: expenses 1 765,50 € − income 530,94 € = 1 234,56 €.

import type { Language } from '@tuki/domain';
import { notificationOf } from '../decisions/index.ts';
import { formatProvisionList } from './legal-references.ts';
import { dataProtectionContact, officeLetterhead, rectificationAuthority } from './office.ts';
import type { DecisionLetterData, LetterOptions } from './types.ts';

const labels = {
  fi: {
    basicSingle: 'Perusosa, yksin asuva',
    rent: 'Vuokra',
    water: 'Vesimaksu',
    medicine: 'Lääkkeet',
    subsidy: 'Työmarkkinatuki',
    housingAllowance: 'Yleinen asumistuki',
    wages: 'Palkka',
    deduction: 'Ansiotulojen vapaa osuus',
    reasons: [
      'Toimeentulotuki on laskettu hakemuksesi ja sen liitteiden perusteella. Menoiksi on hyväksytty perusosa, vuokra ja vesimaksu sekä reseptilääkkeet kuittien mukaan.',
      'Tuloina on otettu huomioon työmarkkinatuki, yleinen asumistuki ja palkka, josta on vähennetty ansiotulojen vapaa osuus.',
    ],
    decisionMakerTitle: 'Sosiaalityöntekijä',
  },
  sv: {
    basicSingle: 'Grunddel, ensamboende',
    rent: 'Hyra',
    water: 'Vattenavgift',
    medicine: 'Läkemedel',
    subsidy: 'Arbetsmarknadsstöd',
    housingAllowance: 'Allmänt bostadsbidrag',
    wages: 'Lön',
    deduction: 'Skyddad andel av förvärvsinkomster',
    reasons: [
      'Utkomststödet har beräknats utifrån din ansökan och dess bilagor. Som utgifter har grunddelen, hyran och vattenavgiften samt receptbelagda läkemedel enligt kvitton godkänts.',
      'Som inkomster har arbetsmarknadsstödet, det allmänna bostadsbidraget och lönen beaktats; den skyddade andelen av förvärvsinkomsterna har dragits av.',
    ],
    decisionMakerTitle: 'Socialarbetare',
  },
  en: {
    basicSingle: 'Basic amount, person living alone',
    rent: 'Rent',
    water: 'Water charge',
    medicine: 'Medicines',
    subsidy: 'Labour market subsidy',
    housingAllowance: 'General housing allowance',
    wages: 'Wages',
    deduction: 'Earned-income deduction',
    reasons: [
      'Your social assistance has been calculated from your application and its attachments. The basic amount, rent, water charge and prescribed medicines (according to the receipts) have been accepted as expenses.',
      'The labour market subsidy, the general housing allowance and your wages, less the earned-income deduction, have been taken into account as income.',
    ],
    decisionMakerTitle: 'Social worker',
  },
} as const;

const names: Record<
  Language,
  { recipient: string; street: string; postOffice: string; maker: string; contact: string }
> = {
  fi: {
    recipient: 'Aino Äijälä',
    street: 'Mäkelänkatu 12 B 34',
    postOffice: 'HELSINKI',
    maker: 'Sööti Öhman',
    contact: 'Åke Åström',
  },
  sv: {
    recipient: 'Åsa Öhman',
    street: 'Fågelvägen 5 C 17',
    postOffice: 'HELSINGFORS',
    maker: 'Märta Åström',
    contact: 'Jöns Äijälä',
  },
  en: {
    recipient: 'Åke Åström',
    street: 'Töölönkatu 3 A 1',
    postOffice: 'HELSINKI',
    maker: 'Päivi Äijälä',
    contact: 'Örjan Öhman',
  },
};

/** A partially approved letter with a full calculation, in the given language. */
export function sampleDecisionLetter(language: Language): DecisionLetterData {
  const text = labels[language];
  const person = names[language];
  return {
    language,
    letterhead: officeLetterhead(language),
    recipient: {
      name: person.recipient,
      streetAddress: person.street,
      postalCode: '00510',
      postOffice: person.postOffice,
    },
    letterDate: '2026-11-25',
    referenceNumber: 'TT-2026-004711',
    decisionId: 'D-2026-000815',
    applicant: { name: person.recipient },
    parties: [{ role: 'applicant', name: person.recipient, dateOfBirth: '1985-03-14' }],
    kind: 'basic',
    dispatch: { channel: 'electronic', sent: notificationOf('electronic', '2026-11-25') },
    month: '2026-12',
    outcome: 'partially_approved',
    amountCents: 123_456,
    calculation: {
      lines: [
        {
          section: 'expenses',
          kind: 'basicAmount',
          label: text.basicSingle,
          memberName: person.recipient,
          amountCents: 57_843,
          legalReference: 'TTL 9 §',
        },
        {
          section: 'expenses',
          kind: 'housing',
          label: text.rent,
          amountCents: 111_500,
          legalReference: 'TTL 7 b §',
        },
        {
          section: 'expenses',
          kind: 'housing',
          label: text.water,
          amountCents: 2_640,
          legalReference: 'TTL 7 b §',
        },
        {
          section: 'expenses',
          kind: 'expense',
          label: text.medicine,
          amountCents: 4_567,
          legalReference: 'TTL 7 §',
        },
        {
          section: 'income',
          kind: 'income',
          label: text.subsidy,
          memberName: person.recipient,
          amountCents: 18_094,
          legalReference: 'TTL 11 §',
        },
        {
          section: 'income',
          kind: 'income',
          label: text.housingAllowance,
          amountCents: 20_000,
          legalReference: 'TTL 11 §',
        },
        {
          section: 'income',
          kind: 'income',
          label: text.wages,
          memberName: person.recipient,
          amountCents: 30_000,
          legalReference: 'TTL 11 §',
        },
        {
          section: 'income',
          kind: 'earnedIncomeDeduction',
          label: text.deduction,
          memberName: person.recipient,
          amountCents: -15_000,
          legalReference: 'TTL 11 § 3 mom.',
        },
      ],
      totalExpensesCents: 176_550,
      totalIncomeCents: 53_094,
      amountCents: 123_456,
    },
    reasons: [...text.reasons],
    legalProvisions: formatProvisionList(
      ['TTL 2 §', 'TTL 6 §', 'TTL 9 §', 'TTL 7 b §', 'TTL 7 §', 'TTL 11 §', 'TTL 11 § 3 mom.'],
      language,
    ),
    payment: { date: '2026-12-01', iban: 'FI21 1234 5600 0007 85' },
    decisionMaker: { name: person.maker, title: text.decisionMakerTitle },
    contactPerson: { name: person.contact, phone: '09 310 12345', email: 'etunimi.sukunimi@example.hel.fi' },
  };
}

export function sampleLetterOptions(language: Language): LetterOptions {
  return {
    rectification: rectificationAuthority(language),
    dataProtection: dataProtectionContact(language, 'https://tuki.example.hel.fi'),
  };
}
