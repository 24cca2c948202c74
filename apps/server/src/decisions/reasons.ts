// The reusable reasons of a decision (texts in packages/i18n, section `decisions.reasonTemplates`) with the
// provisions each relies on, the list of applied provisions, and the member names of the calculation lines.
import type { ApplicationContent, Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import type { ParameterSet } from '@tuki/rules';
import { formatProvisionList, parseLegalReference } from '../letters/index.ts';

export const reasonTemplateIds = [
  'calculatedNeed',
  'incomeExceedsNeeds',
  'housingCostsAboveNorm',
  'expenseNotNecessary',
  'assetsAvailable',
  'informationNotProvided',
] as const;
export type ReasonTemplateId = (typeof reasonTemplateIds)[number];

export function reasonTemplateText(language: Language, id: ReasonTemplateId): string {
  return translate(language, `decisions.reasonTemplates.${id}`);
}

/** The legal references a parameter set prints on the calculation lines (packages/rules). */
type LineReferences = ParameterSet['legalReferences'];

/**
 * The provisions each reason relies on, as references ('TTL 6 §'). A reason about a part of the calculation cites
 * what the parameter set in force cites for that part, so a reason and a calculation line never cite two different
 * sections for the same thing; `references` is null only when no parameter set covers the month.
 */
export function reasonProvisions(id: ReasonTemplateId, references: LineReferences | null): string[] {
  switch (id) {
    case 'calculatedNeed':
      return ['TTL 2 §', 'TTL 6 §'];
    case 'incomeExceedsNeeds':
      return ['TTL 2 §', 'TTL 6 §', references?.income ?? 'TTL 11 §'];
    case 'housingCostsAboveNorm':
      return [references?.housingNorm ?? 'TTL 7 b §'];
    case 'expenseNotNecessary':
      return [references?.expenses.health_care ?? 'TTL 7 b §', references?.expenses.other ?? 'TTL 7 c §'];
    case 'assetsAvailable':
      return [references?.assets ?? 'TTL 11 §'];
    case 'informationNotProvided':
      // The duty to give the information the decision needs (KHO 2017:103).
      return ['TTL 14 §', 'TTL 17 §'];
  }
}

/** A processing-time rule: it governs when the office decides, not the matter, so a decision never applies it. */
const NOT_APPLIED = new Set(['TTL 14 a §']);

/**
 * The provisions a decision applied, worded in the letter's language and in legal order: exactly those cited by
 * the calculation's lines and by the chosen reasons, and any the decision-maker added — never the processing-time
 * rule (TTL 14 a §). The procedural provisions the letter itself relies on are cited where they are used (the
 * notification rule, the appeal instructions), not here.
 */
export function legalProvisions(
  language: Language,
  lineReferences: readonly string[],
  reasons: readonly ReasonTemplateId[],
  references: LineReferences | null,
  added: readonly string[],
): string[] {
  const cited = [
    ...lineReferences,
    ...reasons.flatMap((id) => reasonProvisions(id, references)),
    ...added,
  ].filter((reference) => {
    const parsed = parseLegalReference(reference);
    if (!parsed) return true;
    const section = `${parsed.act} ${parsed.section}${parsed.letter === '' ? '' : ` ${parsed.letter}`} §`;
    return !NOT_APPLIED.has(section);
  });
  return formatProvisionList(cited, language);
}

/** The name of a member of the household by the id the calculation uses (applicant, spouse, child:N, member:N). */
export function memberName(content: ApplicationContent, memberId: string | undefined): string | undefined {
  if (!memberId) return undefined;
  const full = (person: { firstName?: string | undefined; lastName?: string | undefined } | undefined) =>
    person ? `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim() || undefined : undefined;
  if (memberId === 'applicant') return full(content.applicant);
  if (memberId === 'spouse') return full(content.spouse);
  const match = /^(child|member):(\d+)$/.exec(memberId);
  if (!match) return undefined;
  const list = match[1] === 'child' ? content.children : content.otherMembers;
  return full(list?.[Number(match[2])]);
}
