// What an attachment shows: the categories the form asks for and the API accepts, and which of them the form asks
// for a given content (the general ones always, those of a declared cost only when it is declared).
import { type ApplicationContent, isDetachedHouse } from './content.ts';

/** Asked of everyone. */
export const generalAttachmentCategories = [
  'bank_statement',
  'rental_agreement',
  'pay_slip',
  'receipt',
  'other',
] as const;

/** Asked when the cost they prove is declared (content version 2). */
export const costAttachmentCategories = [
  'electricity_bill',
  'insurance_policy',
  'sauna_fee_receipt',
  'property_tax_decision',
  'plot_lease',
  'waste_and_chimney_bills',
] as const;

export const attachmentCategories = [...generalAttachmentCategories, ...costAttachmentCategories] as const;
export type AttachmentCategory = (typeof attachmentCategories)[number];
export type CostAttachmentCategory = (typeof costAttachmentCategories)[number];

export function isAttachmentCategory(value: unknown): value is AttachmentCategory {
  return typeof value === 'string' && (attachmentCategories as readonly string[]).includes(value);
}

const declared = (cents: number | undefined) => cents !== undefined && cents > 0;

/** The cost categories the content calls for, in the order of `costAttachmentCategories`. */
export function costAttachmentsAsked(content: ApplicationContent): CostAttachmentCategory[] {
  const housing = content.housing ?? {};
  const detached = isDetachedHouse(housing);
  const asked: Record<CostAttachmentCategory, boolean> = {
    electricity_bill: declared(housing.electricityCents),
    insurance_policy:
      declared(housing.homeInsuranceCents) || (detached && declared(housing.propertyInsuranceCents)),
    sauna_fee_receipt: declared(housing.saunaCents),
    property_tax_decision: detached && declared(housing.propertyTaxCents),
    plot_lease: detached && declared(housing.plotRentCents),
    waste_and_chimney_bills:
      detached && (declared(housing.wasteCents) || declared(housing.chimneySweepingCents)),
  };
  return costAttachmentCategories.filter((category) => asked[category]);
}

/** The categories the attachments step shows: the general ones, then those of the declared costs. */
export function attachmentCategoriesAsked(content: ApplicationContent): AttachmentCategory[] {
  return [...generalAttachmentCategories, ...costAttachmentsAsked(content)];
}
