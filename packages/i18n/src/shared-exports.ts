// What both entry points of @tuki/i18n export (index.ts for the server, web.ts for the web apps): the languages,
// the types of keys and translators, and the keys and parameters of calculation lines.

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
