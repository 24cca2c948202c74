// Swedish texts of the `signIn` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { signIn as source } from '../fi/signIn.ts';

export const signIn: DeepStringShape<typeof source> = {
  pageTitle: 'Inloggning',
  citizen: {
    title: 'Logga in i tjänsten',
    intro:
      'Logga in med stark identifiering. Du kan identifiera dig med nätbankskoder, mobilcertifikat eller identitetskort.',
  },
  staff: {
    title: 'Logga in som anställd',
    intro: 'Logga in med ditt arbetskonto.',
  },
  errorTitle: 'Inloggningen misslyckades',
  errors: {
    insufficientLoa:
      'Den här tjänsten kräver stark identifiering. Logga in på nytt med nätbankskoder, mobilcertifikat eller identitetskort.',
    noIdentityCode:
      'Vi fick inte din personbeteckning från identifieringstjänsten och kunde därför inte identifiera dig. Försök igen. Om problemet upprepas, pröva ett annat identifieringssätt.',
    interrupted: 'Inloggningen avbröts eller gick ut. Försök igen.',
    cancelled: 'Inloggningen avbröts eller misslyckades i identifieringstjänsten. Försök igen.',
    noUsername:
      'Vi fick inte ditt användarnamn från inloggningstjänsten. Försök igen. Om problemet upprepas, kontakta huvudanvändaren.',
    inactive:
      'Ditt användarkonto har inaktiverats i den här tjänsten. Om du behöver tillgång till tjänsten, kontakta huvudanvändaren.',
    notConfigured: 'Inloggningen är inte tillgänglig just nu. Försök igen senare.',
    rateLimited: 'För många inloggningsförsök på kort tid. Försök igen om {seconds} sekunder.',
    unknown: 'Ett fel inträffade vid inloggningen. Försök igen om en stund.',
  },
};
