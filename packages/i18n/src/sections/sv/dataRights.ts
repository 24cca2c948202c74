// Swedish texts of the citizen's data rights, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { dataRights as source } from '../fi/dataRights.ts';

export const dataRights: DeepStringShape<typeof source> = {
  export: {
    heading: 'Ladda ner dina uppgifter',
    intro:
      'Du kan ladda ner alla dina uppgifter i Tuki som en zip-fil. Den innehåller dina personuppgifter, dina ansökningar med innehåll och skeden, begäranden om tilläggsutredning och dina svar, meddelanden, beslut med beräkningar, dina inställningar och uppgifter om vem som har sett dina uppgifter och när.',
    files: 'Filen innehåller också de bilagor du har skickat och besluten (PDF).',
    button: 'Ladda ner dina uppgifter (zip)',
    preparing: 'Dina uppgifter sammanställs. Nedladdningen börjar om en stund.',
  },
  readme: {
    title: 'Dina uppgifter i tjänsten Tuki',
    created: 'Sammanställd {time}.',
    person: 'Person: {name}',
    json: 'tuki-export.json: alla dina uppgifter i maskinläsbar JSON-form: personuppgifter, inställningar, ansökningar med innehåll och statushistorik, begäranden om tilläggsutredning och svar, meddelanden, beslut med beräkningar, besluts utbetalningar (en annan mottagares, till exempel hyresvärdens, kontonummer delvis dolt) och betalningsförbindelser, uppgifter om hur beslutsbreven har levererats, Suomi.fi-meddelanden och hur returnerade brev och avvisade betalningar har utretts, uppgifter om bilagor och loggposter om vem som har behandlat dina uppgifter och när.',
    applications:
      'applications/: en mapp för varje ansökan (namnet är ansökans nummer eller början av utkastets identifierare). I mappen attachments finns bilagorna och i mappen decision-letters besluten.',
    notIncluded:
      'En bilaga vars virusgranskning pågår eller misslyckades finns inte med; uppgifterna om den finns i JSON-filen.',
    questions: 'Om du har frågor om dina uppgifter eller vill rätta dem, kontakta socialtjänsten.',
  },
  gdpr: {
    recordsMustBeKept:
      'Dina uppgifter kan inte raderas eftersom du har skickade ansökningar om utkomststöd eller beslut i Tuki. Klienthandlingar inom socialvården ska bevaras den tid som lagen (lagen om klienthandlingar inom socialvården) föreskriver. Utkast till ansökningar och andra uppgifter som inte behöver bevaras raderas.',
  },
};
