// The calculation input prefilled from a sent application (content versions 1 and 2): the household's members with
// their roles and dates of birth, the month, the city's municipality code, the housing costs, the incomes per
// member, the expenses (the housing-related ones outside the norm and those applied for) and the liquid assets.
// The caseworker checks and edits it in the case view; nothing here decides.
//
// What the content cannot say exactly is reported in `notes` (a code and the content path), never guessed silently:
// a missing date of birth, an income of a member who is not in the household, rows without a type or an amount,
// assets that are not liquid and so not counted, a member's role read from version 1's free-text relation or not
// given at all, and a minor in the home who is not the applicant's child.
import {
  type ApplicationContent,
  type AssetType,
  coupleStatuses,
  detachedHouseCosts,
  isDetachedHouse,
  isIsoDate,
  type MemberRelationship,
  parsePersonalIdentityCode,
} from '@tuki/domain';
import {
  ageOnFirstDayOfMonth,
  type CalculationExpense,
  type CalculationIncome,
  type CalculationInput,
  type CalculationMember,
  type HousingRelatedExpenseType,
  isMonth,
  type MemberRole,
} from '@tuki/rules';

const text = (value: string | undefined) => (value ?? '').trim();

/** The applicant's person record: the code there is the verified one (from the sign-in). */
export interface PrefillPerson {
  personalIdentityCode: string;
  firstName: string;
  lastName: string;
}

export interface PrefillOptions {
  /** The city's municipality code (`CITY_MUNICIPALITY_CODE`), for the housing-cost norm. */
  municipalityCode: string;
  /** The month to use when the content has none (the current month in Helsinki). */
  fallbackMonth: string;
}

/** A member's name for the case view (the input itself carries only ids). */
export interface PrefillMemberName {
  id: string;
  firstName: string;
  lastName: string;
}

export const prefillNoteCodes = [
  'month-missing',
  'date-of-birth-missing',
  'income-member-unknown',
  'income-incomplete',
  'expense-incomplete',
  'asset-not-liquid',
  'asset-incomplete',
  'member-relation-from-text',
  'member-relationship-missing',
  'member-minor-not-child',
] as const;
export type PrefillNoteCode = (typeof prefillNoteCodes)[number];

export interface PrefillNote {
  code: PrefillNoteCode;
  /** Where in the application content, e.g. `incomes.2` or `children.0.dateOfBirth`. */
  path: string;
}

export interface Prefill {
  input: CalculationInput;
  members: PrefillMemberName[];
  notes: PrefillNote[];
  /** The applicant lives with a parent and has no spouse: their own case, at the 73 % share. */
  livesWithParents: boolean;
}

/** Assets counted as available at once (domain doc §2.5): money and what can be sold in days. */
export const liquidAssetTypes: readonly AssetType[] = ['bank_account', 'savings', 'investments'];

/** Version 1's free-text relation: words that mean a child of the applicant or spouse (fi/sv/en). */
const CHILD_RELATION = /lapsi|poika|tytär|tyt[aä]r|barn|son|dotter|child|daughter/i;
/** Version 1's free-text relation: words that mean a parent of the applicant (fi/sv/en). */
const PARENT_RELATION =
  /vanhemp|äiti|aiti|isä|isa\b|förälder|foralder|mamma|pappa|mor\b|far\b|parent|mother|father|mum|mom|dad/i;

/** The housing-related expenses outside the norm (domain doc §2.3) and where the content has them. */
const housingRelatedExpenses = [
  ['electricity', 'electricityCents'],
  ['home_insurance', 'homeInsuranceCents'],
  ['sauna', 'saunaCents'],
] as const satisfies readonly (readonly [HousingRelatedExpenseType, string])[];

type RelationshipReading =
  | { relationship: MemberRelationship; fromText: boolean }
  | { relationship: undefined; fromText: false };

/** An other member's relationship: version 2's choice, else what version 1's free text says (noted). */
function relationshipOf(member: {
  relationship?: MemberRelationship;
  relation?: string;
}): RelationshipReading {
  if (member.relationship) return { relationship: member.relationship, fromText: false };
  const relation = text(member.relation);
  if (relation === '') return { relationship: undefined, fromText: false };
  if (PARENT_RELATION.test(relation)) return { relationship: 'parent', fromText: true };
  if (CHILD_RELATION.test(relation)) return { relationship: 'child', fromText: true };
  return { relationship: 'other', fromText: true };
}

function dateOfBirthFromCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const parsed = parsePersonalIdentityCode(code.trim().toUpperCase());
  return parsed.ok ? parsed.value.dateOfBirth : undefined;
}

/**
 * Maps application content (version 1 or 2) to a calculation input.
 *
 * - Members: the applicant (`applicant`, born as the person record's code says); the spouse (`spouse`) when the
 *   marital status is a couple's and the content names one (born as the spouse's code says); each child
 *   (`child:<index>`, role `child`, or `adult_child` when 18 or older on the first day of the month); each other
 *   member (`member:<index>`) by the relationship (version 2's choice; version 1's free text read for words of a
 *   parent or a child, noted): a child is `child` under 18 and `adult_child` from 18; anyone else is `other_adult`
 *   (in the home for dividing the housing costs, outside the family). A minor who is not a child of the applicant
 *   stays `child` as before the family rule, noted for the caseworker to check. The ids are the content's own
 *   member references, so incomes map one to one.
 * - Lives with parents: another member is a parent and there is no spouse → the applicant's `livesWithParents`
 *   (the 73 % share), when the engine's member schema has the flag.
 * - Month: the content's month, else `fallbackMonth` (noted).
 * - Housing (`costsCents`, the whole home's costs under the norm, TTL 7 b §): rent + maintenance charge + loan
 *   interest + water + heating, and for a detached house its waste, chimney sweeping, property insurance, property
 *   tax and plot rent; the norm's grace period is taken as not ended (the caseworker decides that).
 * - Incomes: per member with their types; an income of a member not in the household counts as the applicant's
 *   (the household's income is counted in any case), noted; rows without type or amount are skipped, noted.
 * - Expenses: household electricity, home insurance and the sauna fee as the expenses `electricity`,
 *   `home_insurance` and `sauna` (accepted outside the norm; home insurance in version 1 content too), then those
 *   applied for, by type; incomplete rows skipped, noted.
 * - Assets: the liquid ones (bank accounts, savings, investments) summed; others are noted and not counted.
 */
