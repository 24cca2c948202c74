// Swedish texts of the suomifiNotices section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { suomifiNotices as source } from '../fi/suomifiNotices.ts';

export const suomifiNotices: DeepStringShape<typeof source> = {
  informationRequested: {
    title: 'Begäran om tilläggsutredning om din ansökan om utkomststöd',
    body: 'Hej,\n\nvi behöver en tilläggsutredning om din ansökan om utkomststöd {reference}. Svara senast {dueDate} i e-tjänsten, där du också ser vad vi ber om:\n{link}\n\nDet går inte att svara på det här meddelandet.',
  },
  applicationMerged: {
    title: 'Din ansökan har slagits samman med en annan ansökan',
    body: 'Hej,\n\ndin ansökan om utkomststöd {reference} gäller samma månad som din ansökan {other}, så de behandlas tillsammans med ansökan {other}. Inget separat beslut fattas om ansökan {reference}. Du ser uppgifterna i e-tjänsten:\n{link}\n\nDet går inte att svara på det här meddelandet.',
  },
};
