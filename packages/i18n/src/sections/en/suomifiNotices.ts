// English texts of the suomifiNotices section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { suomifiNotices as source } from '../fi/suomifiNotices.ts';

export const suomifiNotices: DeepStringShape<typeof source> = {
  informationRequested: {
    title: 'More information needed for your social assistance application',
    body: 'Hello,\n\nwe need more information for your social assistance application {reference}. Please answer by {dueDate} in the e-services account, where you can also see what we are asking for:\n{link}\n\nYou cannot reply to this message.',
  },
  applicationMerged: {
    title: 'Your application has been combined with another one',
    body: 'Hello,\n\nyour social assistance application {reference} is for the same month as your application {other}, so they are handled together under application {other}. No separate decision will be made on application {reference}. You can see the details in your e-services account:\n{link}\n\nYou cannot reply to this message.',
  },
};
