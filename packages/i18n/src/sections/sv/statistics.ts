// Swedish texts of the statistics section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { statistics as source } from '../fi/statistics.ts';

export const statistics: DeepStringShape<typeof source> = {
  pageTitle: 'Handläggningstider',
  title: 'Handläggningstider för utkomststöd',
  intro:
    'THL samlar in handläggningstiderna för utkomststöd i april och oktober. Siffrorna räknas enligt den månad då beslutet fattades. Begäran om omprövning ingår inte i siffrorna utan visas separat.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden: 'Statistiken kan ses av förmän.',
  loadFailed: 'Statistiken kunde inte laddas. Försök igen om en stund.',
  definitions: {
    heading: 'Vad siffrorna betyder',
    late: 'Över 7 vardagar: beslutet fattades senare än den 7:e vardagen efter att ansökan kom in (brådskande: följande vardag). Detta är den siffra THL frågar efter.',
    lateAdjusted:
      'Försenat med hänsyn till tilläggsutredning: fristen räknas från att utredningen kom in eller från den utsatta dagen (ULL 14 a §).',
    informationRequest:
      'Tilläggsutredning: sökanden har ombetts om tilläggsutredning minst en gång före beslutet.',
    closedAsDuplicate:
      'Stängda som dubbletter: ansökan har slagits samman med en annan ansökan från samma person eller familj för samma månad. Det är inget beslut och ingår inte i de andra siffrorna; månaden är den då ansökan stängdes.',
  },
  period: {
    legend: 'Period',
    choice: 'Period',
    halfYear: '{year} {half}',
    firstHalf: 'januari–juni',
    secondHalf: 'juli–december',
    custom: 'Annan tidsperiod',
    from: 'Första månaden',
    to: 'Sista månaden',
    monthHint: 'I formen ÅÅÅÅ-MM, till exempel 2026-01.',
    show: 'Visa',
    invalid:
      'Kontrollera månaderna: den första månaden kan inte vara efter den sista, och perioden kan vara högst 60 månader.',
    showing: 'Visar {from}–{to}.',
  },
  table: {
    caption: 'Handläggningstider {from}–{to}',
    month: 'Månad',
    decided: 'Beslut',
    decidedLate: 'Över 7 vardagar',
    lateShare: 'Över 7 vardagar, %',
    decidedLateAdjusted: 'Försenade med hänsyn till tilläggsutredning',
    lateAdjustedShare: 'Försenade med hänsyn till tilläggsutredning, %',
    withInformationRequest: 'Tilläggsutredning begärd',
    informationRequestShare: 'Tilläggsutredning begärd, %',
    informationRequests: 'Begäranden om tilläggsutredning',
    applicationsWithSeveralRequests: 'Flera begäranden',
    medianWorkingDays: 'Median, vardagar',
    rectificationsDecided: 'Begäran om omprövning',
    closedAsDuplicate: 'Stängda som dubbletter',
    halfYear: 'Halvår {period}',
    partial: '(del av perioden)',
    total: 'Totalt',
    none: '–',
  },
  chart: {
    heading: 'Beslut per månad',
    title: 'Beslut per månad och andelen som fattades efter över 7 vardagar',
    summary:
      'Stapeldiagram, {from}–{to}: totalt {decided} beslut, av vilka {late} % efter över 7 vardagar. Flest beslut {maxMonth} ({max}). Största andelen försenade {lateMonth} ({lateMax} %). Siffrorna finns i tabellen.',
    empty: 'Inga beslut fattades under perioden.',
    onTime: 'Inom fristen',
    late: 'Över 7 vardagar',
  },
  download: 'Ladda ner CSV-fil (Excel)',
  csv: {
    period: 'Period',
    from: 'Från',
    to: 'Till',
    decided: 'Beslut',
    decidedLate: 'Över 7 vardagar',
    lateShare: 'Över 7 vardagar (%)',
    decidedLateAdjusted: 'Försenade med hänsyn till tilläggsutredning',
    lateAdjustedShare: 'Försenade med hänsyn till tilläggsutredning (%)',
    withInformationRequest: 'Tilläggsutredning begärd',
    informationRequestShare: 'Tilläggsutredning begärd (%)',
    informationRequests: 'Begäranden om tilläggsutredning',
    applicationsWithSeveralRequests: 'Flera begäranden',
    medianWorkingDays: 'Median (vardagar)',
    rectificationsDecided: 'Begäran om omprövning',
    closedAsDuplicate: 'Stängda som dubbletter',
    total: 'Totalt',
  },
};
