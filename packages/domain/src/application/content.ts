// The citizen's application form (shared/design/api-contract.md). The draft schema accepts any partial content
// with the right shapes, so that autosave never loses what was typed; whether the content is complete and valid is
// checked separately (completeness.ts) when the application is sent.
//
// Content versions (the row's `content_version`):
// - 1: the first form. Other members' relation to the applicant was free text (`relation`).
// - 2: household electricity, the sauna fee, the detached-house question and its running costs in `housing`; other
//   members' relationship is a choice (`relationship`).
// One schema reads both: version 2 only adds optional fields, and version 1's `relation` stays readable (and is kept
// when a version 1 draft is saved on; the draft then becomes version 2 and is checked as such when sent).
import { z } from 'zod';

export const CONTENT_VERSION = 2;
export const contentVersions = [1, 2] as const;
export type ContentVersion = (typeof contentVersions)[number];

/** The sections of the content, one topic each, in the order the form asks them (its steps) and people read them. */
export const contentSectionIds = [
  'applicant',
  'household',
  'housing',
  'incomes',
  'assets',
  'expenses',
  'payment',
  'urgency',
  'additional',
  'attachments',
] as const;
export type ContentSectionId = (typeof contentSectionIds)[number];

export const maritalStatuses = [
  'single',
  'married',
  'cohabiting',
  'registered_partnership',
  'separated',
  'divorced',
  'widowed',
] as const;
/** Marital statuses in which the spouse or partner belongs to the household. */
export const coupleStatuses: readonly MaritalStatus[] = ['married', 'cohabiting', 'registered_partnership'];
export type MaritalStatus = (typeof maritalStatuses)[number];

export const housingTypes = [
  'rental',
  'owner_occupied',
  'right_of_occupancy',
  'subtenant',
  'homeless',
  'other',
] as const;
export type HousingType = (typeof housingTypes)[number];

/** Housing types for which the form asks whether the home is a detached house (its own running costs). */
export const detachedHouseHousingTypes: readonly HousingType[] = ['owner_occupied', 'rental', 'other'];

/** The running costs of a detached house (TTL 7 b §; domain doc §2.3): housing costs under the norm. */
export const detachedHouseCosts = [
  'wasteCents',
  'chimneySweepingCents',
  'propertyInsuranceCents',
  'propertyTaxCents',
  'plotRentCents',
] as const;
export type DetachedHouseCost = (typeof detachedHouseCosts)[number];

/** The housing costs under the norm asked for each type of housing, in the order of the form. */
export const normHousingCostsByType = {
  rental: ['rentCents', 'waterCents', 'heatingCents'],
  subtenant: ['rentCents', 'waterCents', 'heatingCents'],
  owner_occupied: ['maintenanceChargeCents', 'waterCents', 'heatingCents', 'loanInterestCents'],
  right_of_occupancy: ['maintenanceChargeCents', 'waterCents', 'heatingCents', 'loanInterestCents'],
  other: ['rentCents', 'waterCents', 'heatingCents'],
  homeless: [],
} as const satisfies Record<HousingType, readonly string[]>;
export type NormHousingCost = (typeof normHousingCostsByType)[HousingType][number];

/** Housing-related costs accepted outside the norm (domain doc §2.3), asked for every home. */
export const separateHousingCosts = ['electricityCents', 'homeInsuranceCents', 'saunaCents'] as const;
export type SeparateHousingCost = (typeof separateHousingCosts)[number];

export type HousingCost = NormHousingCost | SeparateHousingCost | DetachedHouseCost;

/** Whether the detached-house question applies to this home and is answered yes. */
export function isDetachedHouse(
  housing: { type?: HousingType; detachedHouse?: boolean } | undefined,
): boolean {
  return (
    housing?.type !== undefined &&
    detachedHouseHousingTypes.includes(housing.type) &&
    housing.detachedHouse === true
  );
}

/**
 * Every cost the form asks of this home, in the form's order: the norm's costs of the type (a detached house has no
 * maintenance charge), a detached house's running costs, and the costs outside the norm.
 */
export function housingCostsAsked(
  housing: { type?: HousingType; detachedHouse?: boolean } | undefined,
): HousingCost[] {
  const type = housing?.type;
  if (type === undefined || type === 'homeless') return [];
  const detached = isDetachedHouse(housing);
  const norm: readonly NormHousingCost[] = normHousingCostsByType[type];
  return [
    ...norm.filter((cost) => !(detached && cost === 'maintenanceChargeCents')),
    ...(detached ? detachedHouseCosts : []),
    ...separateHousingCosts,
  ];
}

/** Whether the completeness rules require this cost of this type of housing (the others are optional). */
export function isRequiredHousingCost(type: HousingType, cost: HousingCost): boolean {
  if (type === 'rental' || type === 'subtenant') return cost === 'rentCents';
  if (type === 'owner_occupied' || type === 'right_of_occupancy') return cost === 'maintenanceChargeCents';
  return false;
}

