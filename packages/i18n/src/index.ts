// Public API of @tuki/i18n: the fi/sv/en dictionaries and a typed `translate`.
// Used by the web apps and by the server (e-mails, letters), so it must run under Node's type stripping:
// no enums or namespaces, `.ts` extensions on relative imports, `import type` for types.

import { en } from './en.ts';
import { type Dictionary, fi } from './fi.ts';
import { sv } from './sv.ts';
import type { KeyPath, PathValue, Placeholders } from './types.ts';

export type { Dictionary } from './fi.ts';
export type { DeepStringShape, KeyPath, PathValue, Placeholders } from './types.ts';

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export const dictionaries: Readonly<Record<Language, Dictionary>> = { fi, sv, en };

/** A dot path to one text, e.g. `'common.signIn'`; a wrong path fails the build. */
export type TranslationKey = KeyPath<Dictionary>;

/** The values for the `{placeholders}` of the text at `K` (taken from the Finnish source text). */
export type TranslationParams<K extends TranslationKey> = Record<
  Placeholders<PathValue<typeof fi, K>>,
  string | number
>;

/** `translate`'s last argument: required when the text has placeholders, absent otherwise. */
export type TranslationArgs<K extends TranslationKey> = [Placeholders<PathValue<typeof fi, K>>] extends [
  never,
]
  ? []
  : [params: TranslationParams<K>];

function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Whether `key` is the path of a text, for keys built at run time (e.g. from a value the API returned). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(fi, key) !== undefined;
}

/** Replaces each `{name}` in `text` with `params.name`; unknown placeholders are left as they are. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
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
  return interpolate(text, params);
}

/** A translate function bound to one language. */
export type Translator = <K extends TranslationKey>(key: K, ...args: TranslationArgs<K>) => string;

export function createTranslator(language: Language): Translator {
  return (key, ...args) => translate(language, key, ...args);
}

/** `translate` under its short name. */
export const t = translate;
