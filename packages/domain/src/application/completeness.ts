// Whether an application is complete and valid enough to be sent. Returns every problem at once, each with the
// path of the field and a code that the user interface and the server turn into a message in the user's language
// (i18n key `validation.<code>`). Questions that do not apply are not required (no spouse → no spouse income).
import { type IsoDate, isIsoDate, isValidCalendarDate } from '../calendar-date.ts';
import { EARLIEST_BIRTH_DATE } from '../date-ranges.ts';
import { isValidIban } from '../iban.ts';
import { isValidPersonalIdentityCode } from '../personal-identity-code.ts';
import {
  type ApplicationContent,
  coupleStatuses,
  detachedHouseHousingTypes,
  isDetachedHouse,
} from './content.ts';

export const validationCodes = [
  'required',
  'invalid_personal_identity_code',
  'invalid_postal_code',
  'invalid_email',
  'invalid_phone',
  'contact_required',
  'invalid_date',
  'date_in_future',
  'date_out_of_range',
  'child_not_minor',
  'invalid_month',
  'month_out_of_range',
  'invalid_iban',
  'amount_required',
  'unknown_member',
  'declaration_required',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

export interface ValidationIssue {
  path: string;
  code: ValidationCode;
}

/** How far back and ahead of the current month an application may be made. */
export const MONTHS_BACK = 3;
export const MONTHS_AHEAD = 1;

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;

function monthIndex(month: string): number | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

function ageOnDate(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function validDate(value: string | undefined): value is IsoDate {
  if (!value || !isIsoDate(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return isValidCalendarDate(y, m, d);
}

/** `today` is the current date in Finland (the month applied for is checked against it). */
export function checkApplicationComplete(content: ApplicationContent, today: IsoDate): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, code: ValidationCode) => issues.push({ path, code });
  const need = (path: string, value: string | undefined) => {
    if (!filled(value)) add(path, 'required');
    return filled(value);
  };

  const applicant = content.applicant ?? {};
  need('applicant.firstName', applicant.firstName);
  need('applicant.lastName', applicant.lastName);
  if (need('applicant.personalIdentityCode', applicant.personalIdentityCode)) {
    if (!isValidPersonalIdentityCode(applicant.personalIdentityCode ?? '')) {
      add('applicant.personalIdentityCode', 'invalid_personal_identity_code');
    }
  }
  need('applicant.address.street', applicant.address?.street);
  if (need('applicant.address.postalCode', applicant.address?.postalCode)) {
    if (!/^\d{5}$/.test(applicant.address?.postalCode?.trim() ?? ''))
      add('applicant.address.postalCode', 'invalid_postal_code');
  }
  need('applicant.address.city', applicant.address?.city);
  if (!filled(applicant.email) && !filled(applicant.phone)) add('applicant.email', 'contact_required');
  if (filled(applicant.email) && !EMAIL.test(applicant.email.trim())) add('applicant.email', 'invalid_email');
  if (filled(applicant.phone) && !PHONE.test(applicant.phone.trim())) add('applicant.phone', 'invalid_phone');
  if (!applicant.maritalStatus) add('applicant.maritalStatus', 'required');
  need('applicant.occupation', applicant.occupation);

  const hasSpouse = applicant.maritalStatus !== undefined && coupleStatuses.includes(applicant.maritalStatus);
  if (hasSpouse) {
    const spouse = content.spouse ?? {};
    need('spouse.firstName', spouse.firstName);
    need('spouse.lastName', spouse.lastName);
    if (need('spouse.personalIdentityCode', spouse.personalIdentityCode)) {
      if (!isValidPersonalIdentityCode(spouse.personalIdentityCode ?? '')) {
        add('spouse.personalIdentityCode', 'invalid_personal_identity_code');
      }
    }
    need('spouse.occupation', spouse.occupation);
  }

  const children = content.children ?? [];
  children.forEach((child, index) => {
    need(`children.${index}.firstName`, child.firstName);
    need(`children.${index}.lastName`, child.lastName);
    const path = `children.${index}.dateOfBirth`;
    if (!filled(child.dateOfBirth)) add(path, 'required');
    else if (!validDate(child.dateOfBirth)) add(path, 'invalid_date');
    else if (child.dateOfBirth > today) add(path, 'date_in_future');
    else if (child.dateOfBirth < EARLIEST_BIRTH_DATE) add(path, 'date_out_of_range');
    else if (ageOnDate(child.dateOfBirth, today) >= 18) add(path, 'child_not_minor');
  });
  const members = content.otherMembers ?? [];
  members.forEach((member, index) => {
    need(`otherMembers.${index}.firstName`, member.firstName);
    need(`otherMembers.${index}.lastName`, member.lastName);
    // Content version 2 asks the relationship as a choice (version 1's free-text `relation` is not enough: the
    // calculation must tell a parent from a roommate).
    if (!member.relationship) add(`otherMembers.${index}.relationship`, 'required');
    const path = `otherMembers.${index}.dateOfBirth`;
    if (!filled(member.dateOfBirth)) add(path, 'required');
    else if (!validDate(member.dateOfBirth)) add(path, 'invalid_date');
    else if (member.dateOfBirth > today) add(path, 'date_in_future');
    else if (member.dateOfBirth < EARLIEST_BIRTH_DATE) add(path, 'date_out_of_range');
  });

  const housing = content.housing ?? {};
  if (!housing.type) add('housing.type', 'required');
  const asksDetachedHouse = housing.type !== undefined && detachedHouseHousingTypes.includes(housing.type);
  if (asksDetachedHouse && housing.detachedHouse === undefined) add('housing.detachedHouse', 'required');
  if ((housing.type === 'rental' || housing.type === 'subtenant') && housing.rentCents === undefined) {
    add('housing.rentCents', 'required');
  }
  // A detached house has no maintenance charge (its running costs are asked one by one instead).
  const detached = isDetachedHouse(housing);
  if (
    ((housing.type === 'owner_occupied' && !detached) || housing.type === 'right_of_occupancy') &&
    housing.maintenanceChargeCents === undefined
  ) {
    add('housing.maintenanceChargeCents', 'required');
  }

  (content.incomes ?? []).forEach((income, index) => {
    const member = income.member;
    if (!member) add(`incomes.${index}.member`, 'required');
    else if (!memberExists(member, hasSpouse, children.length, members.length))
      add(`incomes.${index}.member`, 'unknown_member');
    if (!income.type) add(`incomes.${index}.type`, 'required');
    if (!income.amountCents) add(`incomes.${index}.amountCents`, 'amount_required');
  });
  (content.assets ?? []).forEach((asset, index) => {
    if (!asset.type) add(`assets.${index}.type`, 'required');
    if (asset.valueCents === undefined) add(`assets.${index}.valueCents`, 'amount_required');
  });
  (content.expenses ?? []).forEach((expense, index) => {
    if (!expense.type) add(`expenses.${index}.type`, 'required');
    if (!expense.amountCents) add(`expenses.${index}.amountCents`, 'amount_required');
    if (expense.type === 'other') need(`expenses.${index}.description`, expense.description);
  });

  if (!filled(content.month)) add('month', 'required');
  else {
    const month = monthIndex(content.month);
    const current = monthIndex(today.slice(0, 7));
    if (month === undefined || current === undefined) add('month', 'invalid_month');
    else if (month < current - MONTHS_BACK || month > current + MONTHS_AHEAD)
      add('month', 'month_out_of_range');
  }
  if (need('iban', content.iban) && !isValidIban(content.iban ?? '')) add('iban', 'invalid_iban');
  if (content.urgent === undefined) add('urgent', 'required');
  if (content.urgent === true) need('urgentReason', content.urgentReason);
  if (content.declaration !== true) add('declaration', 'declaration_required');
  return issues;
}

function memberExists(member: string, hasSpouse: boolean, children: number, others: number): boolean {
  if (member === 'applicant') return true;
  if (member === 'spouse') return hasSpouse;
  const [kind, index] = member.split(':');
  const n = Number(index);
  return kind === 'child' ? n < children : kind === 'member' ? n < others : false;
}