/** An other member's relationship to the applicant (content version 2). */
export const memberRelationships = [
  'parent',
  'child',
  'sibling',
  'grandparent',
  'other_relative',
  'other',
] as const;
export type MemberRelationship = (typeof memberRelationships)[number];

export const incomeTypes = [
  'wage',
  'entrepreneur',
  'unemployment_benefit',
  'labour_market_subsidy',
  'housing_allowance',
  'child_benefit',
  'student_aid',
  'pension',
  'sickness_allowance',
  'maintenance_payment',
  'other',
] as const;
export type IncomeType = (typeof incomeTypes)[number];

export const expenseTypes = [
  'health_care',
  'medicine',
  'day_care',
  'moving',
  'rent_deposit',
  'other',
] as const;
export type ExpenseType = (typeof expenseTypes)[number];

/**
 * Housing-related expenses accepted outside the housing-cost norm (TTL 7 b §, domain doc §2.3): household
 * electricity, home insurance and a sauna fee. The caseworker's calculation knows them; the citizen's form lists
 * `expenseTypes`.
 */
export const housingRelatedExpenseTypes = ['electricity', 'home_insurance', 'sauna'] as const;
export type HousingRelatedExpenseType = (typeof housingRelatedExpenseTypes)[number];

/** Every expense type a calculation accepts, in the order the lists offer them: `other` last. */
export const calculationExpenseTypeOptions: readonly (ExpenseType | HousingRelatedExpenseType)[] = [
  ...expenseTypes.filter((type) => type !== 'other'),
  ...housingRelatedExpenseTypes,
  'other',
];

export const assetTypes = ['bank_account', 'savings', 'investments', 'vehicle', 'property', 'other'] as const;
export type AssetType = (typeof assetTypes)[number];

/** Whose income: the applicant, the spouse, or a child or other member by its index (`child:0`, `member:1`). */
export const incomeMemberPattern = /^(applicant|spouse|child:\d{1,2}|member:\d{1,2})$/;

const text = (max: number) => z.string().max(max);
const cents = z.number().int().min(0).max(100_000_000);

export const applicationContentSchema = z
  .object({
    applicant: z
      .object({
        firstName: text(200),
        lastName: text(200),
        personalIdentityCode: text(20),
        email: text(254),
        phone: text(40),
        address: z.object({ street: text(200), postalCode: text(10), city: text(100) }).partial(),
        maritalStatus: z.enum(maritalStatuses),
        occupation: text(200),
      })
      .partial(),
    spouse: z
      .object({
        firstName: text(200),
        lastName: text(200),
        personalIdentityCode: text(20),
        occupation: text(200),
      })
      .partial(),
    children: z
      .array(z.object({ firstName: text(200), lastName: text(200), dateOfBirth: text(10) }).partial())
      .max(20),
    otherMembers: z
      .array(
        z
          .object({
            firstName: text(200),
            lastName: text(200),
            dateOfBirth: text(10),
            /** Version 2: the relationship to the applicant, chosen. */
            relationship: z.enum(memberRelationships),
            /** Version 1: the relation as free text; read and kept, no longer asked. */
            relation: text(100),
          })
          .partial(),
      )
      .max(20),
    housing: z
      .object({
        type: z.enum(housingTypes),
        rentCents: cents,
        waterCents: cents,
        heatingCents: cents,
        maintenanceChargeCents: cents,
        loanInterestCents: cents,
        homeInsuranceCents: cents,
        /** Version 2: household electricity, home insurance and the sauna fee are accepted outside the norm. */
        electricityCents: cents,
        saunaCents: cents,
        /** Version 2: whether the home is a detached house (asked for `detachedHouseHousingTypes`). */
        detachedHouse: z.boolean(),
        wasteCents: cents,
        chimneySweepingCents: cents,
        propertyInsuranceCents: cents,
        propertyTaxCents: cents,
        plotRentCents: cents,
      })
      .partial(),
    incomes: z
      .array(
        z
          .object({
            member: z.string().regex(incomeMemberPattern),
            type: z.enum(incomeTypes),
            amountCents: cents,
          })
          .partial(),
      )
      .max(100),
    assets: z
      .array(z.object({ type: z.enum(assetTypes), valueCents: cents, description: text(500) }).partial())
      .max(50),
    expenses: z
      .array(z.object({ type: z.enum(expenseTypes), amountCents: cents, description: text(500) }).partial())
      .max(50),
    month: text(7),
    iban: text(42),
    urgent: z.boolean(),
    urgentReason: text(2000),
    additionalInformation: text(5000),
    declaration: z.boolean(),
  })
  .partial()
  .strict();

export type ApplicationContent = z.infer<typeof applicationContentSchema>;
