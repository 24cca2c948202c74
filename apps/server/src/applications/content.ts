// The application content and the person record: a new draft is prefilled from the record, and the applicant's
// name and personal identity code always come from it (the client cannot change them).
import {
  type ApplicationContent,
  applicationContentSchema,
  CONTENT_VERSION,
  type ContentVersion,
  contentVersions,
} from '@tuki/domain';
import type { ApplicationRow, PersonRow } from '../db/schema.ts';

/** The stored content, read through the content schema (it was validated when written). */
export function contentOf(row: ApplicationRow): ApplicationContent {
  return applicationContentSchema.parse(row.content);
}

/** The row's content version; a version this server does not know is read as the current one (never older). */
export function contentVersionOf(row: ApplicationRow): ContentVersion {
  const version = row.content_version;
  return (contentVersions as readonly number[]).includes(version)
    ? (version as ContentVersion)
    : CONTENT_VERSION;
}

/** The content of a new draft: the applicant's details as the person record has them. */
export function prefilledContent(person: PersonRow): ApplicationContent {
  const address = {
    ...(person.street_address ? { street: person.street_address } : {}),
    ...(person.postal_code ? { postalCode: person.postal_code } : {}),
    ...(person.city ? { city: person.city } : {}),
  };
  return withPersonRecord(
    {
      applicant: {
        ...(person.email ? { email: person.email } : {}),
        ...(person.phone ? { phone: person.phone } : {}),
        ...(Object.keys(address).length > 0 ? { address } : {}),
      },
    },
    person,
  );
}

/**
 * The content with the applicant's identity from the person record. A name the record lacks (the identity
 * service gave none) is left as the citizen typed it.
 */
export function withPersonRecord(content: ApplicationContent, person: PersonRow): ApplicationContent {
  return {
    ...content,
    applicant: {
      ...content.applicant,
      ...(person.first_name ? { firstName: person.first_name } : {}),
      ...(person.last_name ? { lastName: person.last_name } : {}),
      personalIdentityCode: person.personal_identity_code,
    },
  };
}
