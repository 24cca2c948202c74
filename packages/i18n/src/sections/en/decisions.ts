// English texts of decisions, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { decisions as source } from '../fi/decisions.ts';

export const decisions: DeepStringShape<typeof source> = {
  outcome: {
    approved: 'Approved',
    partially_approved: 'Partially approved',
    rejected: 'Rejected',
  },
  reasonTemplates: {
    calculatedNeed:
      'The social assistance has been calculated on the basis of your application and its attachments. The calculation takes into account the basic amount, the accepted housing costs and other basic expenses, and the income and assets available to you.',
    incomeExceedsNeeds:
      'The income and assets available to you exceed the expenses taken into account in social assistance. You are therefore not entitled to social assistance for the month you applied for.',
    housingCostsAboveNorm:
      'Housing costs have been accepted up to the amount the municipality considers reasonable. Housing costs above that amount are not taken into account because the transition period for moving to a more reasonably priced home has ended.',
    expenseNotNecessary:
      'Not all of the expenses you applied for have been accepted, because they have not been considered necessary basic expenses in social assistance.',
    assetsAvailable:
      'The assets available to you have been taken into account, because they can be used for your living before social assistance.',
    informationNotProvided:
      'The additional information requested was not provided by the due date, so your entitlement to social assistance could not be established.',
  },
};
