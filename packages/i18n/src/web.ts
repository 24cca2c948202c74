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

/** The sections of the dictionary an app uses: its texts carry only these. */
export type AppDictionary = Partial<Dictionary>;

/**
 * An app's texts (`@tuki/i18n/web/citizen`, `@tuki/i18n/web/staff`): the sections it uses, in Finnish at once and
 * in Swedish and English from their own chunks. An app carries no other app's texts.
 */
export interface AppTexts {
  sections: readonly (keyof Dictionary)[];
  finnish: AppDictionary;
  load(language: Exclude<Language, 'fi'>): Promise<AppDictionary>;
}

let active: AppTexts = { sections: [], finnish: {}, load: async () => ({}) };

/** Makes `texts` the app's texts; call once at start, before the first text is looked up. */
export function registerAppTexts(texts: AppTexts): void {
  active = texts;
}

/** The app's Finnish texts, at hand without loading. */
export function appFinnish(): AppDictionary {
  return active.finnish;
}

/** Whether `key` is the path of one of the app's texts, for keys built at run time (e.g. from an API value). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(active.finnish as Dictionary, key) !== undefined;
}

/** The app's texts in a language: Finnish at once, Swedish and English from their own chunks. */
export async function loadDictionary(language: Language): Promise<AppDictionary> {
  return language === 'fi' ? active.finnish : active.load(language);
}

/** A translator over loaded texts, with Finnish for any text they lack. */
export function createTranslatorFor(dictionary: AppDictionary): Translator {
  return createDictionaryTranslator(dictionary as Dictionary, active.finnish as Dictionary);
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
