// Swedish texts of the `citizen` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizen as source } from '../fi/citizen.ts';

export const citizen: DeepStringShape<typeof source> = {
  landing: {
    pageTitle: 'Startsida',
    title: 'Ansök om utkomststöd på nätet',
    intro:
      'Utkomststöd är ett ekonomiskt stöd i sista hand. Det tryggar den nödvändiga utkomsten när de egna inkomsterna och tillgångarna eller andra förmåner inte räcker till de dagliga utgifterna.',
    servicesHeading: 'I den här tjänsten kan du',
    services: {
      apply: 'ansöka om grundläggande, kompletterande och förebyggande utkomststöd',
      attachments: 'skicka bilagor till ansökan',
      follow: 'följa handläggningen av din ansökan',
      answer: 'svara på begäranden om tilläggsutredning och på meddelanden',
      decisions: 'läsa de beslut som gäller dig',
    },
    signInHeading: 'Logga in i tjänsten',
    signInHelp:
      'För att logga in behöver du nätbankskoder, mobilcertifikat eller certifikatkort. Efter identifieringen vet tjänsten vem du är och du behöver inte fylla i dina grunduppgifter på nytt.',
    signInToApply: 'Logga in och ansök om stöd',
    urgentHelp:
      'Om din situation är brådskande och du inte kan vänta på att ansökan handläggs, kontakta stadens socialjour.',
    welcome: 'Välkommen, {name}',
    accountHeading: 'Ditt e-tjänstkonto',
    accountHelp:
      'På ditt e-tjänstkonto kan du göra en ansökan, fortsätta med en påbörjad ansökan och följa handläggningen av dina ansökningar.',
    toAccount: 'Gå till e-tjänstkontot',
  },
};
