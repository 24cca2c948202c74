// Swedish texts of the `email` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { email as source } from '../fi/email.ts';

export const email: DeepStringShape<typeof source> = {
  common: {
    greeting: 'Hej,',
    signature: 'Helsingfors stads socialtjänster',
    noReply: 'Du kan inte svara på detta meddelande.',
    settings: 'Du kan stänga av e-postaviseringar i e-tjänstens inställningar.',
    dataProtection:
      'I dataskyddsbeskrivningen ser du hur vi behandlar dina personuppgifter och vilka rättigheter du har:',
  },
  applicationReceived: {
    subject: 'Nytt i din Tuki-e-tjänst',
    body: 'det finns ny information om ditt ärende om utkomststöd i din e-tjänst. Logga in för att se den:',
  },
  informationRequested: {
    subject: 'Begäran om tilläggsutredning i din Tuki-e-tjänst',
    body: 'det begärs tilläggsutredning för ditt ärende om utkomststöd. Logga in i din e-tjänst för att se begäran och svara på den:',
  },
  newMessage: {
    subject: 'Nytt meddelande i din Tuki-e-tjänst',
    body: 'du har ett nytt meddelande om ditt ärende om utkomststöd i din e-tjänst. Logga in för att läsa det:',
  },
  decisionMade: {
    subject: 'Beslut i din Tuki-e-tjänst',
    body: 'ett beslut har fattats i ditt ärende om utkomststöd. Logga in i din e-tjänst för att läsa det:',
  },
  applicationMerged: {
    subject: 'Din ansökan har slagits samman',
    body: 'din ansökan har slagits samman med en annan ansökan för samma månad och behandlas inte separat. Logga in i din e-tjänst för att läsa mer:',
  },
};
