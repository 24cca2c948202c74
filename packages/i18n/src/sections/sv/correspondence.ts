// Swedish texts of the correspondence section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { correspondence as source } from '../fi/correspondence.ts';

export const correspondence: DeepStringShape<typeof source> = {
  alreadyAnswered: 'Begäran om tilläggsutredning har redan besvarats.',
  closed: 'Ansökan väntar inte längre på tilläggsutredning, så begäran kan inte besvaras.',
  empty: 'Skriv ett svar eller bifoga minst en fil.',
  unknownFile: 'Filen hittades inte eller har redan skickats. Lägg till filen på nytt.',
  emptyMessage: 'Skriv ett meddelande eller bifoga minst en fil.',
  items: {
    bank_statements: 'Kontoutdrag för de två senaste månaderna från alla konton',
    rental_agreement: 'Hyresavtal',
    pay_slips: 'Lönespecifikationer',
    receipts: 'Kvitton på utgifter',
    benefit_decisions: 'Beslut om förmåner du får (till exempel FPA)',
    other: 'Annan utredning',
  },
};
