// Swedish texts of a decision's letter delivery and payments in the staff app's case view, typed against the
// Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffSentAndPaid as source } from '../fi/staffSentAndPaid.ts';

export const staffSentAndPaid: DeepStringShape<typeof source> = {
  delivery: {
    heading: 'Brevets leverans',
    channel: {
      suomifi_electronic: 'Suomi.fi-meddelande',
      suomifi_paper: 'Pappersbrev via Suomi.fi',
      local_print: 'Lokal utskriftsomgång',
      eservice: 'Endast e-tjänstkontot',
      none: 'Leveranssättet är ännu inte klart',
    },
    status: {
      pending: 'Väntar på att skickas',
      sent: 'Skickat',
      local: 'I lokal utskrift',
      read: 'Läst',
      returned_to_sender: 'Returnerat till avsändaren',
    },
    step: {
      sent: 'Skickat',
      printed: 'Till utskrift',
      read: 'Läst',
      returned: 'Returnerat',
    },
    returnedTitle: 'Brevet kom tillbaka till avsändaren',
    returnedBody:
      'Klienten har inte fått beslutsbrevet per post. Kontrollera adressen och skicka beslutet till klienten på nytt.',
  },
  payments: {
    heading: 'Utbetalningar',
    payee: 'Mottagare',
    amount: 'Belopp',
    status: 'Status',
    paidOn: 'Betalningsdag',
    payeeKind: { client: 'klient', landlord: 'hyresvärd' },
    state: {
      waiting: 'Väntar på en betalningsomgång',
      inBatch: 'I en betalningsomgång',
      sent: 'Skickad till banken',
      paid: 'Betald',
      rejected: 'Avvisad',
    },
    due: 'förfallodag {date}',
    sentAt: 'skickad {date}',
    rejectedBecause: 'Bankens orsak: {reason}',
    reason: {
      AC01: 'felaktigt kontonummer',
      AC03: 'felaktigt kontonummer för mottagaren',
      AC04: 'kontot är avslutat',
      AC06: 'kontot är spärrat',
      AG01: 'kontot tar inte emot betalningar',
      AM05: 'dubbel betalning',
      BE01: 'mottagarens namn stämmer inte med kontot',
      MD07: 'kontoinnehavaren har avlidit',
      MS03: 'banken uppgav ingen orsak',
      RC01: 'felaktig bankkod',
    },
    unknownReason: 'kod {code}',
    none: 'Ingen utbetalning har skapats för beslutet. Kontrollera om stödet ska betalas på annat sätt.',
  },
};
