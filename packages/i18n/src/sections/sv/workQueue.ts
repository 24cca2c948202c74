// Swedish texts of the workQueue section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { workQueue as source } from '../fi/workQueue.ts';

export const workQueue: DeepStringShape<typeof source> = {
  pageTitle: 'Arbetskö',
};
