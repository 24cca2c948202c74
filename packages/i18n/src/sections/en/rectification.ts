// English texts of requests for rectification, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { rectification as source } from '../fi/rectification.ts';

export const rectification: DeepStringShape<typeof source> = {
  tooLate: 'The time to request rectification ended on {date}. You can contact the social services office.',
  alreadyRequested: 'Rectification of this decision has already been requested.',
  noReasons: 'Tell us why you think the decision should be changed.',
};
