// Rules that keep the answers consistent when the household or the housing changes: questions that no longer
// apply are removed with their answers (no spouse → no spouse and no spouse's income), and incomes keep pointing
// at the right person when a child or another member is removed from the list.

import type { ApplicationContent, HousingType, MaritalStatus } from '@tuki/domain';
import { coupleStatuses } from '@tuki/domain';

type HousingCost =
  | 'rentCents'
  | 'waterCents'
  | 'heatingCents'
  | 'maintenanceChargeCents'
  | 'loanInterestCents'
  | 'homeInsuranceCents';

/** The housing costs asked for each type of housing, in the order of the form. */
export const housingCostsByType: Record<HousingType, readonly HousingCost[]> = {
  rental: ['rentCents', 'waterCents', 'heatingCents', 'homeInsuranceCents'],
  subtenant: ['rentCents', 'waterCents', 'heatingCents', 'homeInsuranceCents'],
  owner_occupied: [
    'maintenanceChargeCents',
    'waterCents',
    'heatingCents',
    'loanInterestCents',
    'homeInsuranceCents',
  ],
  right_of_occupancy: [
    'maintenanceChargeCents',
    'waterCents',
    'heatingCents',
    'loanInterestCents',
    'homeInsuranceCents',
  ],
  other: ['rentCents', 'waterCents', 'heatingCents', 'homeInsuranceCents'],
  homeless: [],
};

/** The costs the completeness rules require for a type of housing (the others are optional). */
export function isRequiredHousingCost(type: HousingType, cost: HousingCost): boolean {
  if (type === 'rental' || type === 'subtenant') return cost === 'rentCents';
  if (type === 'owner_occupied' || type === 'right_of_occupancy') return cost === 'maintenanceChargeCents';
  return false;
}

export function withHousingType(content: ApplicationContent, type: HousingType): ApplicationContent {
  const asked = new Set<string>(housingCostsByType[type]);
  const housing: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(content.housing ?? {})) {
    if (asked.has(key)) housing[key] = value;
  }
  return { ...content, housing };
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
