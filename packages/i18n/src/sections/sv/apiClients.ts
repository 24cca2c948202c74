// Swedish texts of the apiClients section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { apiClients as source } from '../fi/apiClients.ts';

export const apiClients: DeepStringShape<typeof source> = {
  pageTitle: 'API-klienter',
  title: 'API-klienter',
  intro:
    'Andra system använder Tuki via gränssnittet som API-klienter. Registrera en klient, ge den bara de behörigheter den behöver och inaktivera den när den inte längre behövs. Varje läsning av personuppgifter som en klient gör loggas.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden: 'Hanteringen av API-klienter är endast för huvudanvändare.',
  listHeading: 'Registrerade klienter',
  loadFailed: 'Uppgifterna kunde inte laddas. Försök igen om en stund.',
  empty: 'Inga API-klienter har registrerats ännu.',
  columns: {
    name: 'Namn',
    clientId: 'Klient-id (client_id)',
    contact: 'Kontaktperson',
    scopes: 'Behörigheter',
    status: 'Status',
    actions: 'Åtgärder',
  },
  statusActive: 'I bruk',
  statusInactive: 'Inaktiverad',
  statusPending: 'Väntar på godkännande',
  statusRejected: 'Avslagen',
  noScopes: 'Inga behörigheter',
  edit: 'Redigera',
  editClient: 'Redigera: {name}',
  addHeading: 'Registrera en ny klient',
  add: 'Registrera klient',
  editHeading: 'Redigera klienten {name}',
  save: 'Spara',
  cancel: 'Avbryt',
  saved: 'Uppgifterna om klienten {name} har sparats.',
  added: 'Klienten {name} har registrerats.',
  addedPending:
    'Klienten {name} har registrerats. Den får token först när en annan administratör har godkänt den (Godkännanden).',
  fields: {
    name: 'Namn',
    nameHelp: 'Systemets namn, till exempel E-tjänstkontot eller Arkivet',
    contact: 'Kontaktperson',
    contactHelp: 'Vem som ansvarar för klienten: en e-postadress eller ett namn och ett telefonnummer',
    scopes: 'Behörigheter',
    scopesHelp: 'Ge bara de behörigheter som systemet behöver.',
    active: 'Klienten är i bruk',
    activeHelp: 'En inaktiverad klient får inga token, och dess giltiga token slutar fungera genast.',
  },
  scopes: {
    applicationsRead: 'Läsa ansökningar (applications:read)',
    decisionsRead: 'Läsa beslut (decisions:read)',
    eventsManage: 'Hantera händelseprenumerationer (events:manage)',
    statisticsRead: 'Läsa statistik (statistics:read)',
    auditRead: 'Läsa loggen (audit:read)',
    gdprRead: 'Hämta en persons uppgifter för en dataskyddsbegäran (gdpr:read)',
    gdprDelete: 'Radera en persons uppgifter enligt en dataskyddsbegäran (gdpr:delete)',
    paymentsRead: 'Läsa utbetalningar och betalningsomgångar (payments:read)',
    paymentsWrite: 'Läsa in bankens statusrapporter om utbetalningar (payments:write)',
  },
  secret: {
    heading: 'Hemligheten för klienten {name}',
    warning:
      'Kopiera hemligheten och ge den till systemets administratör på ett säkert sätt. Hemligheten visas bara den här gången: Tuki sparar den inte och den kan inte visas igen.',
    clientId: 'Klient-id (client_id)',
    value: 'Hemlighet (client_secret)',
    copy: 'Kopiera hemligheten',
    copied: 'Hemligheten har kopierats till urklipp.',
    copyFailed: 'Kopieringen misslyckades. Markera hemligheten och kopiera den själv.',
    done: 'Jag har sparat hemligheten',
  },
  rotateSecret: {
    button: 'Skapa ny hemlighet',
    confirmTitle: 'Skapa en ny hemlighet?',
    confirm:
      'Den gamla hemligheten slutar fungera genast. Redan utfärdade token fungerar tills de går ut. Systemet behöver den nya hemligheten för att få nya token.',
    confirmButton: 'Skapa ny hemlighet',
    done: 'En ny hemlighet har skapats för klienten {name}.',
  },
  keys: {
    heading: 'Nycklar som signerar token',
    intro:
      'Den nyaste nyckeln signerar nya token. Efter ett byte godtar den gamla nyckeln de token den har signerat tills de går ut (5 minuter).',
    columns: { kid: 'Nyckel-id (kid)', algorithm: 'Algoritm', createdAt: 'Skapad', status: 'Status' },
    current: 'Signerar nya token',
    retired: 'Inaktiverad {date}',
    rotate: 'Byt signeringsnyckel',
    rotated: 'Den nya signeringsnyckeln {kid} har tagits i bruk.',
    none: 'Ingen nyckel har skapats ännu: den skapas när den första token utfärdas.',
  },
  errors: {
    summary: 'Rätta följande:',
    nameRequired: 'Ange klientens namn.',
    contactRequired: 'Ange en kontaktperson.',
    failed: 'Det gick inte att spara. Försök igen.',
    stale:
      'Någon annan ändrade klienten under tiden. Formuläret visar nu de senaste uppgifterna; gör dina ändringar på nytt.',
    staleTitle: 'Uppgifterna har ändrats',
    notFound: 'Klienten hittades inte.',
  },
};
