// The reusable reasons of a decision (texts in packages/i18n, section `decisions.reasonTemplates`), the law's
// name for the list of legal provisions, and the member names of the calculation lines.
import type { ApplicationContent, Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';

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

const lawNames: Record<Language, string> = {
  fi: 'Laki toimeentulotuesta (1412/1997, TTL)',
  sv: 'Lagen om utkomststöd (1412/1997, TTL)',
  en: 'Act on Social Assistance (1412/1997, TTL)',
};

/**
 * The legal provisions of a decision: the act, its general provisions on the right to assistance and the
 * deadline, the provisions of every calculation line, and any the decision-maker added — each once, in order.
 */
export function legalProvisions(
  language: Language,
  lineReferences: readonly string[],
  added: readonly string[],
): string[] {
  const general = ['TTL 1 §', 'TTL 2 §', 'TTL 14 a §'];
  const seen = new Set<string>();
  const list = [lawNames[language]];
  for (const provision of [...general, ...lineReferences, ...added]) {
    const trimmed = provision.trim();
    if (trimmed && !seen.has(trimmed)) {
      seen.add(trimmed);
      list.push(trimmed);
    }
  }
  return list;
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
