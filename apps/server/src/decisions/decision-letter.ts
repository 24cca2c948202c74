// The parts of a decision letter that come from the case rather than from the decision form: who the decision
// concerns (the parties), the kind of assistance, how and when the letter is sent, and the letter's options. Used
// when the decision is made (decide.ts) and when a paper letter is mailed (print-batches: rendered again with the
// batch's day as its sending day).
import {
  type ApplicationContent,
  ageOn,
  coupleStatuses,
  type IsoDate,
  isIsoDate,
  type Language,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
} from '@tuki/domain';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, PersonRow } from '../db/schema.ts';
import {
  type AssistanceKind,
  dataProtectionContact,
  type LetterDispatch,
  type LetterOptions,
  type LetterParty,
  rectificationAuthority,
} from '../letters/index.ts';
import { findRectifiedApplicationKind } from './decisions.repository.ts';
import { type DeliveryChannel, notificationOf } from './notification.ts';

const fullName = (person: { firstName?: string | undefined; lastName?: string | undefined } | undefined) =>
  `${person?.firstName ?? ''} ${person?.lastName ?? ''}`.trim();

export function birthFromCode(code: string | undefined): IsoDate | null {
  if (!code) return null;
  const parsed = parsePersonalIdentityCode(normalizePersonalIdentityCode(code));
  return parsed.ok ? parsed.value.dateOfBirth : null;
}

/**
 * The family the decision concerns (TTL 3 §), each a party (HL 44 §): the applicant (the recipient, named as the
 * person record names them), a spouse when the marital status is a couple's, and the children under 18 on the first
 * day of the month. Dates of birth come from the identity codes (the applicant's and the spouse's) or the content
 * (children); the codes themselves are never put in the letter.
 */
export function familyParties(person: PersonRow, content: ApplicationContent, month: string): LetterParty[] {
  const parties: LetterParty[] = [
    {
      role: 'applicant',
      name: `${person.first_name} ${person.last_name}`.trim(),
      dateOfBirth: birthFromCode(person.personal_identity_code),
    },
  ];
  const status = content.applicant?.maritalStatus;
  if (status !== undefined && coupleStatuses.includes(status) && content.spouse) {
    parties.push({
      role: 'spouse',
      name: fullName(content.spouse),
      dateOfBirth: birthFromCode(content.spouse.personalIdentityCode),
    });
  }
  const firstOfMonth = /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : null;
  for (const child of content.children ?? []) {
    const born = child.dateOfBirth !== undefined && isIsoDate(child.dateOfBirth) ? child.dateOfBirth : null;
    if (born !== null && firstOfMonth !== null && ageOn(born, firstOfMonth) >= 18) continue;
    if (fullName(child) === '' && born === null) continue;
    parties.push({ role: 'child', name: fullName(child), dateOfBirth: born });
  }
  return parties;
}

/**
 * The kind of assistance the decision is on: the application's kind; for a request for rectification, the kind
 * of the application whose decision it concerns.
 */
export async function assistanceKindOf(db: Db, application: ApplicationRow): Promise<AssistanceKind> {
  if (application.kind !== 'rectification') return application.kind;
  const original = await findRectifiedApplicationKind(db, application.id);
  return original && original.kind !== 'rectification' ? original.kind : 'basic';
}

/** The letter's dispatch: sent on `sentOn` (with its notification rule), or a paper letter not yet mailed. */
export function dispatchOf(channel: DeliveryChannel, sentOn: IsoDate | null): LetterDispatch {
  return { channel, sent: sentOn === null ? null : notificationOf(channel, sentOn) };
}

export function letterOptionsFor(language: Language, publicUrl: string): LetterOptions {
  return {
    rectification: rectificationAuthority(language),
    dataProtection: dataProtectionContact(language, publicUrl),
  };
}
