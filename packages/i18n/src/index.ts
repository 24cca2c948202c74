// Public API of @tuki/i18n: the fi/sv/en dictionaries and a typed `translate`.
// Used by the web apps and by the server (e-mails, letters), so it must run under Node's type stripping:
// no enums or namespaces, `.ts` extensions on relative imports, `import type` for types.
// The web apps import '@tuki/i18n/web' instead, which loads Swedish and English only when chosen.

import { calculationLineKey, calculationLineParams } from './calculation-lines.ts';
import {
  interpolate as interpolateText,
  type Language,
  lookup,
  type TranslationArgs,
  type TranslationKey,
  type Translator,
} from './core.ts';
import { en } from './en.ts';
import { type Dictionary, fi } from './fi.ts';
import { sv } from './sv.ts';

export * from './shared-exports.ts';
export type { DeepStringShape, KeyPath, PathValue, Placeholders } from './types.ts';

export const dictionaries: Readonly<Record<Language, Dictionary>> = { fi, sv, en };

/** Whether `key` is the path of a text, for keys built at run time (e.g. from a value the API returned). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(fi, key) !== undefined;
}

/**
 * The text at `key` in `language`, with its placeholders filled in.
 * `translate('sv', 'staff.landing.title', { name: 'Anna' })` → `'Välkommen, Anna'`.
 */
export function translate<K extends TranslationKey>(
  language: Language,
  key: K,
  ...args: TranslationArgs<K>
): string {
  const text = lookup(dictionaries[language], key) ?? lookup(fi, key) ?? key;
  const [params] = args;
  return interpolateText(text, params);
}

export function createTranslator(language: Language): Translator {
  return (key, ...args) => translate(language, key, ...args);
}

/** `translate` under its short name. */
export const t = translate;

/** The text of a line of a calculation in `language` (the label itself when it has no text). */
export function calculationLineText(
  line: { label: string; params?: Readonly<Record<string, unknown>> | undefined },
  language: Language,
): string {
  const key = calculationLineKey(line.label);
  const text = lookup(dictionaries[language], key) ?? lookup(fi, key);
  return text === undefined
    ? line.label
    : interpolateText(text, calculationLineParams(line.params, language));
}
