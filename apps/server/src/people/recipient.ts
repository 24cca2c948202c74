// Whether a letter can be addressed: the recipient's name and postal address exactly as the letter's address
// window takes them (the person's own, else the address given in the application). Deciding and printing are
// refused while any part is missing, so that no letter leaves without its recipient.
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, PersonRow } from '../db/schema.ts';
import { Conflict } from '../shared/errors.ts';
import { findPostalRecipient } from './persons.repository.ts';

export const recipientParts = ['name', 'streetAddress', 'postalCode', 'postOffice'] as const;
export type RecipientPart = (typeof recipientParts)[number];

/** The problem type of these refusals (409). */
export const RECIPIENT_INCOMPLETE = 'recipient-incomplete';

type PersonFields = Pick<PersonRow, 'first_name' | 'last_name' | 'street_address' | 'postal_code' | 'city'>;

/** What the address window reads of an application's content: the address the applicant gave. */
export interface ContentAddress {
  applicant?: { address?: { street?: string; postalCode?: string; city?: string } } | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The applicant's address of stored content (JSON of any content version), for queries that read it raw. */
export function contentAddressOf(json: unknown): ContentAddress {
  const applicant = (json as { applicant?: { address?: Record<string, unknown> } } | null)?.applicant;
  const address = applicant?.address;
  if (!address || typeof address !== 'object') return {};
  const street = text(address.street);
  const postalCode = text(address.postalCode);
  const city = text(address.city);
  return {
    applicant: {
      address: {
        ...(street !== undefined ? { street } : {}),
        ...(postalCode !== undefined ? { postalCode } : {}),
        ...(city !== undefined ? { city } : {}),
      },
    },
  };
}

/** The letter's address lines, as the decision letter prints them (the post office in capitals). */
export function letterRecipient(person: PersonFields, content: ContentAddress) {
  const address = content.applicant?.address ?? {};
  return {
    name: `${person.first_name} ${person.last_name}`,
    streetAddress: person.street_address ?? address.street ?? '',
    postalCode: person.postal_code ?? address.postalCode ?? '',
    postOffice: (person.city ?? address.city ?? '').toUpperCase(),
  };
}

/** The parts of the address window that are empty, in the order of the window. */
export function missingRecipientParts(person: PersonFields, content: ContentAddress): RecipientPart[] {
  const recipient = letterRecipient(person, content);
  const missing: RecipientPart[] = [];
  if (person.first_name.trim() === '' || person.last_name.trim() === '') missing.push('name');
  if (recipient.streetAddress.trim() === '') missing.push('streetAddress');
  if (recipient.postalCode.trim() === '') missing.push('postalCode');
  if (recipient.postOffice.trim() === '') missing.push('postOffice');
  return missing;
}

export function missingPartsText(language: Language, missing: readonly RecipientPart[]): string {
  return missing.map((part) => translate(language, `staffCorrespondence.recipient.parts.${part}`)).join(', ');
}

/** 409 `recipient-incomplete` for a decision, in the user's language, when a part is missing. */
export function assertRecipientComplete(
  person: PersonFields,
  content: ContentAddress,
  language: Language,
): void {
  const missing = missingRecipientParts(person, content);
  if (missing.length === 0) return;
  throw new Conflict(
    translate(language, 'staffCorrespondence.recipient.decideRefused', {
      missing: missingPartsText(language, missing),
    }),
    {
      code: RECIPIENT_INCOMPLETE,
      errors: missing.map((part) => ({
        path: `recipient.${part}`,
        code: 'missing',
        message: translate(language, `staffCorrespondence.recipient.parts.${part}`),
      })),
    },
  );
}

/** The same check for an application (loads its person); for the decision command. */
export async function assertApplicationRecipientComplete(
  db: Db,
  application: ApplicationRow,
  language: Language,
): Promise<void> {
  const person = await findPostalRecipient(db, application.person_id);
  assertRecipientComplete(person, contentAddressOf(application.content), language);
}
