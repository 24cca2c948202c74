// What an attachment shows: the categories the form asks for and the API accepts.

export const attachmentCategories = [
  'bank_statement',
  'rental_agreement',
  'pay_slip',
  'receipt',
  'other',
] as const;
export type AttachmentCategory = (typeof attachmentCategories)[number];

export function isAttachmentCategory(value: unknown): value is AttachmentCategory {
  return typeof value === 'string' && (attachmentCategories as readonly string[]).includes(value);
}
