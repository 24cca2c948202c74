// Swedish texts of the citizenDuplicates section.
import type { DeepStringShape } from '../../types.ts';
import type { citizenDuplicates as source } from '../fi/citizenDuplicates.ts';

export const citizenDuplicates: DeepStringShape<typeof source> = {
  warningTitle: 'Det finns redan en ansökan för samma månad',
  ownWarning:
    'Du har redan en ansökan för månaden {month}: {references}. Om du skickar den här ansökan kan den slås samman med den tidigare ansökan.',
  spouseWarning:
    'Din make eller maka har redan skickat en ansökan för månaden {month}, där du uppges som make eller maka. Familjen ansöker om utkomststöd med en ansökan. Om du skickar den här ansökan kan den slås samman med din makes eller makas ansökan.',
  canStillSend: 'Du kan ändå skicka ansökan.',
  mergedTitle: 'Ansökan har slagits samman med en annan ansökan',
  mergedOwn:
    'Din ansökan {reference} slogs samman med ansökan {target}. Den behandlas inte separat; ärendet avgörs i ansökan {target}.',
  mergedFamily:
    'Din ansökan {reference} slogs samman med en annan ansökan från din familj för samma månad. Den behandlas inte separat.',
};
