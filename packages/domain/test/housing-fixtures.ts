// Housing answers shared by the tests of the application content.
import type { ApplicationContent } from '../src/application/content.ts';

/** A detached house the applicant owns, with electricity, the sauna fee and the house's own costs declared. */
export const ownDetachedHouseWithCosts = {
  type: 'owner_occupied',
  detachedHouse: true,
  electricityCents: 4_000,
  saunaCents: 1_200,
  wasteCents: 2_000,
  chimneySweepingCents: 500,
  propertyInsuranceCents: 3_000,
  propertyTaxCents: 4_000,
  plotRentCents: 5_000,
} as const satisfies ApplicationContent['housing'];
