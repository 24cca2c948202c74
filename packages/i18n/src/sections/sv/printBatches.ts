// Swedish texts of the printBatches section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { printBatches as source } from '../fi/printBatches.ts';

export const printBatches: DeepStringShape<typeof source> = {
  pageTitle: 'Beslut som ska postas',
  title: 'Beslut som ska postas',
  intro:
    'Beslutsbrevet skickas per post till klienter som inte har valt elektronisk delgivning. Gör dagens utskriftsparti: alla brev som väntar på postning i en PDF-fil, sorterade efter postnummer. Breven markeras samtidigt som postade.',
  duplex:
    'Skriv ut partiet dubbelsidigt. Varje brev börjar på ett eget ark: efter ett brev med udda sidantal har en tom sida lagts till.',
  queueHeading: 'Väntar på postning',
  waiting: 'Brev som ska postas: {count}',
  oldest: 'Det äldsta beslutet fattades {dateTime}.',
  noneWaiting: 'Alla beslut som skickas på papper har tagits med i ett utskriftsparti.',
  loading: 'Postningsläget laddas…',
  loadFailed: 'Postningsläget kunde inte laddas. Försök igen om en stund.',
  create: 'Gör utskriftsparti',
  creating: 'Utskriftspartiet görs. Det kan ta en stund…',
  created: 'Utskriftspartiet är klart (brev: {count}, sidor: {pages}). Breven har markerats som postade.',
  resultHeading: 'Utskriftspartiet är klart',
  download: 'Ladda ner utskriftspartiet (PDF, {size})',
  nothingToPrintTitle: 'Inget att skriva ut',
  nothingToPrint:
    'Inga brev väntar på postning. Någon har kanske nyss gjort ett utskriftsparti: det syns i listan över tidigare partier.',
  failedTitle: 'Utskriftspartiet gjordes inte',
  failed: 'Utskriftspartiet kunde inte göras, och inga brev markerades som postade. Försök igen.',
  unknownOutcome:
    'Förbindelsen bröts, och det är inte säkert om utskriftspartiet hann göras. Tryck på knappen igen: om partiet hann göras får du samma parti och inte ett nytt.',
  listHeading: 'Tidigare utskriftspartier',
  none: 'Inga utskriftspartier har gjorts ännu.',
  listFailed: 'Utskriftspartierna kunde inte laddas. Försök igen om en stund.',
  table: {
    caption: 'Utskriftspartier, det senaste först',
    createdAt: 'Gjort',
    createdBy: 'Gjort av',
    letters: 'Brev',
    document: 'Fil',
  },
  downloadRow: 'Ladda ner PDF ({size})',
  downloadRowContext: 'utskriftsparti {dateTime}',
  showMore: 'Visa fler utskriftspartier',
};
