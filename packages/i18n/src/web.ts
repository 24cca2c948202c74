// @tuki/i18n/web: the dictionaries for the web apps. Finnish, the default language and the fallback, is part of
// the app; Swedish and English are separate chunks, fetched when the user's language is one of them, so that the
// initial JavaScript carries one language, not three.

import { calculationLineKey, calculationLineParams } from './calculation-lines.ts';
import {
  createDictionaryTranslator,
  type Language,
  lookup,
  type TranslationKey,
  type Translator,
} from './core.ts';
import { type Dictionary, fi } from './fi.ts';

export { calculationLineKey, calculationLineParams } from './calculation-lines.ts';
export {
  defaultLanguage,
  interpolate,
  isLanguage,
  type Language,
  languages,
  type TranslationArgs,
  type TranslationKey,
  type TranslationParams,
  type Translator,
} from './core.ts';
export type { Dictionary } from './fi.ts';

/** The Finnish dictionary, at hand without loading. */
export const finnish: Dictionary = fi;

/** Whether `key` is the path of a text, for keys built at run time (e.g. from a value the API returned). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(fi, key) !== undefined;
}

/** The dictionary of a language: Finnish at once, Swedish and English from their own chunks. */
export async function loadDictionary(language: Language): Promise<Dictionary> {
  switch (language) {
    case 'sv':
      return (await import('./sv.ts')).sv;
    case 'en':
      return (await import('./en.ts')).en;
    default:
      return fi;
  }
}

/** A translator over a loaded dictionary, with Finnish for any text it lacks. */
export function createTranslatorFor(dictionary: Dictionary): Translator {
  return createDictionaryTranslator(dictionary, fi);
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
