// English texts of the citizenDuplicates section.
import type { DeepStringShape } from '../../types.ts';
import type { citizenDuplicates as source } from '../fi/citizenDuplicates.ts';

export const citizenDuplicates: DeepStringShape<typeof source> = {
  warningTitle: 'There is already an application for this month',
  ownWarning:
    'You already have an application for {month}: {references}. If you send this application, it may be merged into the earlier one.',
  spouseWarning:
    'Your spouse has already sent an application for {month} that names you as their spouse. A family applies for social assistance with one application. If you send this application, it may be merged into your spouse’s application.',
  canStillSend: 'You can still send the application.',
  mergedTitle: 'The application has been merged into another application',
  mergedOwn:
    'Your application {reference} was merged into application {target}. It is not handled separately; the matter is decided on application {target}.',
  mergedFamily:
    'Your application {reference} was merged into another application of your family for the same month. It is not handled separately.',
};
