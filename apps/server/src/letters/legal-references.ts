// Legal references as the rules engine and the decision-maker write them ('TTL 9 §', 'TTL 7 b §',
// 'TTL 11 § 3 mom.', 'HL 45 §'), put in legal order and worded in the letter's language: the Finnish abbreviation
// 'TTL' appears only in Finnish letters; Swedish and English letters name the act in their own language.
// Any 'TTL <n> §' / 'TTL <n> <letter> §' is understood, so a parameter set may cite any section. A reference that
// is not of this form (free text a decision-maker typed) is kept as it is, after the recognised ones.

import type { Language } from '@tuki/domain';
import { NBSP } from './format.ts';

/** The acts a reference may name, in the order their provisions are listed (the social assistance act first). */
const acts = {
  TTL: {
    fi: 'Laki toimeentulotuesta (1412/1997)',
    sv: 'Lagen om utkomststöd (1412/1997)',
    en: 'Act on Social Assistance (1412/1997)',
  },
  HL: {
    fi: 'Hallintolaki (434/2003)',
    sv: 'Förvaltningslagen (434/2003)',
    en: 'Administrative Procedure Act (434/2003)',
  },
  SHL: {
    fi: 'Sosiaalihuoltolaki (1301/2014)',
    sv: 'Socialvårdslagen (1301/2014)',
    en: 'Social Welfare Act (1301/2014)',
  },
} as const satisfies Record<string, Record<Language, string>>;
type Act = keyof typeof acts;
const actOrder = Object.keys(acts) as Act[];

export interface LegalReference {
  act: Act;
  section: number;
  /** The letter of an inserted section ('a' in 7 a §), or ''. */
  letter: string;
  /** The subsection (momentti), or null. */
  subsection: number | null;
}

const pattern = /^(TTL|HL|SHL)\s+(\d{1,3})(?:\s*([a-z]))?\s*§(?:\s*(\d{1,2})\s*mom\.?)?$/;

export function parseLegalReference(text: string): LegalReference | null {
  const match = pattern.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  return {
    act: match[1] as Act,
    section: Number(match[2]),
    letter: match[3] ?? '',
    subsection: match[4] === undefined ? null : Number(match[4]),
  };
}

/** Legal order: by act, section number, then the letter ('' before 'a' before 'b'), then the subsection. */
export function compareLegalReferences(a: LegalReference, b: LegalReference): number {
  return (
    actOrder.indexOf(a.act) - actOrder.indexOf(b.act) ||
    a.section - b.section ||
    (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0) ||
    (a.subsection ?? 0) - (b.subsection ?? 0)
  );
}

const sectionText = (reference: LegalReference) =>
  reference.letter === '' ? String(reference.section) : `${reference.section} ${reference.letter}`;

/**
 * A reference in the calculation table's column: 'TTL 9 §' in Finnish (the table's note says what TTL is),
 * '9 §' in Swedish and 's. 9' in English (the note names the act). Other acts keep their abbreviation, which
 * only a Finnish letter could cite anyway; unrecognised text is printed as it is.
 */
export function formatTableReference(text: string, language: Language): string {
  const reference = parseLegalReference(text);
  if (reference?.act !== 'TTL' || language === 'fi') return text.trim();
  // No-break spaces: a reference never breaks across lines in its narrow column.
  const section = sectionText(reference).replace(' ', NBSP);
  if (language === 'sv')
    return reference.subsection === null
      ? `${section}${NBSP}§`
      : `${section}${NBSP}§ ${reference.subsection}${NBSP}mom.`;
  return reference.subsection === null
    ? `s.${NBSP}${section}`
    : `s.${NBSP}${section}(${reference.subsection})`;
}

/**
 * The applied provisions as printed: one item per act, its sections in legal order ('Laki toimeentulotuesta
 * (1412/1997) 2 §, 6 §, 7 a §, 9 §, 11 §'; subsections are cited in the table, the list names the sections), then
 * any unrecognised text in the order given. Each section once.
 */
export function formatProvisionList(references: readonly string[], language: Language): string[] {
  const recognised: LegalReference[] = [];
  const other: string[] = [];
  const seen = new Set<string>();
  for (const text of references) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const parsed = parseLegalReference(trimmed);
    const section = parsed ? { ...parsed, subsection: null } : null;
    const key = section ? `${section.act} ${sectionText(section)}` : trimmed;
    if (seen.has(key)) continue;
    seen.add(key);
    if (section) recognised.push(section);
    else other.push(trimmed);
  }
  recognised.sort(compareLegalReferences);
  const items: string[] = [];
  for (const act of actOrder) {
    const sections = recognised.filter((reference) => reference.act === act).map(sectionText);
    if (sections.length === 0) continue;
    const name = acts[act][language];
    items.push(
      language === 'en'
        ? `${name}, ${sections.length === 1 ? 'section' : 'sections'} ${sections.join(', ')}`
        : `${name} ${sections.map((section) => `${section} §`).join(', ')}`,
    );
  }
  return [...items, ...other];
}
