// English texts of the calculation section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { calculation as source } from '../fi/calculation.ts';
import { application } from './application.ts';

export const calculation: DeepStringShape<typeof source> = {
  heading: 'Social assistance calculation',
  caption: 'Social assistance calculation for {month}',
  columns: {
    line: 'Item',
    member: 'Person',
    legalReference: 'Provision',
    amount: 'Amount',
  },
  sections: {
    expenses: 'Expenses',
    resources: 'Income and assets',
  },
  lines: {
    basicAmount: {
      single: 'Basic amount, person living alone ({share} % of the full basic amount {singlePerson})',
      singleParent: 'Basic amount, single parent ({share} % of the full basic amount {singlePerson})',
      otherAdult:
        'Basic amount, other person aged 18 or over ({share} % of the full basic amount {singlePerson})',
      adultLivingWithParents:
        'Basic amount, person aged 18 or over living with their parents ({share} % of the full basic amount {singlePerson})',
      child10To17:
        'Basic amount, child aged 10–17, child no. {ordinal} ({share} % of the full basic amount {singlePerson})',
      childUnder10:
        'Basic amount, child under 10, child no. {ordinal} ({share} % of the full basic amount {singlePerson})',
    },
    reduction: {
      basicAmount:
        'Reduction of the basic amount by {percent} % (basic amount {basicAmount}, reduced to {reduced})',
    },
    housing: {
      costs: 'Housing costs, household size {householdSize}',
      cappedByNorm: 'Housing costs up to the reasonable maximum (costs stated {claimed}, maximum {cap})',
      aboveNormInGrace:
        'Housing costs, the part above the reasonable maximum {cap} accepted during the transition period',
      agreedCosts:
        "Housing costs, the family's share {claimed} under the rental agreement (the home's costs {totalCosts}, {residents} residents)",
      agreedCappedByNorm:
        "Housing costs, the family's share under the rental agreement up to the reasonable maximum (the family's share of the costs {claimed}, the home's costs {totalCosts}, {residents} residents, the family's share of the maximum {cap})",
      agreedAboveNormInGrace:
        "Housing costs, the family's share {claimed} under the rental agreement (the home's costs {totalCosts}, {residents} residents); the part above the family's share of the reasonable maximum {cap} accepted during the transition period",
      sharedCosts:
        "Housing costs, the family's share {claimed}: the home's costs {totalCosts} divided among {residents} residents, {familySize} in the family",
      sharedCappedByNorm:
        "Housing costs, the family's share up to the reasonable maximum (the family's share of the costs {claimed}, the home's costs {totalCosts}, {residents} residents, the family's share of the maximum {cap})",
      sharedAboveNormInGrace:
        "Housing costs, the family's share {claimed} (the home's costs {totalCosts}, {residents} residents); the part above the family's share of the reasonable maximum {cap} accepted during the transition period",
    },
    expense: {
      health_care: 'Health care costs',
      medicine: 'Medicine costs',
      day_care: 'Early childhood education and after-school care fees',
      moving: 'Necessary moving costs',
      rent_deposit: 'Rent deposit',
      electricity: 'Household electricity',
      home_insurance: 'Home insurance',
      sauna: 'Sauna fee',
      other: 'Other basic expenses',
    },
    // The form's names of income types, but for the ones the calculation names by their formal titles.
    income: {
      ...application.options.incomeType,
      wage: 'Earnings from work',
      entrepreneur: 'Income from self-employment',
    },
    earnedIncomeDeduction:
      'Protected portion of earned income ({rate} % of earned income {earned}, at most {max})',
    assets: 'Available assets',
  },
  totals: {
    expenses: 'Total expenses',
    resources: 'Total income and assets',
    amount: 'Social assistance per month',
    noAssistance:
      'The income and assets cover the expenses: on this calculation, no social assistance is granted.',
  },
  parametersVersion: 'Basis of calculation: {version}',
  problems: {
    invalid: 'Some details of the calculation need correcting.',
    noParameters:
      'There is no basis of calculation for {month}. Calculations can be made for the months {covered}.',
    missingNorm:
      'There is no reasonable maximum of housing costs for municipality {municipality} in {month}, so the end of the transition period cannot be taken into account.',
    rateLimited: 'Too many estimates in a short time. Try again in {seconds} seconds.',
  },
  errors: {
    required: 'This is missing.',
    invalidType: 'This has the wrong format.',
    tooSmall: 'The value is too small.',
    tooLarge: 'The value is too large.',
    notWhole: 'Give the sum to the cent.',
    invalidMonth: 'The month is not valid, for example 2026-03.',
    invalidDate: 'The date is not valid.',
    invalidMunicipality: 'A municipality code has three digits.',
    invalidValue: 'The value is not allowed.',
    unknownField: 'Unknown field.',
    tooMany: 'There are too many rows.',
    oneApplicant: 'The household must have exactly one applicant.',
    oneSpouse: 'The household can have only one spouse.',
    duplicateMember: 'The person is in the calculation twice.',
    birthDateOutOfRange: 'The date of birth must be 1 January 1900 or later and not in the future.',
    monthOutOfRange: 'The month must be January 2012 or later and at most December of next year.',
    bornAfterMonth: 'The person was born after the month of the calculation.',
    unknownMember: 'The income belongs to a person who is not in the household.',
    reductionNotInForce: 'A reduction of the basic amount of this size is not in force in {month}.',
    expenseNotInForce:
      'The calculation parameters for {month} have no provision for this type of expense, so it cannot be accepted.',
    unknownMunicipality:
      'Municipality code {municipality} is not in the table of reasonable maximum housing costs for {month}. Check the municipality code.',
    reductionOutsideFamily:
      'The basic amount can be reduced only for a member of the family (the applicant, the spouse or a minor child); other residents are not in the calculation.',
    livesWithParentsApplicantOnly: 'Only the applicant can be marked as living with their parents.',
    familyShareAboveCosts:
      "The family's share of the housing costs cannot be more than the home's housing costs.",
    invalid: 'The value is not accepted.',
  },
};
