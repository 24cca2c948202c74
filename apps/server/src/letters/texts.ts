// The fixed wording of the decision letter: the `decisionLetter` texts of @tuki/i18n (Finnish the source, Swedish
// and English typed against it), by language.

import type { Language } from '@tuki/domain';
import { type Dictionary, dictionaries } from '@tuki/i18n';

export type LetterTexts = Dictionary['decisionLetter'];

export const letterTexts: Readonly<Record<Language, LetterTexts>> = {
  fi: dictionaries.fi.decisionLetter,
  sv: dictionaries.sv.decisionLetter,
  en: dictionaries.en.decisionLetter,
};
