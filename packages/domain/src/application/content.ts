// The citizen's application form, content version 1 (shared/design/api-contract.md). The draft schema accepts
// any partial content with the right shapes, so that autosave never loses what was typed; whether the content is
// complete and valid is checked separately (completeness.ts) when the application is sent.
import { z } from 'zod';

export const CONTENT_VERSION = 1;

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
          .object({ firstName: text(200), lastName: text(200), dateOfBirth: text(10), relation: text(100) })
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
