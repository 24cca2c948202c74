// Swedish texts of deciding a case in the staff app, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffDecisions as source } from '../fi/staffDecisions.ts';

export const staffDecisions: DeepStringShape<typeof source> = {
  heading: 'Beslut',
  noCalculation: 'Kalkylen är inte aktuell. Kontrollera kalkylen före ett positivt beslut.',
  calculated: 'Utkomststöd enligt kalkylen: {amount}',
  outcome: 'Avgörande',
  withCalculation: 'Bifoga kalkylen till beslutet',
  reasons: 'Motiveringar',
  reasonsHint: 'De valda motiveringarna skrivs ut i beslutet på klientens språk ({language}).',
  ownWords: 'Egna motiveringar',
  ownWordsHint: 'Skrivs ut i beslutet som den är. Skilj stycken åt med en tom rad.',
  languageWarning: {
    title: 'Den egna motiveringen är på ett annat språk än beslutsbrevet',
    body: 'Den egna motiveringen verkar vara på {detected}, men beslutsbrevet är på {language}. Den skrivs ut i brevet som den är: skriv den på brevets språk.',
  },
  review: 'Kontrollera och fatta beslut',
  confirmHeading: 'Bekräfta beslutet',
  confirmSummary:
    'Avgörande: {outcome}, {amount}. Beslutsbrevet görs på {language} och klienten får ett meddelande.',
  confirm: 'Bekräfta beslutet',
  deciding: 'Beslutet fattas…',
  cancel: 'Avbryt',
  decidedTitle: 'Beslutet är fattat',
  decided: 'Beslutet sparades: {outcome} {amount} för {month}. Klienten får ett meddelande.',
  notAllowedTitle: 'Du kan inte fatta beslutet',
  notAllowed:
    'Beslutet fattas av ansökans handläggare ({name}) eller en förman. Du kan se ansökan och kalkylen.',
  notAllowedUnassigned:
    'Beslutet fattas av ansökans handläggare eller en förman. Ta ansökan till behandling om du fattar beslutet.',
  decisionsHeading: 'Beslut',
  forMonth: 'för månaden {month}',
  decidedBy: 'Beslutsfattare {name}, {when}',
  mailed: 'Beslutsbrevet skickades per post {when}.',
  toBeMailed: 'Beslutsbrevet skickas per post i nästa utskriftsomgång.',
  electronic: 'Klienten har valt elektronisk delgivning.',
  openLetter: 'Öppna beslutsbrevet (PDF, öppnas i ett nytt fönster)',
  rectificationRequested: 'Omprövning av beslutet har begärts:',
  rectificationUntil: 'Omprövning kan begäras till och med {date}.',
  rectificationHeading: 'Begäran om omprövning',
  rectificationOf: 'Gäller beslutet om ansökan',
  rectificationReasons: 'Klientens motiveringar',
  landlord: {
    pay: 'Betala hyran direkt till hyresvärden',
    hint: 'Boendeutgifterna i kalkylen betalas till hyresvärden och resten till klienten.',
    name: 'Hyresvärdens namn',
    iban: 'Hyresvärdens kontonummer (IBAN)',
  },
  errors: {
    landlord: 'Ange hyresvärdens namn och kontonummer.',
    outcome: 'Välj ett avgörande.',
    calculation: 'Ett positivt beslut behöver en aktuell kalkyl.',
    nothingToApprove: 'Enligt kalkylen beviljas inget stöd: välj ett negativt avgörande.',
    reasons: 'Välj minst en motivering eller skriv egna motiveringar.',
    notNow: 'Beslut kan inte fattas nu: ansökan är inte under behandling eller har redan avgjorts.',
    forbidden:
      'Du har inte rätt att fatta beslutet: det fattas av ansökans handläggare eller en förman. Ansökan har laddats på nytt.',
    invalid:
      'Beslutet kunde inte fattas med dessa uppgifter. Kontrollera avgörandet, kalkylen och motiveringarna.',
    failed: 'Det gick inte att fatta beslutet. Försök igen.',
  },
};
