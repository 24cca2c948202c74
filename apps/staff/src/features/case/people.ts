// How the case view names people: "first last", as everywhere in the staff app, and lists of people in the order
// of those names (so that typing the first letters in a select list finds the person as shown).

const collators: Record<string, Intl.Collator> = {};
const collatorFor = (language: string) => {
  collators[language] ??= new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return collators[language];
};

export interface Named {
  firstName: string;
  lastName: string;
}

export const personName = (person: Named) => `${person.firstName} ${person.lastName}`;

/** A copy of `people` in the order of their names as shown, by the rules of the language (å, ä, ö in fi and sv). */
export function byName<T extends Named>(people: readonly T[], language: string): T[] {
  const collator = collatorFor(language);
  return [...people].sort(
    (a, b) => collator.compare(a.firstName, b.firstName) || collator.compare(a.lastName, b.lastName),
  );
}