export function calculationInputFromApplication(
  content: ApplicationContent,
  person: PrefillPerson,
  options: PrefillOptions,
): Prefill {
  const notes: PrefillNote[] = [];
  const month = content.month && isMonth(content.month) ? content.month : options.fallbackMonth;
  if (month !== content.month) notes.push({ code: 'month-missing', path: 'month' });
  const monthStart = `${month}-01`;

  const members: CalculationMember[] = [];
  const names: PrefillMemberName[] = [];
  const addMember = (
    id: string,
    role: MemberRole,
    dateOfBirth: string | undefined,
    name: { firstName?: string | undefined; lastName?: string | undefined },
    path: string,
  ) => {
    let born = dateOfBirth;
    if (born === undefined || !isIsoDate(born)) {
      // Kept in the household (leaving a member out would change the amount) and shown to be fixed.
      notes.push({ code: 'date-of-birth-missing', path });
      born = monthStart;
    }
    members.push({ id, role, dateOfBirth: born });
    names.push({ id, firstName: text(name.firstName), lastName: text(name.lastName) });
  };

  const applicant = content.applicant ?? {};
  addMember(
    'applicant',
    'applicant',
    dateOfBirthFromCode(person.personalIdentityCode) ?? dateOfBirthFromCode(applicant.personalIdentityCode),
    {
      firstName: text(applicant.firstName) || person.firstName,
      lastName: text(applicant.lastName) || person.lastName,
    },
    'applicant.personalIdentityCode',
  );
  const couple = applicant.maritalStatus !== undefined && coupleStatuses.includes(applicant.maritalStatus);
  if (couple && content.spouse) {
    addMember(
      'spouse',
      'spouse',
      dateOfBirthFromCode(content.spouse.personalIdentityCode),
      content.spouse,
      'spouse.personalIdentityCode',
    );
  }
  (content.children ?? []).forEach((child, index) => {
    const born = child.dateOfBirth;
    const adult = born !== undefined && isIsoDate(born) && ageOnFirstDayOfMonth(born, month) >= 18;
    addMember(
      `child:${index}`,
      adult ? 'adult_child' : 'child',
      born,
      child,
      `children.${index}.dateOfBirth`,
    );
  });
  let parentInHome = false;
  (content.otherMembers ?? []).forEach((member, index) => {
    const born = member.dateOfBirth;
    const minor = born !== undefined && isIsoDate(born) && ageOnFirstDayOfMonth(born, month) < 18;
    const { relationship, fromText } = relationshipOf(member);
    if (fromText) notes.push({ code: 'member-relation-from-text', path: `otherMembers.${index}.relation` });
    if (relationship === undefined)
      notes.push({ code: 'member-relationship-missing', path: `otherMembers.${index}.relationship` });
    if (relationship === 'parent') parentInHome = true;
    let role: MemberRole;
    if (relationship === 'child') role = minor ? 'child' : 'adult_child';
    else if (minor) {
      // Kept in the family as a child, as before the family rule; the caseworker decides (e.g. a minor sibling).
      role = 'child';
      notes.push({ code: 'member-minor-not-child', path: `otherMembers.${index}.relationship` });
    } else role = 'other_adult';
    addMember(`member:${index}`, role, member.dateOfBirth, member, `otherMembers.${index}.dateOfBirth`);
  });
  const livesWithParents = parentInHome && !members.some((member) => member.role === 'spouse');
  const applicantMember = members[0];
  if (livesWithParents && applicantMember) members[0] = { ...applicantMember, livesWithParents: true };

  const housing = content.housing ?? {};
  const detached = isDetachedHouse(housing);
  const costsCents =
    (housing.rentCents ?? 0) +
    (housing.maintenanceChargeCents ?? 0) +
    (housing.loanInterestCents ?? 0) +
    (housing.waterCents ?? 0) +
    (housing.heatingCents ?? 0) +
    (detached ? detachedHouseCosts.reduce((sum, cost) => sum + (housing[cost] ?? 0), 0) : 0);

  const memberIds = new Set(members.map((member) => member.id));
  const incomes: CalculationIncome[] = [];
  (content.incomes ?? []).forEach((income, index) => {
    if (income.type === undefined || income.amountCents === undefined || income.amountCents === 0) {
      notes.push({ code: 'income-incomplete', path: `incomes.${index}` });
      return;
    }
    let memberId = income.member ?? 'applicant';
    if (!memberIds.has(memberId)) {
      notes.push({ code: 'income-member-unknown', path: `incomes.${index}.member` });
      memberId = 'applicant';
    }
    incomes.push({ memberId, type: income.type, amountCents: income.amountCents });
  });

  const expenses: CalculationExpense[] = [];
  for (const [type, field] of housingRelatedExpenses) {
    const amountCents = housing[field];
    if (amountCents !== undefined && amountCents > 0) expenses.push({ type, amountCents });
  }
  (content.expenses ?? []).forEach((expense, index) => {
    if (expense.type === undefined || expense.amountCents === undefined || expense.amountCents === 0) {
      notes.push({ code: 'expense-incomplete', path: `expenses.${index}` });
      return;
    }
    expenses.push({ type: expense.type, amountCents: expense.amountCents });
  });

  let assetsCents = 0;
  (content.assets ?? []).forEach((asset, index) => {
    if (asset.type === undefined || asset.valueCents === undefined) {
      notes.push({ code: 'asset-incomplete', path: `assets.${index}` });
    } else if (liquidAssetTypes.includes(asset.type)) {
      assetsCents += asset.valueCents;
    } else if (asset.valueCents > 0) {
      notes.push({ code: 'asset-not-liquid', path: `assets.${index}` });
    }
  });

  return {
    input: {
      month,
      municipalityCode: options.municipalityCode,
      members,
      housing: { costsCents, normGraceEnded: false },
      incomes,
      expenses,
      assetsCents,
    },
    members: names,
    notes,
    livesWithParents,
  };
}
