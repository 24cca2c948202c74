// @tuki/i18n/web: the texts of the web apps. Each app registers its own texts (apps/<app>.ts: only the sections it
// uses); Finnish, the default language and the fallback, is part of the app, and Swedish and English are separate
// chunks fetched when the user's language is one of them, so the initial JavaScript carries one language of one
// app's texts.

import { calculationLineKey, calculationLineParams } from './calculation-lines.ts';
import {
  createDictionaryTranslator,
  type Language,
  lookup,
  type TranslationKey,
  type Translator,
} from './core.ts';
import type { Dictionary } from './fi.ts';

export * from './shared-exports.ts';

/** The sections of the dictionary an app uses: its texts carry only these. */
export type AppDictionary = Partial<Dictionary>;

export type SectionName = keyof Dictionary;

/** How to fetch one section in each language (a chunk of its own). */
export type SectionLoaders = Record<Language, () => Promise<unknown>>;

/**
 * An app's texts (`@tuki/i18n/web/citizen`, `@tuki/i18n/web/staff`): the sections it uses, in Finnish at once and
 * in Swedish and English from their own chunks; `lazy` sections come with the pages that use them (loadSections).
 * An app carries no other app's texts.
 */
export interface AppTexts {
  sections: readonly SectionName[];
  finnish: AppDictionary;
  load(language: Exclude<Language, 'fi'>): Promise<AppDictionary>;
  lazy?: Partial<Record<SectionName, SectionLoaders>>;
}

let active: AppTexts = { sections: [], finnish: {}, load: async () => ({}) };
/** The texts loaded so far, by language: the objects the translators read, lazy sections added into them. */
const loaded = new Map<Language, AppDictionary>();
const requested = new Set<SectionName>();

/** Makes `texts` the app's texts; call once at start, before the first text is looked up. */
export function registerAppTexts(texts: AppTexts): void {
  active = texts;
  loaded.clear();
  requested.clear();
  loaded.set('fi', { ...texts.finnish });
}

/** The app's Finnish texts (with the lazy sections loaded so far), at hand without loading. */
export function appFinnish(): AppDictionary {
  return loaded.get('fi') ?? active.finnish;
}

async function addSection(dictionary: AppDictionary, language: Language, name: SectionName): Promise<void> {
  const loader = active.lazy?.[name]?.[language];
  if (loader) Object.assign(dictionary, { [name]: await loader() });
}

/**
 * Fetches lazy sections into every language loaded so far (Finnish always, as the fallback); a language loaded
 * later gets them too. Resolves when their texts can be looked up.
 */
export async function loadSections(names: readonly SectionName[]): Promise<void> {
  const fresh = names.filter((name) => !requested.has(name));
  for (const name of fresh) requested.add(name);
  await Promise.all(
    [...loaded].flatMap(([language, dictionary]) =>
      fresh.map((name) => addSection(dictionary, language, name)),
    ),
  );
}

/** Whether `key` is the path of one of the app's texts, for keys built at run time (e.g. from an API value). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(appFinnish() as Dictionary, key) !== undefined;
}

/** The app's texts in a language: Finnish at once, Swedish and English from their own chunks. */
export async function loadDictionary(language: Language): Promise<AppDictionary> {
  const known = loaded.get(language);
  if (known) return known;
  const dictionary: AppDictionary =
    language === 'fi' ? { ...active.finnish } : { ...(await active.load(language)) };
  await Promise.all([...requested].map((name) => addSection(dictionary, language, name)));
  loaded.set(language, dictionary);
  return dictionary;
}

/** A translator over loaded texts, with Finnish for any text they lack. */
export function createTranslatorFor(dictionary: AppDictionary): Translator {
  return createDictionaryTranslator(dictionary as Dictionary, appFinnish() as Dictionary);
}

/** The text of a line of a calculation through the app's translator (the label itself when it has no text). */
export function calculationLineText(
  line: { label: string; params?: Readonly<Record<string, unknown>> | undefined },
  t: Translator,
  language: Language,
): string {
  const key = calculationLineKey(line.label);
  if (!isTranslationKey(key)) return line.label;
  return (t as (key: string, params?: Record<string, string>) => string)(
    key,
    calculationLineParams(line.params, language),
  );
}
