// Swedish texts of the staffUsers section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffUsers as source } from '../fi/staffUsers.ts';

export const staffUsers: DeepStringShape<typeof source> = {
  pageTitle: 'Användare',
};
