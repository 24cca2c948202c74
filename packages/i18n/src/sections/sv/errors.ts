// Swedish texts of the `errors` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { errors as source } from '../fi/errors.ts';

export const errors: DeepStringShape<typeof source> = {
  networkTitle: 'Anslutningsfel',
  network: 'Det gick inte att ansluta till tjänsten. Kontrollera din nätverksanslutning och försök igen.',
  sessionExpiredTitle: 'Sessionen har gått ut',
  sessionExpired: 'Din session har gått ut. Logga in på nytt.',
  invalidPersonalIdentityCode: 'Personbeteckningen är inte giltig. Kontrollera personbeteckningen.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden: 'Du har inte behörighet att göra det här.',
  notFoundTitle: 'Sidan hittades inte',
  notFound: 'Sidan du söker hittades inte. Kontrollera adressen eller gå tillbaka till startsidan.',
  unknownUser: 'Användaren hittades inte.',
  unexpectedTitle: 'Fel',
  unexpected: 'Ett oväntat fel inträffade. Försök igen senare.',
  unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  retry: 'Försök igen',
};
