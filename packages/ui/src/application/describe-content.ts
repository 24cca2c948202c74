// One description of an application's content for people to read: its answers grouped by the steps of the citizen's
// form (sections), the items of a list (groups: Lapsi 1, Tulo 2) and one row per answer with its label and value
// as text. Both apps render it (ApplicationContentView): the citizen's check page and account, the staff's case.
// Pure: no React, the texts through the translator given, so it runs in a test as it runs in a browser.

import {
  type ApplicationContent,
  attachmentCategoriesAsked,
  type ContentSectionId,
  contentSectionIds,
  coupleStatuses,
  detachedHouseHousingTypes,
  housingCostsAsked,
  isRequiredHousingCost,
} from '@tuki/domain';
import type { Language, Translator } from '@tuki/i18n';
import { formatDate, formatEuros, formatMonth } from '../format/format.ts';

/** The sections, in the order of the form (the domain's). */
export { type ContentSectionId, contentSectionIds };

export interface ContentRow {
  /** The answer's content path (`children.0.firstName`); undefined for a row about a whole list. */
  path: string | undefined;
  label: string;
  /** The answer as text, or a list of texts (the files of an attachment category); never empty. */
  value: string | readonly string[];
  /** From the person record, not an answer of the applicant's (no change link). */
  fixed?: boolean;
}

export interface ContentGroup {
  /** The item of a list (`Lapsi 2`), or none for the section's own answers. */
  heading?: string;
  rows: ContentRow[];
}

export interface ContentSection {
  id: ContentSectionId;
  title: string;
  groups: ContentGroup[];
}

/** A file sent with the application, as the reader sees it (name, type and size already written out). */
export interface ContentAttachment {
  category: string;
  text: string;
}

export interface DescribeContentOptions {
  /** Who reads: the applicant ("Matti (you)") or the staff ("Matti"). */
  reader: 'applicant' | 'staff';
  /** With the application's files, a section lists them by category (every category asked, and any other sent). */
  attachments?: readonly ContentAttachment[];
}

type Member = { firstName?: string | undefined; lastName?: string | undefined } | undefined;

