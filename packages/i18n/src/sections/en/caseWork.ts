// English texts of the caseWork section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { caseWork as source } from '../fi/caseWork.ts';

export const caseWork: DeepStringShape<typeof source> = {
  pageTitle: 'Application',
};
