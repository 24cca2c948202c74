// Swedish texts of requests for rectification, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { rectification as source } from '../fi/rectification.ts';

export const rectification: DeepStringShape<typeof source> = {
  tooLate: 'Tiden för att begära omprövning gick ut {date}. Du kan kontakta socialbyrån.',
  alreadyRequested: 'Omprövning av detta beslut har redan begärts.',
  noReasons: 'Berätta varför beslutet enligt dig borde ändras.',
};