function nameOf(person: Member): string | undefined {
  const name = [person?.firstName?.trim(), person?.lastName?.trim()].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

/** Whether the applicant lives with a spouse (the household step asks the spouse's details). */
function hasSpouse(content: ApplicationContent): boolean {
  const status = content.applicant?.maritalStatus;
  return status !== undefined && coupleStatuses.includes(status);
}

type Reader = DescribeContentOptions['reader'];
type Role = 'applicant' | 'spouse' | 'child' | 'member';

/** The household member an income's `member` points at (`applicant`, `spouse`, `child:0`, `member:1`), if any. */
function memberOf(
  content: ApplicationContent,
  member: string | undefined,
): { role: Role; person: Member; number: number } | undefined {
  if (member === 'applicant') return { role: 'applicant', person: content.applicant, number: 1 };
  if (member === 'spouse')
    return hasSpouse(content) ? { role: 'spouse', person: content.spouse, number: 1 } : undefined;
  const match = /^(child|member):(0|[1-9]\d*)$/.exec(member ?? '');
  if (!match) return undefined;
  const role = match[1] === 'child' ? 'child' : 'member';
  const index = Number(match[2]);
  const list = (role === 'child' ? content.children : content.otherMembers) ?? [];
  return index < list.length ? { role, person: list[index], number: index + 1 } : undefined;
}

/** A member without a name typed: by role ("Sinä" to the applicant, "Hakija" to the staff) or position. */
function unnamedMember(t: Translator, role: Role, number: number, reader: Reader): string {
  switch (role) {
    case 'applicant':
      return reader === 'applicant' ? t('application.members.applicant') : t('application.steps.applicant');
    case 'spouse':
      return reader === 'applicant'
        ? t('application.members.spouse')
        : t('application.household.spouseHeading');
    case 'child':
      return t('application.household.childHeading', { number });
    case 'member':
      return t('application.household.memberHeading', { number });
  }
}

/** A named member as the applicant reads it: "Matti (sinä)", "Maija (puoliso)", "Pekka (lapsi)", "Aino". */
function namedToApplicant(t: Translator, role: Role, name: string): string {
  switch (role) {
    case 'applicant':
      return t('application.members.applicantNamed', { name });
    case 'spouse':
      return t('application.members.spouseNamed', { name });
    case 'child':
      return t('application.members.childNamed', { name });
    case 'member':
      return name;
  }
}

/**
 * How an income's `member` is named: by name when typed ("Matti (sinä)" to the applicant, "Matti" to the staff),
 * by role otherwise; undefined when no such member is in the household.
 */
export function householdMemberName(
  t: Translator,
  content: ApplicationContent,
  member: string | undefined,
  reader: Reader,
): string | undefined {
  const found = memberOf(content, member);
  if (found === undefined) return undefined;
  const name = nameOf(found.person);
  if (name === undefined) return unnamedMember(t, found.role, found.number, reader);
  return reader === 'applicant' ? namedToApplicant(t, found.role, name) : name;
}

/** The application's answers, section by section, as texts in the translator's language. */
export function describeApplicationContent(
  content: ApplicationContent,
  t: Translator,
  language: Language,
  options: DescribeContentOptions,
): ContentSection[] {
  /** A text whose key is built from a value (an option the API returned); the value itself when it has none. */
  const lookup = (key: string): string => {
    const text = (t as (key: string) => string)(key);
    return text === key ? (key.split('.').at(-1) ?? key) : text;
  };
  const missing = t('application.check.notAnswered');
  const none = t('application.check.none');
  const text = (value: string | undefined) => (value?.trim() ? value : missing);
  const optional = (value: string | undefined) => (value?.trim() ? value : none);
  const money = (value: number | undefined) => (value === undefined ? missing : formatEuros(value, language));
  const date = (value: string | undefined) => text(formatDate(value));
  const yesNo = (value: boolean | undefined, yes: string, no: string) =>
    value === undefined ? missing : value ? yes : no;
  const option = (list: string, value: string | undefined) =>
    value ? lookup(`application.options.${list}.${value}`) : missing;
  /** A row of an answer, labelled by its question (`application.fields.<path without list positions>`). */
  const field = (path: string, value: string): ContentRow => ({
    path,
    label: lookup(`application.fields.${path.replace(/\.\d+\./g, '.')}`),
    value,
  });
  const filesOr = (files: string[]) => (files.length > 0 ? files : none);
  /** The items of a list, or one row saying there are none. */
  const listOrNone = (label: string, groups: ContentGroup[]): ContentGroup[] =>
    groups.length > 0 ? groups : [{ rows: [{ path: undefined, label, value: none }] }];

  const applicant = content.applicant ?? {};
  const housing = content.housing ?? {};
  const housingType = housing.type;
  const sections: Record<ContentSectionId, ContentGroup[] | undefined> = {
    applicant: [
      {
        rows: [
          {
            path: undefined,
            label: t('application.applicant.name'),
            value: text(nameOf(applicant)),
            fixed: true,
          },
          {
            path: undefined,
            label: t('application.fields.applicant.personalIdentityCode'),
            value: text(applicant.personalIdentityCode),
            fixed: true,
          },
          field('applicant.address.street', text(applicant.address?.street)),
          field('applicant.address.postalCode', text(applicant.address?.postalCode)),
          field('applicant.address.city', text(applicant.address?.city)),
          field('applicant.phone', text(applicant.phone)),
          field('applicant.email', text(applicant.email)),
          field('applicant.maritalStatus', option('maritalStatus', applicant.maritalStatus)),
          field('applicant.occupation', text(applicant.occupation)),
        ],
      },
    ],
    household: [
      ...(hasSpouse(content)
        ? [
            {
              heading: t('application.household.spouseHeading'),
              rows: [
                field('spouse.firstName', text(content.spouse?.firstName)),
                field('spouse.lastName', text(content.spouse?.lastName)),
                field('spouse.personalIdentityCode', text(content.spouse?.personalIdentityCode)),
                field('spouse.occupation', text(content.spouse?.occupation)),
              ],
            },
          ]
        : []),
      ...listOrNone(
        t('application.household.childrenHeading'),
        (content.children ?? []).map((child, index) => ({
          heading: t('application.household.childHeading', { number: index + 1 }),
          rows: [
            field(`children.${index}.firstName`, text(child.firstName)),
            field(`children.${index}.lastName`, text(child.lastName)),
            field(`children.${index}.dateOfBirth`, date(child.dateOfBirth)),
          ],
        })),
      ),
      ...listOrNone(
        t('application.household.othersHeading'),
        (content.otherMembers ?? []).map((member, index) => {
          // Version 1 asked the relationship as free text: shown as the citizen wrote it, without the question
          // version 2 asks instead.
          const relation = member.relation?.trim() ? member.relation : undefined;
          return {
            heading: t('application.household.memberHeading', { number: index + 1 }),
            rows: [
              field(`otherMembers.${index}.firstName`, text(member.firstName)),
              field(`otherMembers.${index}.lastName`, text(member.lastName)),
              field(`otherMembers.${index}.dateOfBirth`, date(member.dateOfBirth)),
              ...(member.relationship || relation === undefined
                ? [field(`otherMembers.${index}.relationship`, option('relationship', member.relationship))]
                : []),
              ...(relation === undefined ? [] : [field(`otherMembers.${index}.relation`, relation)]),
            ],
          };
        }),
      ),
    ],
    housing: [
      {
        rows: [
          field('housing.type', option('housingType', housingType)),
          ...(housingType && detachedHouseHousingTypes.includes(housingType)
            ? [
                field(
                  'housing.detachedHouse',
                  yesNo(
                    housing.detachedHouse,
                    t('application.housing.detachedYes'),
                    t('application.housing.detachedNo'),
                  ),
                ),
              ]
            : []),
          // An optional cost left empty is one the applicant does not have, not a question left unanswered.
          ...housingCostsAsked(housing).map((cost) =>
            field(
              `housing.${cost}`,
              housing[cost] !== undefined
                ? money(housing[cost])
                : housingType && isRequiredHousingCost(housingType, cost)
                  ? missing
                  : none,
            ),
          ),
        ],
      },
    ],
    incomes: listOrNone(
      t('application.steps.incomes'),
      (content.incomes ?? []).map((income, index) => ({
        heading: t('application.incomes.rowHeading', { number: index + 1 }),
        rows: [
          field(
            `incomes.${index}.member`,
            householdMemberName(t, content, income.member, options.reader) ?? missing,
          ),
          field(`incomes.${index}.type`, option('incomeType', income.type)),
          field(`incomes.${index}.amountCents`, money(income.amountCents)),
        ],
      })),
    ),
    assets: listOrNone(
      t('application.steps.assets'),
      (content.assets ?? []).map((asset, index) => ({
        heading: t('application.assets.rowHeading', { number: index + 1 }),
        rows: [
          field(`assets.${index}.type`, option('assetType', asset.type)),
          field(`assets.${index}.valueCents`, money(asset.valueCents)),
          field(`assets.${index}.description`, optional(asset.description)),
        ],
      })),
    ),
    expenses: listOrNone(
      t('application.steps.expenses'),
      (content.expenses ?? []).map((expense, index) => ({
        heading: t('application.expenses.rowHeading', { number: index + 1 }),
        rows: [
          field(`expenses.${index}.type`, option('expenseType', expense.type)),
          field(`expenses.${index}.amountCents`, money(expense.amountCents)),
          // Asked of an expense of the type "other" only (the completeness rules).
          field(
            `expenses.${index}.description`,
            expense.type === 'other' ? text(expense.description) : optional(expense.description),
          ),
        ],
      })),
    ),
    payment: [
      {
        rows: [
          field('month', content.month ? formatMonth(content.month, language) : missing),
          field('iban', text(content.iban)),
        ],
      },
    ],
    urgency: [
      {
        rows: [
          field('urgent', yesNo(content.urgent, t('application.urgency.yes'), t('application.urgency.no'))),
          ...(content.urgent ? [field('urgentReason', text(content.urgentReason))] : []),
        ],
      },
    ],
    additional: [{ rows: [field('additionalInformation', optional(content.additionalInformation))] }],
    attachments: options.attachments && [
      {
        rows: [
          ...new Set([
            ...attachmentCategoriesAsked(content),
            ...options.attachments.map((attachment) => attachment.category),
          ]),
        ].map((category) => ({
          path: undefined,
          label: lookup(`application.attachments.categories.${category}.title`),
          value: filesOr(
            (options.attachments ?? [])
              .filter((attachment) => attachment.category === category)
              .map((attachment) => attachment.text),
          ),
        })),
      },
    ],
  };
  return contentSectionIds.flatMap((id) => {
    const groups = sections[id];
    return groups ? [{ id, title: lookup(`application.stepTitles.${id}`), groups }] : [];
  });
}
