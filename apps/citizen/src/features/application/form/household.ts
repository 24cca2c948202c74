// Rules that keep the answers consistent when the household or the housing changes: questions that no longer
// apply are removed with their answers (no spouse → no spouse and no spouse's income; another type of housing →
// its costs; not a detached house → the house's running costs), and incomes keep pointing at the right person when
// a child or another member is removed from the list.

import {
  type ApplicationContent,
  coupleStatuses,
  detachedHouseHousingTypes,
  type HousingType,
  housingCostsAsked,
  type MaritalStatus,
} from '@tuki/domain';

/** Keeps only the answers the new housing (type and detached-house answer) still asks. */
function withHousing(content: ApplicationContent, housing: NonNullable<ApplicationContent['housing']>) {
  const asked = new Set<string>(housingCostsAsked(housing));
  const kept: Record<string, unknown> = { type: housing.type };
  for (const [key, value] of Object.entries(housing)) {
    if (asked.has(key)) kept[key] = value;
  }
  if (housing.detachedHouse !== undefined && detachedAsked(housing.type))
    kept.detachedHouse = housing.detachedHouse;
  return { ...content, housing: kept as NonNullable<ApplicationContent['housing']> };
}

function detachedAsked(type: HousingType | undefined): boolean {
  return type !== undefined && (detachedHouseHousingTypes as readonly string[]).includes(type);
}

export function withHousingType(content: ApplicationContent, type: HousingType): ApplicationContent {
  return withHousing(content, { ...content.housing, type });
}

/** The detached-house answer; a "no" removes the house's running costs. */
export function withDetachedHouse(content: ApplicationContent, detachedHouse: boolean): ApplicationContent {
  return withHousing(content, { ...content.housing, detachedHouse });
}

export function withMaritalStatus(content: ApplicationContent, status: MaritalStatus): ApplicationContent {
  const next: ApplicationContent = { ...content, applicant: { ...content.applicant, maritalStatus: status } };
  if (coupleStatuses.includes(status)) return next;
  delete next.spouse;
  if (content.incomes) next.incomes = content.incomes.filter((income) => income.member !== 'spouse');
  return next;
}

/** Removes a child (`child`) or another member (`member`) and moves the incomes of those after it up by one. */
export function withoutMember(
  content: ApplicationContent,
  kind: 'child' | 'member',
  index: number,
): ApplicationContent {
  const next: ApplicationContent = { ...content };
  if (kind === 'child') next.children = (content.children ?? []).filter((_, i) => i !== index);
  else next.otherMembers = (content.otherMembers ?? []).filter((_, i) => i !== index);
  if (content.incomes) {
    next.incomes = content.incomes.flatMap((income) => {
      const [memberKind, position] = (income.member ?? '').split(':');
      if (memberKind !== kind || position === undefined) return [income];
      const n = Number(position);
      if (n === index) return [];
      return [n > index ? { ...income, member: `${kind}:${n - 1}` } : income];
    });
  }
  return next;
}

export interface HouseholdMember {
  /** The value kept in an income's `member`. */
  value: string;
  role: 'applicant' | 'spouse' | 'child' | 'member';
  /** The person's name as typed, or undefined when not typed yet. */
  name: string | undefined;
  /** Position in its list (children, other members), from 1. */
  number: number;
}

function nameOf(person: { firstName?: string | undefined; lastName?: string | undefined } | undefined) {
  const name = [person?.firstName?.trim(), person?.lastName?.trim()].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

/** The people whose income may be told: the applicant, the spouse when there is one, children, other members. */
export function householdMembers(content: ApplicationContent, withSpouse: boolean): HouseholdMember[] {
  const members: HouseholdMember[] = [
    { value: 'applicant', role: 'applicant', name: nameOf(content.applicant), number: 1 },
  ];
  if (withSpouse) members.push({ value: 'spouse', role: 'spouse', name: nameOf(content.spouse), number: 1 });
  for (const [index, child] of (content.children ?? []).entries()) {
    members.push({ value: `child:${index}`, role: 'child', name: nameOf(child), number: index + 1 });
  }
  for (const [index, member] of (content.otherMembers ?? []).entries()) {
    members.push({ value: `member:${index}`, role: 'member', name: nameOf(member), number: index + 1 });
  }
  return members;
}
