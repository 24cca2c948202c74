// What every user of the dictionaries shares, with no dictionary in it: the languages, the typed keys, and a
// translator over one dictionary. index.ts (the server, tests) binds it to all three dictionaries; web.ts (the
// browser) to the one in use, so that a web app does not carry the texts of the languages it is not showing.

import { isLanguage, type Language, languages } from '@tuki/domain';
import type { Dictionary, fi } from './fi.ts';
import type { KeyPath, PathValue, Placeholders } from './types.ts';

// The languages are the domain's (packages/domain/src/languages.ts).
export { isLanguage, type Language, languages };
export const defaultLanguage: Language = 'fi';

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

/** A translate function bound to one language. */
export type Translator = <K extends TranslationKey>(key: K, ...args: TranslationArgs<K>) => string;

/** The text at a dot path of a dictionary, or undefined. */
export function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces each `{name}` in `text` with `params.name`; unknown placeholders are left as they are. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A translator over `dictionary`, falling back to `fallback` (Finnish) for a missing text, then to the key. */
export function createDictionaryTranslator(dictionary: Dictionary, fallback: Dictionary): Translator {
  return (key, ...args) => {
    const text = lookup(dictionary, key) ?? lookup(fallback, key) ?? key;
    const [params] = args;
    return interpolate(text, params);
  };
}
